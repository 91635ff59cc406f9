// The hostile-input suite (issue 16): every file HostileInputFiles makes goes through every import path of the real
// `iotca` binary it is meant for. Each run must end with exit code 1 or 2 (never a signal), a message that names
// the file (and the line, where the file has lines), no raw control character in anything printed, and the
// workspace exactly as it was (every table dumped before and after), with no output file written.
//
// One workspace for all runs; it is only compared, never restored, because nothing may change it.

#include "CliRunner.h"
#include "HostileInputFiles.h"
#include "tests/support/TestWorkspaces.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <functional>
#include <thread>
#include <vector>

using iotca::test::args;
using iotca::test::CliRun;
using iotca::test::HostileFile;
using iotca::test::runCli;
using iotca::test::writeText;
using namespace iotca::test;

namespace {

/// Every table of the workspace at `location` (a folder, or a team workspace's URL), row by row, as text (blobs in
/// hex). The rows of a table are sorted as text, so the dump does not depend on the order a back end returns them in.
QByteArray dumpWorkspace(const QString& location)
{
    const QString connection = QUuid::createUuid().toString();
    QByteArray dump;
    {
        QSqlDatabase database = iotca::test::TestWorkspaces::addDirectConnection(location, connection);
        if (!database.open())
            return "cannot open: " + database.lastError().text().toUtf8();
        const bool postgres = database.driverName() == QLatin1String("QPSQL");
        QSqlQuery tables(database);
        tables.exec(postgres ? QStringLiteral("SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = "
                                              "current_schema() ORDER BY tablename")
                             : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        QStringList names;
        while (tables.next())
            names.append(tables.value(0).toString());
        for (const QString& table : std::as_const(names)) {
            dump += "== " + table.toUtf8() + '\n';
            QSqlQuery rows(database);
            rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
            QList<QByteArray> lines;
            while (rows.next()) {
                const QSqlRecord record = rows.record();
                QByteArray line;
                for (int i = 0; i < record.count(); ++i) {
                    const QVariant value = record.value(i);
                    line += value.typeId() == QMetaType::QByteArray ? value.toByteArray().toHex()
                                                                    : value.toString().toUtf8();
                    line += '|';
                }
                lines.append(line);
            }
            std::sort(lines.begin(), lines.end());
            for (const QByteArray& line : std::as_const(lines))
                dump += line + '\n';
        }
        QSqlQuery version(database);
        if (!postgres && version.exec(QStringLiteral("PRAGMA user_version")) && version.next())
            dump += "user_version " + version.value(0).toByteArray() + '\n';
    }
    QSqlDatabase::removeDatabase(connection);
    return dump;
}

/// One import path: what it is called, which files are meant for it, and its command line for a file.
struct ImportPath
{
    QString name;
    unsigned target;
    std::function<QStringList(const QString& file)> arguments;
};

/// Runs iotca with `arguments` in `workingDirectory` with extra environment `environment` (NAME=VALUE).
CliRun runIn(const QStringList& arguments, const QString& workingDirectory, const QStringList& environment = {})
{
    QProcess process;
    process.setProgram(cliProgram());
    QProcessEnvironment processEnvironment = cliEnvironment();
    for (const QString& variable : environment)
        processEnvironment.insert(variable.section(QLatin1Char('='), 0, 0), variable.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(processEnvironment);
    process.setArguments(arguments);
    process.setWorkingDirectory(workingDirectory);
    process.start();
    CliRun run;
    if (!process.waitForStarted(10000))
        return run;
    process.closeWriteChannel();
    process.waitForFinished(120000);
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

/// bash -c SCRIPT with $IOTCA set: for `<(…)` process substitution, as a user types it.
CliRun runBash(const QString& script)
{
    QProcess process;
    QProcessEnvironment environment = cliEnvironment();
    environment.insert(QStringLiteral("IOTCA"), cliProgram());
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("bash"), {QStringLiteral("-c"), script});
    CliRun run;
    if (!process.waitForStarted(10000))
        return run;
    process.closeWriteChannel();
    process.waitForFinished(120000);
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString quoted(const QString& text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("'\\''")) + QLatin1Char('\'');
}

} // namespace

class TestHostileInputs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    /// Where each import path's copy of the workspace goes: a folder, or a database of the team back end under
    /// IOTCA_TEST_WORKSPACE_BACKEND=postgresql (tst_hostile_inputs_postgres).
    iotca::test::TestWorkspaces m_workspaces;
    /// The workspace the copies are made from: always a folder (its backup file is one of the hostile inputs).
    QString m_workspace;
    QString m_passphrase;
    HostileMaterial m_material;
    QList<HostileFile> m_files;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QStringList ws(QStringList arguments) const { return arguments << QStringLiteral("--workspace") << m_workspace; }

    /// The import paths; `out` and `split` are the output folders that must never appear, `base` a folder for the
    /// request folders sign-csr reads.
    QList<ImportPath> importPaths(const QString& out, const QString& split, const QString& base) const
    {
        const QString pw = m_passphrase;
        const HostileMaterial m = m_material;
        int csrFolders = 0;
        return {
            {QStringLiteral("ca import --cert"), ForCertificate,
             [=](const QString& f) {
                 return args("ca", "import", "--name", "Hostile", "--cert", f, "--key", m.caKey, "--passphrase-file",
                             pw);
             }},
            {QStringLiteral("ca import --key"), ForKey,
             [=](const QString& f) {
                 return args("ca", "import", "--name", "Hostile", "--cert", m.caCertificate, "--key", f,
                             "--passphrase-file", pw);
             }},
            {QStringLiteral("ca import --p12"), ForPkcs12,
             [=](const QString& f) {
                 return args("ca", "import", "--name", "Hostile", "--p12", f, "--key-passphrase-file",
                             m.pkcs12Passphrase, "--passphrase-file", pw);
             }},
            {QStringLiteral("ca import --key-passphrase-file"), ForPassphrase,
             [=](const QString& f) {
                 return args("ca", "import", "--name", "Hostile", "--cert", m.caCertificate, "--key", m.encryptedKey,
                             "--key-passphrase-file", f, "--passphrase-file", pw);
             }},
            {QStringLiteral("ca create --passphrase-file"), ForPassphrase,
             [=](const QString& f) {
                 return args("ca", "create", "--name", "Hostile", "--key", "ec:P-256", "--subject", "CN=Hostile",
                             "--passphrase-file", f);
             }},
            {QStringLiteral("device issue --names-file"), ForNames,
             [=](const QString& f) {
                 return args("device", "issue", "--ca", "Root", "--product", "pk2", "--names-file", f, "--out", out,
                             "--passphrase-file", pw);
             }},
            {QStringLiteral("device issue --passphrase-file"), ForPassphrase,
             [=](const QString& f) {
                 return args("device", "issue", "--ca", "Root", "--product", "pk2", "--names", "dev-9001", "--out", out,
                             "--passphrase-file", f);
             }},
            {QStringLiteral("device sign-csr"), ForRequest,
             [=](const QString& f) mutable {
                 // A folder holding the file as dev-N.csr (a link: the file itself may be a FIFO or a device).
                 const QString folder = QDir(base).filePath(QStringLiteral("csr-%1").arg(++csrFolders));
                 QDir().mkpath(folder);
                 const QString link = QDir(folder).filePath(QStringLiteral("dev-%1.csr").arg(csrFolders));
                 (void)QFile::link(f, link);
                 return args("device", "sign-csr", "--ca", "Root", "--product", "pk2", "--csr-dir", folder, "--out",
                             out, "--passphrase-file", pw);
             }},
            {QStringLiteral("csv validate"), ForCsv, [=](const QString& f) { return args("csv", "validate", f); }},
            {QStringLiteral("csv split"), ForCsv,
             [=](const QString& f) { return args("csv", "split", f, "--out", split); }},
            {QStringLiteral("device delete --csv"), ForCsv,
             [=](const QString& f) { return args("device", "delete", "--ca", "Root", "--csv", f, "--yes"); }},
            {QStringLiteral("account add --ca-bundle"), ForCaBundle,
             [=](const QString& f) {
                 return args("account", "add", "Hostile", "--platform", "alibaba-iot", "--region", "cn-shanghai",
                             "--ca-bundle", f);
             }},
            {QStringLiteral("account add --secret-file"), ForSecret,
             [=](const QString& f) {
                 return args("account", "add", "Hostile", "--platform", "aws-iot", "--region", "us-east-1",
                             "--access-key-id", "AKIDEXAMPLEHOSTILE", "--secret-file", f);
             }},
            {QStringLiteral("workspace restore"), ForBackup,
             [=](const QString& f) { return args("workspace", "restore", f, "--yes"); }},
        };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_workspace = path(QStringLiteral("workspace"));
        m_passphrase = path(QStringLiteral("pass.txt"));
        QVERIFY(writeText(m_passphrase, "hostile suite passphrase\n"));
        QVERIFY(QDir().mkpath(path(QStringLiteral("files"))));
        QString error;
        m_files = makeHostileFiles(path(QStringLiteral("files")), &m_material, &error);
        QVERIFY2(!m_files.isEmpty(), qPrintable(error));

        // A workspace with something in every table the import paths touch.
        const CliRun created = runCli(ws(args("ca", "create", "--name", "Root", "--key", "ec:P-256", "--subject",
                                              "CN=Hostile Suite Root", "--passphrase-file", m_passphrase)));
        QVERIFY2(created.exitCode == 0, created.transcript().constData());
        const CliRun issued =
            runCli(ws(args("device", "issue", "--ca", "Root", "--product", "pk1", "--names", "dev-0001,dev-0002",
                           "--out", path(QStringLiteral("issued")), "--passphrase-file", m_passphrase)));
        QVERIFY2(issued.exitCode == 0, issued.transcript().constData());
        const CliRun account = runCli(ws(args("account", "add", "Ali", "--platform", "alibaba-iot", "--region",
                                              "cn-shanghai", "--product", "a1B2c3D4e5F")));
        QVERIFY2(account.exitCode == 0, account.transcript().constData());

        // A real backup, cut in half: one more hostile backup.
        const QString backup = path(QStringLiteral("files/backup-full.db"));
        const CliRun backedUp = runCli(ws(args("workspace", "backup", backup)));
        QVERIFY2(backedUp.exitCode == 0, backedUp.transcript().constData());
        QFile full(backup);
        QVERIFY(full.open(QIODevice::ReadOnly));
        const QByteArray bytes = full.readAll();
        QVERIFY(writeText(path(QStringLiteral("files/backup-half.db")), bytes.left(bytes.size() / 2)));
        m_files.append(HostileFile {QStringLiteral("backup cut in half"), path(QStringLiteral("files/backup-half.db")),
                                    ForBackup});
        QVERIFY(QFile::remove(backup));
    }

private:
    /// Runs every file meant for `importPath` through it against `workspace`; appends what went wrong.
    void runPath(const ImportPath& importPath, const QString& workspace, const QString& out, const QString& split,
                 QStringList* failures, int* refusals, int* warnings, int* runs) const
    {
        const QRegularExpression lineMention(QStringLiteral("(line \\d+|:\\d+:)"));
        QByteArray before = dumpWorkspace(workspace);
        if (!before.contains("== ca") || before.startsWith("cannot open")) {
            failures->append(importPath.name + QStringLiteral(": no workspace copy: ") + QString::fromUtf8(before));
            return;
        }
        for (const HostileFile& file : std::as_const(m_files)) {
            if ((file.targets & importPath.target) == 0)
                continue;
            ++*runs;
            const QStringList arguments = importPath.arguments(file.path) << QStringLiteral("--workspace") << workspace;
            const CliRun run = runCli(arguments);
            const QString output = QString::fromUtf8(run.out + run.err);
            const QString where =
                QStringLiteral("%1 <- %2 (%3)")
                    .arg(importPath.name, file.label, visibleEscapes(QFileInfo(file.path).fileName()));
            QStringList problems;

            const bool warnOnly = file.validateWarnsOnly && importPath.name == QLatin1String("csv validate");
            if (run.exitCode == -1)
                problems.append(QStringLiteral("died of a signal or hung"));
            else if (warnOnly ? run.exitCode != 0 : (run.exitCode != 1 && run.exitCode != 2))
                problems.append(QStringLiteral("exit code %1").arg(run.exitCode));
            if (warnOnly && !output.contains(QLatin1String("warning")))
                problems.append(QStringLiteral("no warning"));

            // The message names the file: its own name, or the name it has in the request folder.
            const QString shownName = importPath.target == ForRequest
                ? arguments.at(arguments.indexOf(QStringLiteral("--csr-dir")) + 1)
                        .section(u'/', -1)
                        .replace(QStringLiteral("csr-"), QStringLiteral("dev-"))
                    + QStringLiteral(".csr")
                : visibleEscapes(QFileInfo(file.path).fileName());
            if (!output.contains(shownName))
                problems.append(QStringLiteral("the output does not name '%1'").arg(shownName));
            if (file.namesLine && (file.targets & importPath.target & (ForCsv | ForNames)) != 0
                && !lineMention.match(output).hasMatch())
                problems.append(QStringLiteral("no line number"));
            if (!file.expected.isEmpty() && !output.contains(file.expected))
                problems.append(QStringLiteral("no '%1' in the message").arg(file.expected));
            if (const qsizetype at = firstRawControl(run.out + run.err); at >= 0)
                problems.append(QStringLiteral("a raw control character at %1").arg(at));

            const QByteArray after = dumpWorkspace(workspace);
            if (after != before) {
                problems.append(QStringLiteral("the workspace changed"));
                before = after; // one failure, not every later run
            }
            if (QFileInfo::exists(out) || QFileInfo::exists(split)) {
                problems.append(QStringLiteral("an output folder was written"));
                QDir(out).removeRecursively();
                QDir(split).removeRecursively();
            }
            if (problems.isEmpty()) {
                warnOnly ? ++*warnings : ++*refusals;
            } else {
                failures->append(
                    QStringLiteral("%1: %2\n    %3")
                        .arg(where, problems.join(QStringLiteral("; ")), visibleEscapes(output.left(600))));
            }
        }
    }

private Q_SLOTS:
    void hostileInputs()
    {
        // The import paths run side by side (a few processes at a time), each against its own copy of the
        // workspace, so that no run waits for another's workspace lock.
        QElapsedTimer clock;
        clock.start();
        const QString workspaceDb = QDir(m_workspace).filePath(QStringLiteral("workspace.db"));
        QVERIFY(QFileInfo::exists(workspaceDb));
        const int pathCount = int(importPaths({}, {}, {}).size());
        struct Outcome
        {
            QStringList failures;
            int refusals = 0;
            int warnings = 0;
            int runs = 0;
        };
        std::vector<Outcome> outcomes(static_cast<std::size_t>(pathCount));
        // The locations are made here, on the test's thread (TestWorkspaces is not shared between threads). `workspace
        // restore` replaces an embedded workspace's file; a team workspace is restored on its server and refuses it
        // (Workspace::restore, "NotSupported"), so that path keeps a folder on both back ends.
        QStringList locations;
        for (int index = 0; index < pathCount; ++index) {
            const QString folder = path(QStringLiteral("path-%1").arg(index));
            const QString workspace = QDir(folder).filePath(QStringLiteral("workspace"));
            const bool restore = importPaths({}, {}, {}).at(index).target == ForBackup;
            locations.append(restore ? workspace : m_workspaces.location(workspace));
            QVERIFY(!locations.constLast().isEmpty());
        }
        std::atomic<int> next {0};
        const auto worker = [&]() {
            for (int index = next++; index < pathCount; index = next++) {
                const QString folder = path(QStringLiteral("path-%1").arg(index));
                const QString workspace = locations.at(index);
                if (workspace.startsWith(QLatin1String("postgresql:"))) {
                    // `workspace copy` puts the same rows into the team workspace (verified row for row).
                    const CliRun copied =
                        runCli(args("workspace", "copy", "--to", workspace, "--workspace", m_workspace));
                    if (copied.exitCode != 0)
                        outcomes[static_cast<std::size_t>(index)].failures.append(
                            QStringLiteral("workspace copy: ") + QString::fromUtf8(copied.transcript()));
                } else {
                    QDir().mkpath(workspace);
                    for (const QString& name : QDir(m_workspace).entryList(QDir::Files | QDir::Hidden))
                        QFile::copy(QDir(m_workspace).filePath(name), QDir(workspace).filePath(name));
                }
                const QString out = QDir(folder).filePath(QStringLiteral("out-never-written"));
                const QString split = QDir(folder).filePath(QStringLiteral("split-never-written"));
                const ImportPath importPath = importPaths(out, split, folder).at(index);
                Outcome& outcome = outcomes[static_cast<std::size_t>(index)];
                runPath(importPath, workspace, out, split, &outcome.failures, &outcome.refusals, &outcome.warnings,
                        &outcome.runs);
            }
        };
        std::vector<std::thread> threads;
        for (int i = 0; i < 3; ++i)
            threads.emplace_back(worker);
        for (std::thread& thread : threads)
            thread.join();

        Outcome total;
        for (const Outcome& outcome : outcomes) {
            total.failures += outcome.failures;
            total.refusals += outcome.refusals;
            total.warnings += outcome.warnings;
            total.runs += outcome.runs;
        }
        qInfo("tst_hostile_inputs: %d files, %d runs through %d import paths: %d clean refusals, %d accepted with "
              "the warning expected, %d failed; %.1f s",
              int(m_files.size()), total.runs, pathCount, total.refusals, total.warnings, int(total.failures.size()),
              double(clock.elapsed()) / 1000.0);
        QVERIFY2(m_files.size() >= 150, qPrintable(QString::number(m_files.size())));
        QVERIFY2(total.failures.isEmpty(), qPrintable(total.failures.join(u'\n')));
    }

    void restoreSaysWhatTheFileIs()
    {
        const CliRun fifo = runCli(ws(args("workspace", "restore", path(QStringLiteral("files/a-fifo")), "--yes")));
        QCOMPARE(fifo.exitCode, 1);
        QVERIFY2(fifo.err.contains("named pipe") && !fifo.err.contains("does not exist"),
                 fifo.transcript().constData());
        const CliRun folder = runCli(ws(args("workspace", "restore", path(QStringLiteral("files/a-folder")), "--yes")));
        QCOMPARE(folder.exitCode, 1);
        QVERIFY2(folder.err.contains("folder") && !folder.err.contains("does not exist"),
                 folder.transcript().constData());
    }

    void csvLinkedToDevZeroIsCalledADevice()
    {
        const CliRun run = runCli(args("csv", "validate", path(QStringLiteral("files/zero-link.pem"))));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("is a device") && !run.err.contains("UTF-16"), run.transcript().constData());
    }

