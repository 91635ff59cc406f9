#include "CliRunner.h"
#include "tests/support/TestWorkspaces.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using iotca::test::args;
using iotca::test::CliRun;
using iotca::test::runCli;
using iotca::test::writeText;

namespace {

struct ToolRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    [[nodiscard]] QByteArray transcript() const { return "exit " + QByteArray::number(exitCode) + "\n" + out + err; }
};

ToolRun runTool(const QString& program, const QStringList& arguments, const QString& folder = {})
{
    QProcess process;
    if (!folder.isEmpty())
        process.setWorkingDirectory(folder);
    process.start(program, arguments);
    process.closeWriteChannel();
    ToolRun run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

/// Python's zipfile (an implementation independent of our writer): unpacks `archive` into `folder` and prints one JSON
/// object per entry with its name and UNIX mode.
const char* unpackScript = R"(
import json, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as archive:
    bad = archive.testzip()
    if bad is not None:
        sys.exit("CRC mismatch in " + bad)
    archive.extractall(sys.argv[2])
    print(json.dumps([{"name": i.filename, "mode": (i.external_attr >> 16) & 0o777} for i in archive.infolist()]))
)";

QStringList lines(const QByteArray& text)
{
    QStringList list;
    for (const QByteArray& line : text.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            list << QString::fromUtf8(trimmed);
    }
    return list;
}

} // namespace

