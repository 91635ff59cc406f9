// Issue 19, "One script file" and "The record": `iotca ceremony run` from the documented example script, under the
// strace check of "offline, provably"; a script with many errors reports all of them with their JSON paths and
// changes nothing; --dry-run writes nothing; a ceremony whose second CA's passphrase is wrong stops there and its
// record says so. The record's signature is checked with the openssl CLI (an independent implementation), its PDF
// rendered with pdftoppm and read back with pdftotext (poppler-utils).
#include "CliRunner.h"
#include "SocketTrace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace iotca::test;

namespace {

const QString rootName = QStringLiteral("Fleet Root 2026");
const QString issuingName = QStringLiteral("Fleet Issuing 2026");

struct ToolRun
{
    int exitCode = -1;
    QByteArray out;
};

ToolRun tool(const QString& program, const QStringList& arguments)
{
    ToolRun run;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(10000) || !process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAll();
    return run;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Every file and folder under `folder` with its size and SHA-256: "nothing written" compared before and after.
/// SQLite's -wal and -shm companions are left out: any read-only open of the workspace (`ca list` too) makes them,
/// empty of changes; the database file itself and the audit chain are compared.
QStringList snapshot(const QString& folder)
{
    QStringList entries;
    QDirIterator it(folder, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.endsWith(QLatin1String(".db-wal")) || path.endsWith(QLatin1String(".db-shm")))
            continue;
        const QFileInfo info(path);
        entries << QStringLiteral("%1 %2 %3")
                       .arg(QDir(folder).relativeFilePath(path))
                       .arg(info.isDir() ? -1 : info.size())
                       .arg(info.isDir()
                                ? QString()
                                : QString::fromLatin1(
                                    QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256).toHex()));
    }
    entries.sort();
    return entries;
}

} // namespace

