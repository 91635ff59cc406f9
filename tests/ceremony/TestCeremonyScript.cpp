// Issue 19, "One script file": the rules of a ceremony script that need only the file (model::CeremonyScriptParser)
// and those that need the workspace and the file system (model::CeremonyScriptChecks). Each problem must carry its
// JSON path, and none may hide another.
#include "model/ceremony/CeremonyScript.h"
#include "model/ceremony/CeremonyScriptChecks.h"
#include "model/workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace iotca::model;

namespace {

QByteArray script(const QByteArray& extra)
{
    return R"({"format": "iotca-ceremony-1", "title": "T", "officer": "O", "witnesses": ["W"],
               "record": {"out": "record"})"
        + extra + "}";
}

QStringList paths(const QList<ScriptProblem>& problems)
{
    QStringList result;
    for (const ScriptProblem& problem : problems)
        result << problem.path + QStringLiteral(": ") + problem.message;
    return result;
}

bool hasProblem(const QList<ScriptProblem>& problems, const QString& path, const QString& messagePart = {})
{
    return std::any_of(problems.cbegin(), problems.cend(), [&](const ScriptProblem& problem) {
        return problem.path == path && problem.message.contains(messagePart);
    });
}

} // namespace

class TestCeremonyScript : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QList<ScriptProblem> parse(const QByteArray& bytes, CeremonyScript* out = nullptr)
    {
        QList<ScriptProblem> problems;
        const CeremonyScript parsed = CeremonyScriptParser::parse(bytes, m_dir.path(), problems);
        if (out)
            *out = parsed;
        return problems;
    }