    void passphraseFromAPipe()
    {
        // `--passphrase-file <(echo pw)`: a pipe has size 0 and was refused as empty.
        const QString workspace = path(QStringLiteral("piped"));
        const CliRun created =
            runBash(QStringLiteral("\"$IOTCA\" ca create --workspace %1 --name Piped --key ec:P-256 --subject CN=Piped "
                                   "--passphrase-file <(printf 'piped passphrase\\n')")
                        .arg(quoted(workspace)));
        QVERIFY2(created.exitCode == 0, created.transcript().constData());
        const CliRun used = runBash(QStringLiteral("\"$IOTCA\" ca verification-cert Piped --workspace %1 --code REG-1 "
                                                   "--out %2 --passphrase-file <(echo 'piped passphrase')")
                                        .arg(quoted(workspace), quoted(path(QStringLiteral("piped-vc.pem")))));
        QVERIFY2(used.exitCode == 0, used.transcript().constData());
        const CliRun wrong = runBash(QStringLiteral("\"$IOTCA\" ca verification-cert Piped --workspace %1 --code REG-1 "
                                                    "--out %2 --passphrase-file <(echo other)")
                                         .arg(quoted(workspace), quoted(path(QStringLiteral("piped-vc2.pem")))));
        QCOMPARE(wrong.exitCode, 1);
    }

