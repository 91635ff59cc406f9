// Issue 19, "the GUI wizard builds the same file": model::CeremonyScriptWriter writes what CeremonyScriptParser
// reads. parse(write(x)) == x for the example of docs/ceremony-example.json and for scripts using every optional
// part; the bytes are valid JSON that the parser takes without a problem; and text typed by a user (quotes,
// backslashes, control characters, markup) stays text.
#include "model/ceremony/CeremonyScript.h"
#include "model/ceremony/CeremonyScriptWriter.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace iotca::model;

class TestCeremonyScriptWriter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QString problemsText(const QList<ScriptProblem>& problems)
    {
        QStringList lines;
        for (const ScriptProblem& problem : problems)
            lines << problem.path + QStringLiteral(": ") + problem.message;
        return lines.join(QLatin1Char('\n'));
    }

    /// parse(write(script)) must give `script` back (its sha256 is that of the written bytes).
    void checkRoundTrip(const CeremonyScript& script)
    {
        const QByteArray bytes = CeremonyScriptWriter::toJson(script);
        QJsonParseError error;
        QVERIFY2(QJsonDocument::fromJson(bytes, &error).isObject(), qPrintable(error.errorString()));
        QList<ScriptProblem> problems;
        CeremonyScript parsed = CeremonyScriptParser::parse(bytes, m_dir.path(), problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problemsText(problems) + QLatin1Char('\n') + QString::fromUtf8(bytes)));
        QCOMPARE(parsed.sha256.size(), 64);
        CeremonyScript expected = script;
        expected.sha256 = parsed.sha256;
        QVERIFY2(parsed == expected, bytes.constData());
        // Writing the parsed script again gives the same bytes: the file is stable under a round trip.
        QCOMPARE(CeremonyScriptWriter::toJson(parsed), bytes);
    }

private Q_SLOTS:
    void theDocumentedExampleRoundTrips()
    {
        QFile file(qEnvironmentVariable("IOTCA_SOURCE_DIR") + QStringLiteral("/docs/ceremony-example.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QList<ScriptProblem> problems;
        const CeremonyScript example = CeremonyScriptParser::parse(file.readAll(), m_dir.path(), problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problemsText(problems)));
        QCOMPARE(example.newCas.size(), 2);
        QVERIFY(example.custody && example.bundle);
        checkRoundTrip(example);
    }

    void everyOptionalPartRoundTrips()
    {
        const QDir out(m_dir.path());
        CeremonyScript script;
        script.title = QStringLiteral("Quotes \" back\\slash <b>bold</b> & 中文");
        script.officer = QStringLiteral("Li Wei");
        script.witnesses = {QStringLiteral("Zhang Min"), QStringLiteral("Anna Schmidt")};
        script.existingCas = {QStringLiteral("Old Root")};
        CeremonyNewCa issuing;
        issuing.name = QStringLiteral("Issuing");
        issuing.issuer = QStringLiteral("Old Root");
        issuing.subject = QStringLiteral("CN=Issuing,O=Example\\, Inc.,C=CN");
        issuing.key = QStringLiteral("rsa:2048");
        issuing.days = 1825;
        issuing.pathLength = 0;
        script.newCas = {issuing};
        script.verificationCertificates.append({QStringLiteral("Issuing"), QStringLiteral("3a1b8c7e2f"),
                                                QStringLiteral("aws-iot"), 300,
                                                out.filePath(QStringLiteral("verification/aws-iot.pem"))});
        CeremonyDeviceBatch named;
        named.ca = QStringLiteral("Issuing");
        named.product = QStringLiteral("a1B2c3D4e5");
        named.names = {QStringLiteral("pump-1"), QStringLiteral("pump-2")};
        named.key = QStringLiteral("ec:P-256");
        named.profile = QStringLiteral("generic");
        named.days = 730;
        named.out = out.filePath(QStringLiteral("named"));
        named.csv = out.filePath(QStringLiteral("named.csv"));
        CeremonyDeviceBatch numbered;
        numbered.ca = QStringLiteral("Issuing");
        numbered.product = QStringLiteral("a1B2c3D4e5");
        numbered.count = 3;
        numbered.prefix = QStringLiteral("sensor-");
        numbered.days = 365;
        numbered.out = out.filePath(QStringLiteral("numbered"));
        script.deviceBatches = {named, numbered};
        script.custody = CeremonyCustody {QStringLiteral("Old Root"), out.filePath(QStringLiteral("backup")),
                                          out.filePath(QStringLiteral("shares")), 2, 3};
        script.bundle = CeremonyBundle {QStringLiteral("Issuing"),
                                        out.filePath(QStringLiteral("bundle")),
                                        {out.filePath(QStringLiteral("verification/aws-iot.pem"))},
                                        {out.filePath(QStringLiteral("named.csv"))}};
        script.recordOut = out.filePath(QStringLiteral("record"));
        checkRoundTrip(script);
    }

    void aScriptWithProblemsIsWrittenAsItIsSoThatTheValidatorNamesThem()
    {
        // What the wizard shows on review: an empty officer and M > N reach the parser, which names both.
        CeremonyScript script;
        script.title = QStringLiteral("T");
        script.witnesses = {QStringLiteral("W")};
        CeremonyNewCa root;
        root.name = QStringLiteral("R");
        root.subject = QStringLiteral("CN=R");
        root.key = QStringLiteral("ec:P-256");
        script.newCas = {root};
        script.custody = CeremonyCustody {QStringLiteral("R"), QDir(m_dir.path()).filePath(QStringLiteral("b")),
                                          QDir(m_dir.path()).filePath(QStringLiteral("s")), 4, 3};
        script.recordOut = QDir(m_dir.path()).filePath(QStringLiteral("record"));
        QList<ScriptProblem> problems;
        (void)CeremonyScriptParser::parse(CeremonyScriptWriter::toJson(script), m_dir.path(), problems);
        QStringList where;
        for (const ScriptProblem& problem : problems)
            where << problem.path;
        QVERIFY2(where.contains(QStringLiteral("$.officer")), qPrintable(problemsText(problems)));
        QVERIFY2(where.contains(QStringLiteral("$.custody.threshold")), qPrintable(problemsText(problems)));
    }
};

QTEST_GUILESS_MAIN(TestCeremonyScriptWriter)
#include "TestCeremonyScriptWriter.moc"