private Q_SLOTS:
    void aMinimalScriptIsValidAndPathsAreRelativeToItsFolder()
    {
        CeremonyScript parsed;
        const auto problems = parse(
            script(R"(, "cas": [{"name": "R", "subject": "CN=R", "key": "ec:P-256", "pathLength": 1}])"), &parsed);
        QVERIFY2(problems.isEmpty(), qPrintable(paths(problems).join(QLatin1Char('\n'))));
        QCOMPARE(parsed.newCas.size(), 1);
        QCOMPARE(parsed.newCas.first().pathLength, std::optional<int>(1));
        QCOMPARE(parsed.recordOut, QDir(m_dir.path()).filePath(QStringLiteral("record")));
        QCOMPARE(parsed.recordSigner(), QStringLiteral("R"));
        QCOMPARE(parsed.sha256.size(), 64);
    }

    void notJsonIsOneProblemAtTheRoot()
    {
        const auto problems = parse("{\"format\": ");
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().path, QStringLiteral("$"));
    }

    void unknownKeysAreRefusedAtEveryLevel()
    {
        const auto problems = parse(script(R"(, "colour": "red",
            "cas": [{"name": "R", "subject": "CN=R", "key": "ec:P-256", "pathLenght": 1}],
            "custody": {"ca": "R", "out": "b", "sharesOut": "s", "threshold": 2, "shares": 3, "extra": true})"));
        QVERIFY(hasProblem(problems, QStringLiteral("$.colour"), QStringLiteral("unknown key")));
        QVERIFY(hasProblem(problems, QStringLiteral("$.cas[0].pathLenght"), QStringLiteral("unknown key")));
        QVERIFY(hasProblem(problems, QStringLiteral("$.custody.extra"), QStringLiteral("unknown key")));
        QCOMPARE(problems.size(), 3);
    }

    void numbersOutOfRangeFractionalOrHugeAreRefused()
    {
        const auto problems = parse(script(R"(, "cas": [{"name": "R", "subject": "CN=R", "key": "ec:P-256"}],
            "deviceBatches": [
              {"ca": "R", "product": "a1B2c3D4e5", "count": 0, "prefix": "s-", "out": "d0"},
              {"ca": "R", "product": "a1B2c3D4e5", "count": 2.5, "prefix": "s-", "out": "d1"},
              {"ca": "R", "product": "a1B2c3D4e5", "count": 1e300, "prefix": "s-", "out": "d2"},
              {"ca": "R", "product": "a1B2c3D4e5", "count": "3", "prefix": "s-", "out": "d3"},
              {"ca": "R", "product": "a1B2c3D4e5", "count": 100000, "prefix": "s-", "out": "d4"}])"));
        for (int i = 0; i < 4; ++i)
            QVERIFY2(hasProblem(problems, QStringLiteral("$.deviceBatches[%1].count").arg(i),
                                QStringLiteral("must be 1..100000")),
                     qPrintable(paths(problems).join(QLatin1Char('\n'))));
        QVERIFY(!hasProblem(problems, QStringLiteral("$.deviceBatches[4].count")));
    }

    void referencesMustBeCasOfTheScriptAndIssuersComeFirst()
    {
        const auto problems = parse(script(R"(, "existingCas": ["Old"],
            "cas": [{"name": "Sub", "issuer": "Root", "subject": "CN=Sub", "key": "ec:P-256"},
                    {"name": "Root", "subject": "CN=Root", "key": "ec:P-256"},
                    {"name": "Old", "subject": "CN=Old", "key": "ec:P-256"},
                    {"name": "Cross", "issuer": "Old", "subject": "CN=Cross", "key": "ec:P-256"}],
            "verificationCertificates": [{"ca": "Nobody", "code": "abc", "out": "v.pem", "platform": "mars"}])"));
        QVERIFY(hasProblem(problems, QStringLiteral("$.cas[0].issuer"), QStringLiteral("'Root'")));
        QVERIFY(hasProblem(problems, QStringLiteral("$.cas[2].name"), QStringLiteral("named twice")));
        QVERIFY(!hasProblem(problems, QStringLiteral("$.cas[3].issuer")));
        QVERIFY(hasProblem(problems, QStringLiteral("$.verificationCertificates[0].ca")));
        QVERIFY(hasProblem(problems, QStringLiteral("$.verificationCertificates[0].platform")));
    }

    void theBundleCarriesOnlyWhatTheScriptMakes()
    {
        const auto problems = parse(script(R"(, "cas": [{"name": "R", "subject": "CN=R", "key": "ec:P-256"},
                                                        {"name": "S", "issuer": "R", "subject": "CN=S", "key": "ec:P-256"}],
            "verificationCertificates": [{"ca": "R", "code": "abc", "out": "v1.pem"},
                                         {"ca": "S", "code": "def", "out": "v2.pem", "platform": "aws-iot"}],
            "bundle": {"ca": "R", "out": "bundle", "verificationCertificates": ["v1.pem", "v2.pem", "v3.pem"],
                       "csvs": ["none.csv"]})"));
        QVERIFY(
            hasProblem(problems, QStringLiteral("$.bundle.verificationCertificates[0]"), QStringLiteral("platform")));
        QVERIFY(hasProblem(problems, QStringLiteral("$.bundle.verificationCertificates[1]"), QStringLiteral("'S'")));
        QVERIFY(hasProblem(problems, QStringLiteral("$.bundle.verificationCertificates[2]")));
        QVERIFY(hasProblem(problems, QStringLiteral("$.bundle.csvs[0]")));
    }

    void custodyNeedsTwoOrMoreOfAtMostSixteen()
    {
        auto problems = parse(script(R"(, "cas": [{"name": "R", "subject": "CN=R", "key": "ec:P-256"}],
            "custody": {"ca": "R", "out": "b", "sharesOut": "s", "threshold": 1, "shares": 17})"));
        QVERIFY(hasProblem(problems, QStringLiteral("$.custody.threshold"), QStringLiteral("2..16")));
        QVERIFY(hasProblem(problems, QStringLiteral("$.custody.shares"), QStringLiteral("2..16")));
    }

    void requiredFieldsMissingAreAllReported()
    {
        const auto problems = parse(R"({"cas": [{}]})");
        for (const char* path : {"$.format", "$.title", "$.officer", "$.witnesses", "$.record", "$.cas[0].name",
                                 "$.cas[0].subject", "$.cas[0].key"})
            QVERIFY2(hasProblem(problems, QLatin1String(path), QStringLiteral("missing")), path);
    }

    void controlCharactersInTextsAreRefused()
    {
        const auto problems =
            parse(script(", \"cas\": [{\"name\": \"R\\u001b[2J\", \"subject\": \"CN=R\", \"key\": \"ec:P-256\"}]"));
        QVERIFY(hasProblem(problems, QStringLiteral("$.cas[0].name"), QStringLiteral("control")));
    }

    void outputsMustBeNewOrEmptyAndDistinct()
    {
        const QString folder = m_dir.filePath(QStringLiteral("checks"));
        QDir().mkpath(folder + QStringLiteral("/busy"));
        QFile file(folder + QStringLiteral("/busy/x"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QFile existing(folder + QStringLiteral("/v.pem"));
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.close();
        QDir().mkpath(folder + QStringLiteral("/empty"));
        QList<ScriptProblem> problems;
        const CeremonyScript parsed = CeremonyScriptParser::parse(
            R"({"format": "iotca-ceremony-1", "title": "T", "officer": "O", "witnesses": ["W"],
                "cas": [{"name": "R", "subject": "CN=R", "key": "ec:P-256"}],
                "verificationCertificates": [{"ca": "R", "code": "abc", "out": "v.pem"}],
                "deviceBatches": [{"ca": "R", "product": "a1B2c3D4e5", "names": ["dev-0001"], "out": "empty",
                                   "csv": "a.csv"}],
                "custody": {"ca": "R", "out": "busy", "sharesOut": "empty", "threshold": 2, "shares": 2},
                "record": {"out": "record"}})",
            folder, problems);
        QVERIFY2(problems.isEmpty(), qPrintable(paths(problems).join(QLatin1Char('\n'))));
        auto workspace = Workspace::open(m_dir.filePath(QStringLiteral("workspace")), Workspace::OpenMode::ReadWrite);
        QVERIFY(workspace);
        CeremonyScriptChecks::check(parsed, **workspace, problems);
        QVERIFY(hasProblem(problems, QStringLiteral("$.verificationCertificates[0].out"), QStringLiteral("exists")));
        QVERIFY(hasProblem(problems, QStringLiteral("$.custody.out"), QStringLiteral("not empty")));
        QVERIFY(hasProblem(problems, QStringLiteral("$.custody.sharesOut"), QStringLiteral("$.deviceBatches[0].out")));
        QVERIFY(!hasProblem(problems, QStringLiteral("$.deviceBatches[0].out")));
        QVERIFY(!hasProblem(problems, QStringLiteral("$.record.out")));
        QCOMPARE(problems.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestCeremonyScript)
#include "TestCeremonyScript.moc"