    void relativeOutFolderIsRecordedAbsolute()
    {
        const QString workspace = path(QStringLiteral("piped"));
        QVERIFY(QDir().mkpath(path(QStringLiteral("shell-folder"))));
        const CliRun issued =
            runIn(args("device", "issue", "--workspace", workspace, "--ca", "Piped", "--product", "pk3", "--names",
                       "rel-0001", "--out", "out", "--passphrase-file", m_passphrase),
                  path(QStringLiteral("shell-folder")));
        QCOMPARE(issued.exitCode, 1); // m_passphrase is not Piped's passphrase: nothing issued, nothing recorded
        QVERIFY(writeText(path(QStringLiteral("piped-pass.txt")), "piped passphrase\n"));
        const CliRun good =
            runIn(args("device", "issue", "--workspace", workspace, "--ca", "Piped", "--product", "pk3", "--names",
                       "rel-0001", "--out", "out", "--passphrase-file", path(QStringLiteral("piped-pass.txt"))),
                  path(QStringLiteral("shell-folder")));
        QVERIFY2(good.exitCode == 0, good.transcript().constData());
        const CliRun listed = runCli(args("device", "list", "--workspace", workspace, "--ca", "Piped", "--json"));
        QVERIFY2(listed.exitCode == 0, listed.transcript().constData());
        const QJsonDocument document = listed.json();
        const QJsonArray devices =
            document.isArray() ? document.array() : document.object().value(QStringLiteral("devices")).toArray();
        QCOMPARE(devices.size(), 1);
        const QString recorded = devices.at(0).toObject().value(QStringLiteral("exportedPath")).toString();
        QVERIFY2(QDir::isAbsolutePath(recorded), qPrintable(recorded));
        QVERIFY2(recorded.startsWith(QDir(path(QStringLiteral("shell-folder/out"))).canonicalPath())
                     || recorded.startsWith(path(QStringLiteral("shell-folder/out"))),
                 qPrintable(recorded));
    }