class TestCliCeremony : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    /// A fresh folder with the example script copied in (its outputs are relative to it).
    QString exampleFolder(const QString& name) const
    {
        const QString folder = path(name);
        QDir().mkpath(folder);
        const QString source =
            QDir(qEnvironmentVariable("IOTCA_SOURCE_DIR")).filePath(QStringLiteral("docs/ceremony-example.json"));
        QFile::copy(source, QDir(folder).filePath(QStringLiteral("ceremony.json")));
        return folder;
    }

    QStringList passphrases() const
    {
        return args("--passphrase", rootName + QStringLiteral("=") + path(QStringLiteral("root.pass")), "--passphrase",
                    issuingName + QStringLiteral("=") + path(QStringLiteral("issuing.pass")));
    }

    /// Checks ceremony-record.json.sig with openssl against the signer certificate beside it; true when valid.
    bool signatureVerifies(const QString& recordFolder, const QString& jsonFile)
    {
        const QDir folder(recordFolder);
        const ToolRun publicKey =
            tool(QStringLiteral("openssl"),
                 args("x509", "-in", folder.filePath(QStringLiteral("ceremony-signer.pem")), "-pubkey", "-noout",
                      "-out", folder.filePath(QStringLiteral("signer.pub"))));
        if (publicKey.exitCode != 0) {
            qWarning("%s", publicKey.out.constData());
            return false;
        }
        const ToolRun verify =
            tool(QStringLiteral("openssl"),
                 args("dgst", "-sha256", "-verify", folder.filePath(QStringLiteral("signer.pub")), "-signature",
                      folder.filePath(QStringLiteral("ceremony-record.json.sig")), jsonFile));
        QFile::remove(folder.filePath(QStringLiteral("signer.pub")));
        return verify.exitCode == 0 && verify.out.contains("Verified OK");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(writeText(path(QStringLiteral("root.pass")), "root-Ceremony-Passphrase-1\n"));
        QVERIFY(writeText(path(QStringLiteral("issuing.pass")), "issuing-Ceremony-Passphrase-2\n"));
        QVERIFY(writeText(path(QStringLiteral("wrong.pass")), "not-the-passphrase\n"));
    }

    void theExampleCeremonyRunsOfflineAndRecordsEverything()
    {
        const QString folder = exampleFolder(QStringLiteral("full"));
        const QString workspace = QDir(folder).filePath(QStringLiteral("workspace"));
        const QString script = QDir(folder).filePath(QStringLiteral("ceremony.json"));
        const TracedRun run =
            traced(cliProgram(), args("ceremony", "run", "--script", script, "--workspace", workspace) + passphrases(),
                   path(QStringLiteral("trace-full.txt")));
        QVERIFY2(run.problem.isEmpty(), qPrintable(run.problem));
        QVERIFY2(run.exitCode == 0, run.output.constData());
        QVERIFY2(run.ipSocketLines.isEmpty(), qPrintable(run.ipSocketLines.join(QLatin1Char('\n'))));
        QVERIFY(run.output.contains("The ceremony is complete."));

        // The CAs, the verification certificate (CN = the code, signed by the issuing CA), devices and CSV.
        const CliRun list = runCli(args("ca", "list", "--workspace", workspace, "--json"));
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains(rootName.toUtf8()) && list.out.contains(issuingName.toUtf8()));
        const QString out = QDir(folder).filePath(QStringLiteral("ceremony-out"));
        const ToolRun subject = tool(QStringLiteral("openssl"),
                                     args("x509", "-noout", "-subject", "-in",
                                          QDir(out).filePath(QStringLiteral("verification/alibaba-iot.pem"))));
        QCOMPARE(subject.exitCode, 0);
        QVERIFY2(subject.out.contains("CN = 3a1b8c7e2f9d4c6b") || subject.out.contains("CN=3a1b8c7e2f9d4c6b"),
                 subject.out.constData());
        QCOMPARE(QDir(QDir(out).filePath(QStringLiteral("devices"))).entryList(QDir::Files).size(), 6);
        const QByteArray csv = readAll(QDir(out).filePath(QStringLiteral("association.csv")));
        QCOMPARE(csv.count('\n'), 4);
        QVERIFY(csv.contains("sensor-1"));

        // The record: participants, the script's hash, each step done, each CA with the fingerprint openssl sees.
        const QString recordFolder = QDir(out).filePath(QStringLiteral("record"));
        const QString jsonFile = QDir(recordFolder).filePath(QStringLiteral("ceremony-record.json"));
        const QJsonObject record = QJsonDocument::fromJson(readAll(jsonFile)).object();
        QCOMPARE(record.value(QLatin1String("format")).toString(), QStringLiteral("iotca-ceremony-record-1"));
        QCOMPARE(record.value(QLatin1String("officer")).toString(), QStringLiteral("Li Wei"));
        QCOMPARE(record.value(QLatin1String("witnesses")).toArray().size(), 2);
        QCOMPARE(record.value(QLatin1String("script")).toObject().value(QLatin1String("sha256")).toString(),
                 QString::fromLatin1(QCryptographicHash::hash(readAll(script), QCryptographicHash::Sha256).toHex()));
        QVERIFY(record.value(QLatin1String("outcome")).toObject().value(QLatin1String("completed")).toBool());
        QVERIFY(record.value(QLatin1String("started"))
                    .toObject()
                    .value(QLatin1String("utc"))
                    .toString()
                    .endsWith(QLatin1Char('Z')));
        QVERIFY(!record.value(QLatin1String("started")).toObject().value(QLatin1String("local")).toString().isEmpty());
        const QJsonArray steps = record.value(QLatin1String("steps")).toArray();
        QCOMPARE(steps.size(), 7); // 2 CAs, 1 verification certificate, 1 batch, backup, bundle, record
        for (const QJsonValue& step : steps)
            QCOMPARE(step.toObject().value(QLatin1String("state")).toString(), QStringLiteral("done"));
        const QJsonArray cas = record.value(QLatin1String("cas")).toArray();
        QCOMPARE(cas.size(), 2);
        for (const QJsonValue& value : cas) {
            const QJsonObject ca = value.toObject();
            const QString certFile =
                path(QStringLiteral("export-%1.pem").arg(ca.value(QLatin1String("serial")).toString()));
            QCOMPARE(runCli(args("ca", "export", ca.value(QLatin1String("name")).toString(), "--workspace", workspace,
                                 "--cert", certFile))
                         .exitCode,
                     0);
            const ToolRun fingerprint =
                tool(QStringLiteral("openssl"), args("x509", "-noout", "-fingerprint", "-sha256", "-in", certFile));
            QVERIFY2(
                fingerprint.out.trimmed().endsWith(ca.value(QLatin1String("sha256Fingerprint")).toString().toUtf8()),
                fingerprint.out.constData());
            const ToolRun serial = tool(QStringLiteral("openssl"), args("x509", "-noout", "-serial", "-in", certFile));
            QVERIFY(serial.out.trimmed().endsWith(ca.value(QLatin1String("serial")).toString().toUtf8()));
            QVERIFY(!ca.value(QLatin1String("keyType")).toString().isEmpty());
            QCOMPARE(ca.value(QLatin1String("role")).toString(), QStringLiteral("created"));
        }
        // The audit entries of the ceremony, and the chain head is the workspace's last entry.
        const QJsonObject audit = record.value(QLatin1String("audit")).toObject();
        const QJsonArray entries = audit.value(QLatin1String("entries")).toArray();
        QVERIFY(entries.size() >= 4); // two CAs created, devices issued, key backed up, …
        const QJsonObject head = audit.value(QLatin1String("chainHead")).toObject();
        QCOMPARE(head.value(QLatin1String("hash")).toString(),
                 entries.last().toObject().value(QLatin1String("hash")).toString());
        QCOMPARE(head.value(QLatin1String("hash")).toString().size(), 64);
        QCOMPARE(runCli(args("audit", "verify", "--workspace", workspace)).exitCode, 0);

        // The signature, by the first CA created, checked by openssl; one changed byte is found.
        QCOMPARE(record.value(QLatin1String("signature")).toObject().value(QLatin1String("ca")).toString(), rootName);
        QVERIFY(signatureVerifies(recordFolder, jsonFile));
        QByteArray tampered = readAll(jsonFile);
        tampered.replace("Li Wei", "Li Wu");
        QVERIFY(writeText(path(QStringLiteral("tampered.json")), tampered));
        QVERIFY(!signatureVerifies(recordFolder, path(QStringLiteral("tampered.json"))));

        // The PDF: rendered to PNG (as a person would look at it) and its text read back.
        const QString pdf = QDir(recordFolder).filePath(QStringLiteral("ceremony-record.pdf"));
        QVERIFY(readAll(pdf).startsWith("%PDF-"));
        const ToolRun png = tool(QStringLiteral("pdftoppm"),
                                 args("-png", "-r", "60", "-f", "1", "-l", "1", pdf, path(QStringLiteral("record"))));
        QVERIFY2(png.exitCode == 0, png.out.constData());
        QVERIFY(QFileInfo(path(QStringLiteral("record-1.png"))).size() > 1000
                || QFileInfo(path(QStringLiteral("record-01.png"))).size() > 1000);
        const ToolRun text = tool(QStringLiteral("pdftotext"), args(pdf, "-"));
        QCOMPARE(text.exitCode, 0);
        for (const char* expected : {"Key ceremony record", "Li Wei", "Zhang Min", "Anna Schmidt", "Witness",
                                     "Fleet Issuing 2026", "Audit chain head"})
            QVERIFY2(text.out.contains(expected), expected);

        // The custody and handover outputs.
        QVERIFY(QDir(QDir(out).filePath(QStringLiteral("root-key-backup"))).entryList(QDir::Files).size() >= 3);
        QVERIFY(QFile::exists(QDir(out).filePath(QStringLiteral("root-key-shares/shares.pdf"))));
        QVERIFY(QFile::exists(QDir(out).filePath(QStringLiteral("transfer-bundle/manifest.json"))));
        QVERIFY(QFile::exists(QDir(out).filePath(QStringLiteral("transfer-bundle/manifest.json.sig"))));
    }

    void aScriptWithManyErrorsReportsThemAllAndWritesNothing()
    {
        const QString folder = path(QStringLiteral("errors"));
        QDir().mkpath(folder);
        const QString workspace = QDir(folder).filePath(QStringLiteral("workspace"));
        QCOMPARE(runCli(args("ca", "create", "--workspace", workspace, "--name", "Old Root", "--key", "ec:P-256",
                             "--subject", "CN=Old Root", "--passphrase-file", path(QStringLiteral("root.pass"))))
                     .exitCode,
                 0);
        QDir().mkpath(QDir(folder).filePath(QStringLiteral("busy")));
        QVERIFY(writeText(QDir(folder).filePath(QStringLiteral("busy/old.txt")), "earlier\n"));
        QVERIFY(writeText(QDir(folder).filePath(QStringLiteral("bad.json")), R"({
  "format": "iotca-ceremony-1",
  "title": "Broken",
  "officer": "Li Wei",
  "witnesses": ["Zhang Min"],
  "existingCas": ["Old Root", "Missing CA"],
  "cas": [
    {"name": "Old Root", "subject": "CN=Dup", "key": "ec:P-256"},
    {"name": "Sub", "issuer": "Nobody", "subject": "CN=Sub", "key": "dsa:1024", "pathLenght": 0}
  ],
  "deviceBatches": [
    {"ca": "Old Root", "product": "a1B2c3D4e5", "names": ["dev-0001"], "out": "d1"},
    {"ca": "Old Root", "product": "a1B2c3D4e5", "count": 0, "prefix": "s-", "out": "d2"}
  ],
  "custody": {"ca": "Old Root", "out": "b", "sharesOut": "s", "threshold": 5, "shares": 3},
  "record": {"out": "busy"}
})"));
        const QStringList before = snapshot(folder);
        const QByteArray auditBefore = runCli(args("audit", "show", "--workspace", workspace, "--json")).out;
        QVERIFY(auditBefore.contains("ca.created"));
        const CliRun run =
            runCli(args("ceremony", "run", "--script", QDir(folder).filePath(QStringLiteral("bad.json")), "--workspace",
                        workspace, "--passphrase", QStringLiteral("Old Root=") + path(QStringLiteral("root.pass"))));
        QCOMPARE(run.exitCode, 2);
        for (const char* expected : {"$.existingCas[1]", "$.cas[0].name", "$.cas[1].issuer", "$.cas[1].key",
                                     "$.cas[1].pathLenght: unknown key", "$.deviceBatches[1].count: must be 1..100000",
                                     "$.custody.threshold", "$.record.out"})
            QVERIFY2(
                run.err.contains(expected),
                qPrintable(QStringLiteral("%1 not in:\n%2").arg(QLatin1String(expected), QString::fromUtf8(run.err))));
        QCOMPARE(snapshot(folder), before);
        QCOMPARE(runCli(args("audit", "show", "--workspace", workspace, "--json")).out, auditBefore);
    }

    void aDryRunPrintsTheStepsAndWritesNothing()
    {
        const QString folder = exampleFolder(QStringLiteral("dry"));
        const QStringList before = snapshot(folder);
        const CliRun run = runCli(args("ceremony", "run", "--dry-run", "--script",
                                       QDir(folder).filePath(QStringLiteral("ceremony.json")), "--workspace",
                                       QDir(folder).filePath(QStringLiteral("workspace"))));
        QVERIFY2(run.exitCode == 0, run.transcript().constData());
        QVERIFY(run.out.contains("1. Create the root CA 'Fleet Root 2026'"));
        QVERIFY(run.out.contains("2. Create the intermediate CA 'Fleet Issuing 2026' under 'Fleet Root 2026'"));
        QVERIFY(run.out.contains("7. Write the ceremony record"));
        QCOMPARE(snapshot(folder), before);
    }

    void aWrongPassphraseStopsTheCeremonyAtItsStepAndTheRecordSaysSo()
    {
        const QString folder = path(QStringLiteral("stop"));
        QDir().mkpath(folder);
        const QString workspace = QDir(folder).filePath(QStringLiteral("workspace"));
        QCOMPARE(runCli(args("ca", "create", "--workspace", workspace, "--name", "Old Root", "--key", "ec:P-256",
                             "--subject", "CN=Old Root", "--passphrase-file", path(QStringLiteral("issuing.pass"))))
                     .exitCode,
                 0);
        QVERIFY(writeText(QDir(folder).filePath(QStringLiteral("stop.json")), R"({
  "format": "iotca-ceremony-1",
  "title": "Stops at step 2",
  "officer": "Li Wei",
  "witnesses": ["Zhang Min"],
  "existingCas": ["Old Root"],
  "cas": [
    {"name": "Fleet Root 2026", "subject": "CN=Fleet Root 2026", "key": "ec:P-256"},
    {"name": "Cross Issuing", "issuer": "Old Root", "subject": "CN=Cross Issuing", "key": "ec:P-256"}
  ],
  "verificationCertificates": [{"ca": "Cross Issuing", "code": "abc123", "out": "v.pem"}],
  "record": {"out": "record"}
})"));
        const CliRun run = runCli(
            args("ceremony", "run", "--script", QDir(folder).filePath(QStringLiteral("stop.json")), "--workspace",
                 workspace, "--passphrase", QStringLiteral("Fleet Root 2026=") + path(QStringLiteral("root.pass")),
                 "--passphrase", QStringLiteral("Cross Issuing=") + path(QStringLiteral("root.pass")), "--passphrase",
                 QStringLiteral("Old Root=") + path(QStringLiteral("wrong.pass"))));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("stopped at step 2"), run.err.constData());
        // Step 1 stays done: its CA is in the workspace; the intermediate and the verification certificate are not.
        const CliRun list = runCli(args("ca", "list", "--workspace", workspace));
        QVERIFY(list.out.contains("Fleet Root 2026"));
        QVERIFY(!list.out.contains("Cross Issuing"));
        QVERIFY(!QFile::exists(QDir(folder).filePath(QStringLiteral("v.pem"))));

        const QString recordFolder = QDir(folder).filePath(QStringLiteral("record"));
        const QString jsonFile = QDir(recordFolder).filePath(QStringLiteral("ceremony-record.json"));
        const QJsonObject record = QJsonDocument::fromJson(readAll(jsonFile)).object();
        const QJsonObject outcome = record.value(QLatin1String("outcome")).toObject();
        QVERIFY(!outcome.value(QLatin1String("completed")).toBool());
        QCOMPARE(outcome.value(QLatin1String("stoppedAtStep")).toInt(), 2);
        QVERIFY2(!outcome.value(QLatin1String("reason")).toString().isEmpty(),
                 qPrintable(outcome.value(QLatin1String("reason")).toString()));
        const QJsonArray steps = record.value(QLatin1String("steps")).toArray();
        QCOMPARE(steps.size(), 4);
        QCOMPARE(steps.at(0).toObject().value(QLatin1String("state")).toString(), QStringLiteral("done"));
        QCOMPARE(steps.at(1).toObject().value(QLatin1String("state")).toString(), QStringLiteral("failed"));
        QCOMPARE(steps.at(2).toObject().value(QLatin1String("state")).toString(), QStringLiteral("not-run"));
        // The record is still signed by the CA made at step 1, and the PDF says the ceremony stopped.
        QCOMPARE(record.value(QLatin1String("signature")).toObject().value(QLatin1String("ca")).toString(), rootName);
        QVERIFY(signatureVerifies(recordFolder, jsonFile));
        const ToolRun text = tool(QStringLiteral("pdftotext"),
                                  args(QDir(recordFolder).filePath(QStringLiteral("ceremony-record.pdf")), "-"));
        QVERIFY2(text.out.contains("STOPPED at step 2"), text.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliCeremony)
#include "TestCliCeremony.moc"