/// `iotca device issue --archive FILE.zip` (issue 21): one ZIP with every device's files under the profile's names, the
/// association CSV and SHA256SUMS, checked with python's zipfile, sha256sum and openssl; all or nothing.
class TestCliArchive : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    iotca::test::TestWorkspaces m_workspaces; // a folder, or a database under IOTCA_TEST_WORKSPACE_BACKEND=postgresql
    QString m_workspace;
    QString m_passphrase;
    QString m_caPem;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QStringList ws(QStringList arguments) const { return arguments << QStringLiteral("--workspace") << m_workspace; }

    QJsonArray devices(const QString& ca) const
    {
        const CliRun run = runCli(ws(args("device", "list", "--ca", ca, "--json")));
        return run.json().object().value(QStringLiteral("devices")).toArray();
    }

    /// Unpacks `archive` into a new folder `folder` with python; the entries' names and modes.
    QJsonArray unpack(const QString& archive, const QString& folder) const
    {
        const ToolRun run = runTool(QStringLiteral("python3"),
                                    {QStringLiteral("-c"), QString::fromUtf8(unpackScript), archive, folder});
        if (run.exitCode != 0)
            qWarning("%s", run.transcript().constData());
        return QJsonDocument::fromJson(run.out).array();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_workspace = m_workspaces.location(path(QStringLiteral("workspace")));
        m_passphrase = path(QStringLiteral("pass.txt"));
        QVERIFY(writeText(m_passphrase, "archive test passphrase\n"));
        const CliRun created =
            runCli(ws(args("ca", "create", "--name", "Archive Root", "--key", "ec:P-256", "--subject",
                           "CN=Archive Root,O=Example,C=CN", "--passphrase-file", m_passphrase)));
        QVERIFY2(created.exitCode == 0, created.transcript().constData());
        m_caPem = path(QStringLiteral("ca.pem"));
        const CliRun exported = runCli(ws(args("ca", "export", "Archive Root", "--cert", m_caPem)));
        QVERIFY2(exported.exitCode == 0, exported.transcript().constData());
    }

    void archiveHoldsEveryDeviceCsvAndManifest()
    {
        const QString archive = path(QStringLiteral("fleet.zip"));
        const CliRun run = runCli(ws(args("device", "issue", "--ca", "Archive Root", "--product", "pkzip", "--count",
                                          "50", "--name-prefix", "dev-", "--key", "ec:P-256", "--batch-size", "16",
                                          "--archive", archive, "--passphrase-file", m_passphrase, "--json")));
        QVERIFY2(run.exitCode == 0, run.transcript().constData());
        const QJsonObject summary = run.json().object();
        QCOMPARE(summary.value(QStringLiteral("issued")).toInteger(), 50);
        QCOMPARE(summary.value(QStringLiteral("archive")).toString(), archive);
        QVERIFY(!QFileInfo::exists(path(QStringLiteral(".fleet.zip.part"))));
        // Owner-only: it holds the private keys.
        QCOMPARE(QFileInfo(archive).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFileDevice::Permissions());

        const QString unpacked = path(QStringLiteral("fleet"));
        const QJsonArray entries = unpack(archive, unpacked);
        // 50 certificates, 50 keys, the CSV and the manifest.
        QCOMPARE(entries.size(), 102);
        QSet<QString> names;
        for (const QJsonValue& value : entries) {
            const QString name = value.toObject().value(QStringLiteral("name")).toString();
            names.insert(name);
            const int mode = value.toObject().value(QStringLiteral("mode")).toInt();
            if (name.endsWith(QStringLiteral(".key")))
                QCOMPARE(mode, 0600);
        }
        // The generic profile's names (DeviceProfile::certificateFileName), as in a folder.
        QVERIFY(names.contains(QStringLiteral("pkzip_dev-01.crt")));
        QVERIFY(names.contains(QStringLiteral("pkzip_dev-50.key")));
        QVERIFY(names.contains(QStringLiteral("fleet.csv")));
        QVERIFY(names.contains(QStringLiteral("SHA256SUMS")));

        // Every file is in the manifest, and coreutils' sha256sum agrees with every sum.
        QFile manifest(QDir(unpacked).filePath(QStringLiteral("SHA256SUMS")));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        const QStringList manifestLines = lines(manifest.readAll());
        QCOMPARE(manifestLines.size(), 101);
        const ToolRun check =
            runTool(QStringLiteral("sha256sum"),
                    {QStringLiteral("-c"), QStringLiteral("--strict"), QStringLiteral("SHA256SUMS")}, unpacked);
        QVERIFY2(check.exitCode == 0, check.transcript().constData());
        QCOMPARE(check.out.count(": OK\n"), 101);

        // Certificates the CA signed, with their keys.
        for (const char* device : {"dev-01", "dev-25", "dev-50"}) {
            const QString base = QDir(unpacked).filePath(QStringLiteral("pkzip_") + QString::fromLatin1(device));
            const ToolRun verified =
                runTool(QStringLiteral("openssl"),
                        {QStringLiteral("verify"), QStringLiteral("-CAfile"), m_caPem, base + QStringLiteral(".crt")});
            QVERIFY2(verified.exitCode == 0, verified.transcript().constData());
            const ToolRun certificateKey =
                runTool(QStringLiteral("openssl"),
                        {QStringLiteral("x509"), QStringLiteral("-in"), base + QStringLiteral(".crt"),
                         QStringLiteral("-noout"), QStringLiteral("-pubkey")});
            const ToolRun privateKey = runTool(QStringLiteral("openssl"),
                                               {QStringLiteral("pkey"), QStringLiteral("-in"),
                                                base + QStringLiteral(".key"), QStringLiteral("-pubout")});
            QVERIFY2(privateKey.exitCode == 0, privateKey.transcript().constData());
            QCOMPARE(privateKey.out, certificateKey.out);
        }

        // The workspace records exactly the devices of the CSV, pointing at the archive.
        QFile csv(QDir(unpacked).filePath(QStringLiteral("fleet.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QStringList csvLines = lines(csv.readAll());
        QCOMPARE(csvLines.takeFirst(), QStringLiteral("ProductKey,DeviceName,CertSN"));
        QCOMPARE(csvLines.size(), 50);
        QSet<QString> csvRows(csvLines.cbegin(), csvLines.cend());
        QSet<QString> recordedRows;
        for (const QJsonValue& value : devices(QStringLiteral("Archive Root"))) {
            const QJsonObject device = value.toObject();
            if (device.value(QStringLiteral("productKey")).toString() != QStringLiteral("pkzip"))
                continue;
            QCOMPARE(device.value(QStringLiteral("exportedPath")).toString(), archive);
            recordedRows.insert(QStringLiteral("pkzip,%1,%2")
                                    .arg(device.value(QStringLiteral("deviceName")).toString(),
                                         device.value(QStringLiteral("serial")).toString()));
        }
        QCOMPARE(recordedRows, csvRows);
    }

    void existingArchiveIsRefused()
    {
        const QString archive = path(QStringLiteral("taken.zip"));
        QVERIFY(writeText(archive, "not ours\n"));
        const qsizetype before = devices(QStringLiteral("Archive Root")).size();
        const CliRun run =
            runCli(ws(args("device", "issue", "--ca", "Archive Root", "--product", "pktaken", "--count", "3",
                           "--name-prefix", "dev-", "--archive", archive, "--passphrase-file", m_passphrase)));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("taken.zip"), run.transcript().constData());
        QFile file(archive);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("not ours\n"));
        QCOMPARE(devices(QStringLiteral("Archive Root")).size(), before);
    }

    void failedRunLeavesNothing_data()
    {
        QTest::addColumn<QString>("archive");
        QTest::addColumn<QString>("passphrase");
        QTest::newRow("wrong passphrase") << QStringLiteral("wrong.zip") << QStringLiteral("wrong-pass.txt");
        QTest::newRow("folder is a file") << QStringLiteral("plain-file/out.zip") << QString();
    }
    void failedRunLeavesNothing()
    {
        QFETCH(QString, archive);
        QFETCH(QString, passphrase);
        QVERIFY(writeText(path(QStringLiteral("wrong-pass.txt")), "not the passphrase\n"));
        QVERIFY(writeText(path(QStringLiteral("plain-file")), "a file, not a folder\n"));
        const qsizetype before = devices(QStringLiteral("Archive Root")).size();
        const QString archivePath = path(archive);
        const CliRun run = runCli(ws(args("device", "issue", "--ca", "Archive Root", "--product", "pkfail", "--count",
                                          "5", "--name-prefix", "dev-", "--archive", archivePath, "--passphrase-file",
                                          passphrase.isEmpty() ? m_passphrase : path(passphrase))));
        QVERIFY2(run.exitCode != 0, run.transcript().constData());
        QVERIFY(!QFileInfo::exists(archivePath));
        QVERIFY(!QFileInfo::exists(
            QFileInfo(archivePath)
                .dir()
                .filePath(QLatin1Char('.') + QFileInfo(archivePath).fileName() + QStringLiteral(".part"))));
        QCOMPARE(devices(QStringLiteral("Archive Root")).size(), before);
    }

    /// The file system refuses the archive half-way (here the file-size limit, RLIMIT_FSIZE: write() fails with
    /// EFBIG once the archive or a spill file reaches it): the job stops with the archive's name and the system's
    /// reason, and leaves no archive, no temporary or spill file and no row.
    void writeFailureMidArchiveLeavesNothing()
    {
        const QString folder = path(QStringLiteral("too-large"));
        QVERIFY(QDir().mkpath(folder));
        const QString archive = QDir(folder).filePath(QStringLiteral("limited.zip"));
        const qsizetype before = devices(QStringLiteral("Archive Root")).size();
        QProcess process;
        process.setProgram(QStringLiteral("/bin/sh"));
        process.setProcessEnvironment(iotca::test::cliEnvironment());
        // 3072 blocks (1.5 MiB: dash counts 512-byte blocks, as POSIX says): above what the workspace writes before the
        // last commit (the intents of 2,000 devices), below the ~2.6 MB of entries. SIGXFSZ ignored, as it
        // stays across exec, so that write() reports the limit instead of the signal ending the process.
        process.setArguments(QStringList {QStringLiteral("-c"),
                                          QStringLiteral("ulimit -f 3072 && trap '' XFSZ && exec \"$0\" \"$@\""),
                                          iotca::test::cliProgram()}
                             + ws(args("device", "issue", "--ca", "Archive Root", "--product", "pklimit", "--count",
                                       "2000", "--name-prefix", "dev-", "--batch-size", "64", "--archive", archive,
                                       "--passphrase-file", m_passphrase)));
        process.start();
        QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(120000));
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 1, err.constData());
        QVERIFY2(err.contains("limited.zip") && err.contains("File too large"), err.constData());
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
        QCOMPARE(devices(QStringLiteral("Archive Root")).size(), before);
    }

    void cancelledRunLeavesNothing()
    {
        const QString folder = path(QStringLiteral("cancel"));
        QVERIFY(QDir().mkpath(folder));
        const QString archive = QDir(folder).filePath(QStringLiteral("big.zip"));
        const QString temporary = QDir(folder).filePath(QStringLiteral(".big.zip.part"));
        const qsizetype before = devices(QStringLiteral("Archive Root")).size();
        QProcess process;
        process.setProgram(iotca::test::cliProgram());
        process.setProcessEnvironment(iotca::test::cliEnvironment());
        process.setArguments(ws(args("device", "issue", "--ca", "Archive Root", "--product", "pkcancel", "--count",
                                     "5000", "--name-prefix", "dev-", "--batch-size", "64", "--archive", archive,
                                     "--passphrase-file", m_passphrase)));
        process.start();
        QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));
        process.closeWriteChannel();
        // Under way: the temporary archive holds a few batches' entries.
        const QDeadlineTimer guard(120000);
        while (process.state() == QProcess::Running && QFileInfo(temporary).size() < 20 * 1024 && !guard.hasExpired())
            process.waitForFinished(20);
        QVERIFY2(process.state() == QProcess::Running, process.readAllStandardError().constData());
        QCOMPARE(::kill(pid_t(process.processId()), SIGINT), 0);
        QVERIFY(process.waitForFinished(120000));
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 1, err.constData());
        QVERIFY2(err.contains("big.zip"), err.constData());
        QVERIFY(!QFileInfo::exists(archive));
        QVERIFY(!QFileInfo::exists(temporary));
        // No spill files either: the folder is as it was.
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
        QCOMPARE(devices(QStringLiteral("Archive Root")).size(), before);
    }

    /// A crash (SIGKILL) mid-archive: nothing was committed; the next read-write open removes the temporary archive
    /// (IssuanceRecovery, through the job's intents naming the archive) and records nothing.
    void killedRunLeavesNothingAfterTheNextOpen()
    {
        const QString folder = path(QStringLiteral("killed"));
        QVERIFY(QDir().mkpath(folder));
        const QString archive = QDir(folder).filePath(QStringLiteral("crash.zip"));
        const QString temporary = QDir(folder).filePath(QStringLiteral(".crash.zip.part"));
        const qsizetype before = devices(QStringLiteral("Archive Root")).size();
        QProcess process;
        process.setProgram(iotca::test::cliProgram());
        process.setProcessEnvironment(iotca::test::cliEnvironment());
        process.setArguments(ws(args("device", "issue", "--ca", "Archive Root", "--product", "pkkill", "--count",
                                     "5000", "--name-prefix", "dev-", "--batch-size", "64", "--archive", archive,
                                     "--passphrase-file", m_passphrase)));
        process.start();
        QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));
        process.closeWriteChannel();
        const QDeadlineTimer guard(120000);
        while (process.state() == QProcess::Running && QFileInfo(temporary).size() < 20 * 1024 && !guard.hasExpired())
            process.waitForFinished(20);
        QVERIFY2(process.state() == QProcess::Running, process.readAllStandardError().constData());
        process.kill();
        QVERIFY(process.waitForFinished(30000));
        QVERIFY(QFileInfo::exists(temporary));
        QVERIFY(!QFileInfo::exists(archive));

        // Any read-write open recovers: here the next command.
        const CliRun next = runCli(ws(args("ca", "create", "--name", "After Crash", "--key", "ec:P-256", "--subject",
                                           "CN=After Crash", "--passphrase-file", m_passphrase)));
        QVERIFY2(next.exitCode == 0, next.transcript().constData());
        QVERIFY(!QFileInfo::exists(temporary));
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
        QCOMPARE(devices(QStringLiteral("Archive Root")).size(), before);
    }
};

QTEST_GUILESS_MAIN(TestCliArchive)
#include "TestCliArchive.moc"