    void pkcs12FromOpenSslIsImported()
    {
        const QString workspace = path(QStringLiteral("p12-workspace"));
        const QString bundle = path(QStringLiteral("files/good.p12"));
        const CliRun imported = runCli(args("ca", "import", "--workspace", workspace, "--name", "From P12", "--p12",
                                            bundle, "--key-passphrase-file", m_material.pkcs12Passphrase,
                                            "--passphrase-file", m_passphrase, "--json"));
        QVERIFY2(imported.exitCode == 0, imported.transcript().constData());
        QCOMPARE(imported.json().object().value(QStringLiteral("serial")).toString(), QStringLiteral("1092"));
        // The key came along: the CA signs.
        const CliRun signs =
            runCli(args("ca", "verification-cert", "--workspace", workspace, "From P12", "--code", "REG-P12", "--out",
                        path(QStringLiteral("p12-vc.pem")), "--passphrase-file", m_passphrase));
        QVERIFY2(signs.exitCode == 0, signs.transcript().constData());
        const CliRun both = runCli(args("ca", "import", "--workspace", workspace, "--name", "Both", "--p12", bundle,
                                        "--cert", m_material.caCertificate, "--passphrase-file", m_passphrase));
        QCOMPARE(both.exitCode, 2);
    }

    void forgetPassphraseFailsWithoutKeychain()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "run under scripts/with-test-session (a session bus with a keychain)");
        const QString workspace = path(QStringLiteral("piped"));
        const CliRun remembered = runCli(args("ca", "remember-passphrase", "--workspace", workspace, "Piped",
                                              "--passphrase-file", path(QStringLiteral("piped-pass.txt"))));
        QVERIFY2(remembered.exitCode == 0, remembered.transcript().constData());
        const CliRun unreachable =
            runIn(args("ca", "forget-passphrase", "--workspace", workspace, "Piped"), m_dir.path(),
                  {QStringLiteral("DBUS_SESSION_BUS_ADDRESS=unix:path=") + path(QStringLiteral("no-bus"))});
        QVERIFY2(unreachable.exitCode == 1, unreachable.transcript().constData());
        QVERIFY2(!unreachable.out.contains("no longer remembered"), unreachable.transcript().constData());
        const CliRun shown = runCli(args("ca", "show", "--workspace", workspace, "Piped", "--json"));
        QCOMPARE(shown.json().object().value(QStringLiteral("passphraseRemembered")).toBool(), true);
        const CliRun forgotten = runCli(args("ca", "forget-passphrase", "--workspace", workspace, "Piped"));
        QVERIFY2(forgotten.exitCode == 0, forgotten.transcript().constData());
    }
};

QTEST_GUILESS_MAIN(TestHostileInputs)
#include "TestHostileInputs.moc"
