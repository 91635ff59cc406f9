#include "CliRunner.h"

#include "tests/support/OpenSslCli.h"
#include "tests/support/TestWorkspaces.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using iotca::test::args;
using iotca::test::CliRun;
using iotca::test::OpenSslRun;
using iotca::test::runCli;
using iotca::test::runOpenSsl;
using iotca::test::writeText;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// A program run with `input` on its standard input (not a terminal).
CliRun runWithInput(const QString& program, const QStringList& arguments, const QByteArray& input)
{
    QProcess process;
    process.setProcessEnvironment(iotca::test::cliEnvironment());
    process.start(program, arguments);
    CliRun run;
    if (!process.waitForStarted(10000))
        return run;
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(120000);
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString scriptPath()
{
    return QDir(qEnvironmentVariable("IOTCA_SOURCE_DIR"))
        .filePath(QStringLiteral("tests/ceremony/recombine_shares.py"));
}

/// The files in `folder` (names only, sorted); empty when it does not exist.
QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

/// `iotca key backup` and `iotca key restore` through the real binary (issue 19, "Key custody"): shares recombined
/// by the independent script open the backup with `openssl pkey`, the PDF has one page per share, a restore into a
/// fresh workspace signs a device certificate that verifies against the CA, and every refusal writes nothing.
class TestCliKeyCustody : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    iotca::test::TestWorkspaces m_workspaces; // a folder, or a database under IOTCA_TEST_WORKSPACE_BACKEND=postgresql
    QString m_workspace;
    QString m_passphrase;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString path(const char* name) const { return m_dir.filePath(QString::fromUtf8(name)); }
    static QStringList in(const QString& workspace, QStringList arguments)
    {
        return arguments << QStringLiteral("--workspace") << workspace;
    }
    QStringList ws(QStringList arguments) const { return in(m_workspace, std::move(arguments)); }

    QString share(const char* backup, int k) const
    {
        return path(QStringLiteral("%1-shares/share-%2-of-5.txt").arg(QString::fromUtf8(backup)).arg(k));
    }

    int auditCount(const QString& workspace) const
    {
        return runCli(in(workspace, args("audit", "show", "--json")))
            .json()
            .object()
            .value(QStringLiteral("entries"))
            .toArray()
            .size();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_workspace = m_workspaces.location(path("workspace"));
        m_passphrase = path("pass.txt");
        QVERIFY(writeText(m_passphrase, "root passphrase\n"));
        for (const char* name : {"Root", "Other"}) {
            const CliRun created = runCli(ws(args("ca", "create", "--name", name, "--key", "ec:P-256", "--subject",
                                                  QStringLiteral("CN=%1 CA,O=Example").arg(QString::fromUtf8(name)),
                                                  "--passphrase-file", m_passphrase)));
            QVERIFY2(created.exitCode == 0, created.transcript().constData());
        }
        const CliRun backup =
            runCli(ws(args("key", "backup", "--ca", "Root", "--out", path("backup"), "--shares", "3/5", "--shares-out",
                           path("backup-shares"), "--passphrase-file", m_passphrase, "--json")));
        QVERIFY2(backup.exitCode == 0, backup.transcript().constData());
        QCOMPARE(backup.json().object().value(QStringLiteral("threshold")).toInt(), 3);
    }

    void backupFolderAndSharesAreApart()
    {
        QCOMPARE(filesIn(path("backup")),
                 args("README.txt", "backup.json", "ca-cert.pem", "ca-key.pem", "recombine_shares.py"));
        QCOMPARE(filesIn(path("backup-shares")),
                 args("share-1-of-5.txt", "share-2-of-5.txt", "share-3-of-5.txt", "share-4-of-5.txt",
                      "share-5-of-5.txt", "shares.pdf"));
        QVERIFY(readAll(path("backup/ca-key.pem")).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        for (const QString& file : {path("backup/ca-key.pem"), share("backup", 1), path("backup-shares/shares.pdf")})
            QVERIFY(!(QFile::permissions(file)
                      & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                         | QFileDevice::WriteOther)));
        QCOMPARE(readAll(path("backup/recombine_shares.py")), readAll(scriptPath()));
        const QByteArray readme = readAll(path("backup/README.txt"));
        QVERIFY(readme.contains("openssl pkey -in ca-key.pem -passin file:passphrase.txt"));
        QVERIFY(readme.contains("python3 recombine_shares.py"));
        // The shares must not travel with the key: writing them into the backup folder is refused.
        const CliRun inside = runCli(ws(args("key", "backup", "--ca", "Root", "--out", path("b2"), "--shares", "2/3",
                                             "--shares-out", path("b2/shares"), "--passphrase-file", m_passphrase)));
        QCOMPARE(inside.exitCode, 1);
        QVERIFY(!QFileInfo::exists(path("b2")));
        // The set id, M and the CA on every share file; the passphrase nowhere in the audit log.
        const QByteArray text = readAll(share("backup", 2));
        QVERIFY(text.contains("share 2 of 5") && text.contains("CN=Root CA,O=Example"));
        const QString setId = QJsonDocument::fromJson(readAll(path("backup/backup.json")))
                                  .object()
                                  .value(QStringLiteral("passphrase"))
                                  .toObject()
                                  .value(QStringLiteral("setId"))
                                  .toString();
        QVERIFY(text.contains(setId.toLatin1()));
        const CliRun audit = runCli(ws(args("audit", "show", "--json")));
        QVERIFY(audit.out.contains("ca.key_backed_up") && audit.out.contains(setId.toLatin1()));
    }

    void scriptRecombinesAndOpenSslOpensTheKey()
    {
        QProcess python;
        python.start(QStringLiteral("python3"),
                     {scriptPath(), share("backup", 5), share("backup", 1), share("backup", 3)});
        QVERIFY(python.waitForFinished(60000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        const QByteArray passphrase = python.readAllStandardOutput().trimmed();
        QCOMPARE(passphrase.size(), 64);
        QVERIFY(writeText(path("recombined.txt"), passphrase + '\n'));
        const OpenSslRun fromKey = runOpenSsl(
            {QStringLiteral("pkey"), QStringLiteral("-in"), path("backup/ca-key.pem"), QStringLiteral("-passin"),
             QStringLiteral("file:") + path("recombined.txt"), QStringLiteral("-pubout")});
        QVERIFY2(fromKey.ok(), fromKey.transcript().constData());
        const OpenSslRun fromCert =
            runOpenSsl({QStringLiteral("x509"), QStringLiteral("-in"), path("backup/ca-cert.pem"),
                        QStringLiteral("-noout"), QStringLiteral("-pubkey")});
        QVERIFY(fromCert.ok());
        QCOMPARE(fromKey.standardOutput, fromCert.standardOutput);
        // Two shares are not enough for the script either.
        python.start(QStringLiteral("python3"), {scriptPath(), share("backup", 5), share("backup", 1)});
        QVERIFY(python.waitForFinished(60000));
        QVERIFY(python.exitCode() != 0);
    }

    void pdfHasOneSharePerPage()
    {
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {path("backup-shares/shares.pdf")});
        QVERIFY2(info.waitForFinished(60000) && info.exitCode() == 0, "pdfinfo (poppler-utils) failed");
        QVERIFY(QString::fromUtf8(info.readAllStandardOutput())
                    .contains(QRegularExpression(QStringLiteral("Pages:\\s+5\\n"))));
        // Page 4 carries share 4's lines (pdftotext reads what was painted).
        QProcess text;
        text.start(QStringLiteral("pdftotext"),
                   {QStringLiteral("-f"), QStringLiteral("4"), QStringLiteral("-l"), QStringLiteral("4"),
                    QStringLiteral("-layout"), path("backup-shares/shares.pdf"), QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000) && text.exitCode() == 0);
        const QString page = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(page.contains(QLatin1String("share 4 of 5")), qPrintable(page));
        const QString lines = QString::fromUtf8(readAll(share("backup", 4)));
        const QRegularExpression line(QStringLiteral("^([1-6]: [A-Z2-7]{4} [A-Z2-7]{4} [A-Z2-7]{4} [A-Z2-7]{4})$"),
                                      QRegularExpression::MultilineOption);
        int found = 0;
        for (auto match = line.globalMatch(lines); match.hasNext(); ++found)
            QVERIFY2(page.contains(match.next().captured(1)), qPrintable(page));
        QCOMPARE(found, 6);
        // Rendered to PNG as a person would look at it.
        QProcess render;
        render.start(QStringLiteral("pdftoppm"),
                     {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-f"),
                      QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), path("backup-shares/shares.pdf"),
                      path("page")});
        QVERIFY(render.waitForFinished(60000) && render.exitCode() == 0);
        QVERIFY(QFileInfo(path("page-1.png")).size() > 1000);
    }

    void restoreIntoAFreshWorkspaceSignsDevices()
    {
        const QString fresh = path("fresh");
        QVERIFY(writeText(path("new-pass.txt"), "restored passphrase\n"));
        const CliRun restore = runCli(in(fresh,
                                         args("key", "restore", "--backup", path("backup"), "--ca", "Root", "--share",
                                              share("backup", 2), "--share", share("backup", 4), "--share",
                                              share("backup", 5), "--passphrase-file", path("new-pass.txt"))));
        QVERIFY2(restore.exitCode == 0, restore.transcript().constData());
        const CliRun issue =
            runCli(in(fresh,
                      args("device", "issue", "--ca", "Root", "--product", "pk1", "--names", "sensor-1", "--out",
                           path("devices"), "--passphrase-file", path("new-pass.txt"))));
        QVERIFY2(issue.exitCode == 0, issue.transcript().constData());
        const QStringList certificates = QDir(path("devices")).entryList({QStringLiteral("*.crt")});
        QCOMPARE(certificates.size(), 1);
        const OpenSslRun verify = runOpenSsl({QStringLiteral("verify"), QStringLiteral("-CAfile"),
                                              path("backup/ca-cert.pem"), path("devices/") + certificates.first()});
        QVERIFY2(verify.ok() && verify.standardOutput.contains(": OK"), verify.transcript().constData());
        // Restoring again into the CA that has its key now: refused without --replace, done with it.
        const QStringList again = in(fresh,
                                     args("key", "restore", "--backup", path("backup"), "--ca", "Root", "--share",
                                          share("backup", 1), "--share", share("backup", 2), "--share",
                                          share("backup", 3), "--passphrase-file", path("new-pass.txt")));
        const CliRun refused = runCli(again);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("--replace"), refused.transcript().constData());
        const CliRun replaced = runCli(QStringList(again) << QStringLiteral("--replace"));
        QVERIFY2(replaced.exitCode == 0, replaced.transcript().constData());
    }

    void sharesTypedOnStandardInput()
    {
        // The lines only, as someone would type them from the sheets (lower case, no labels).
        QByteArray typed;
        for (const int k : {3, 1, 4}) {
            const QString text = QString::fromUtf8(readAll(share("backup", k)));
            const QRegularExpression line(QStringLiteral("^\\d: ([A-Z2-7 ]{19})$"),
                                          QRegularExpression::MultilineOption);
            for (auto match = line.globalMatch(text); match.hasNext();)
                typed += match.next().captured(1).toLower().toUtf8() + '\n';
            typed += '\n';
        }
        const QString target = path("stdin-ws");
        const CliRun restore =
            runWithInput(iotca::test::cliProgram(),
                         in(target,
                            args("key", "restore", "--backup", path("backup"), "--ca", "Root", "--shares-from-stdin",
                                 "--passphrase-file", path("new-pass.txt"), "--json")),
                         typed);
        QVERIFY2(restore.exitCode == 0, restore.transcript().constData());
        QCOMPARE(restore.json().object().value(QStringLiteral("ca")).toString(), QStringLiteral("Root"));
    }

    void refusalsWriteNothing()
    {
        const int before = auditCount(m_workspace);
        const auto restore = [&](const QStringList& shares, const char* ca = "Root", const char* backup = "backup") {
            QStringList arguments =
                args("key", "restore", "--backup", path(backup), "--ca", ca, "--passphrase-file", path("new-pass.txt"));
            for (const QString& file : shares)
                arguments << QStringLiteral("--share") << file;
            return runCli(ws(arguments));
        };
        // Fewer than M shares: how many are needed.
        CliRun run = restore({share("backup", 1), share("backup", 2)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("3 are needed"), run.transcript().constData());
        // One mistyped letter in a share file: the file and the line are named.
        QByteArray text = readAll(share("backup", 2));
        const qsizetype at = text.indexOf("\n3: ") + 6;
        text[at] = text.at(at) == 'A' ? 'B' : 'A';
        QVERIFY(writeText(path("typo.txt"), text));
        run = restore({share("backup", 1), path("typo.txt"), share("backup", 3)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("typo.txt") && run.err.contains("Line 3 does not match its check letters"),
                 run.transcript().constData());
        // Shares of two sets.
        const CliRun second =
            runCli(ws(args("key", "backup", "--ca", "Root", "--out", path("backup2"), "--shares", "3/5", "--shares-out",
                           path("backup2-shares"), "--passphrase-file", m_passphrase)));
        QVERIFY2(second.exitCode == 0, second.transcript().constData());
        run = restore({share("backup", 1), share("backup2", 2), share("backup", 3)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("set"), run.transcript().constData());
        // The backup of Root restored into the CA "Other": another key, refused before anything is written.
        const QByteArray listBefore = runCli(ws(args("ca", "list", "--json"))).out;
        const int afterSecondBackup = auditCount(m_workspace);
        QCOMPARE(afterSecondBackup, before + 1);
        run = restore({share("backup", 1), share("backup", 2), share("backup", 3)}, "Other");
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("another CA"), run.transcript().constData());
        QCOMPARE(runCli(ws(args("ca", "list", "--json"))).out, listBefore);
        QCOMPARE(auditCount(m_workspace), afterSecondBackup);
        // Other's key is still its own: it signs.
        const CliRun issue = runCli(ws(args("device", "issue", "--ca", "Other", "--product", "pk9", "--names", "dev-1",
                                            "--out", path("other-devices"), "--passphrase-file", m_passphrase)));
        QVERIFY2(issue.exitCode == 0, issue.transcript().constData());
    }

    void unwritableFolderLeavesNothing()
    {
        // A regular file where a parent folder should be: refused even for root, which ignores permissions.
        QVERIFY(writeText(path("not-a-folder"), "x"));
        const int before = auditCount(m_workspace);
        CliRun run =
            runCli(ws(args("key", "backup", "--ca", "Root", "--out", path("not-a-folder/backup"), "--shares", "2/3",
                           "--shares-out", path("unwritable-shares"), "--passphrase-file", m_passphrase)));
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!QFileInfo::exists(path("unwritable-shares")));
        // And the other way round: the backup folder could be written, the shares folder not.
        run = runCli(ws(args("key", "backup", "--ca", "Root", "--out", path("writable-backup"), "--shares", "2/3",
                             "--shares-out", path("not-a-folder/shares"), "--passphrase-file", m_passphrase)));
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!QFileInfo::exists(path("writable-backup")));
        QCOMPARE(auditCount(m_workspace), before);
    }

    void officersOwnPassphraseAndShownPassphrase()
    {
        QVERIFY(writeText(path("officer.txt"), "the officer's long passphrase\n"));
        CliRun run =
            runCli(ws(args("key", "backup", "--ca", "Other", "--out", path("officer-backup"),
                           "--backup-passphrase-file", path("officer.txt"), "--passphrase-file", m_passphrase)));
        QVERIFY2(run.exitCode == 0, run.transcript().constData());
        QVERIFY(!run.out.contains("officer's long passphrase"));
        const OpenSslRun opened = runOpenSsl({QStringLiteral("pkey"), QStringLiteral("-in"),
                                              path("officer-backup/ca-key.pem"), QStringLiteral("-passin"),
                                              QStringLiteral("file:") + path("officer.txt"), QStringLiteral("-noout")});
        QVERIFY2(opened.ok(), opened.transcript().constData());
        run = runCli(
            in(path("officer-ws"),
               args("key", "restore", "--backup", path("officer-backup"), "--ca", "Other", "--backup-passphrase-file",
                    path("officer.txt"), "--passphrase-file", path("new-pass.txt"))));
        QVERIFY2(run.exitCode == 0, run.transcript().constData());
        // Wrong passphrase: refused, nothing stored.
        run = runCli(in(path("officer-ws2"),
                        args("key", "restore", "--backup", path("officer-backup"), "--ca", "Other",
                             "--backup-passphrase-file", m_passphrase, "--passphrase-file", path("new-pass.txt"))));
        QCOMPARE(run.exitCode, 1);
        // The key is decrypted before the workspace is opened: not even the workspace was made.
        QVERIFY(!QFileInfo::exists(path("officer-ws2")));

        run = runCli(ws(args("key", "backup", "--ca", "Other", "--out", path("shown-backup"), "--show-passphrase",
                             "--passphrase-file", m_passphrase)));
        QVERIFY2(run.exitCode == 0, run.transcript().constData());
        const QRegularExpressionMatch shown =
            QRegularExpression(QStringLiteral("^([0-9a-f]{64})$"), QRegularExpression::MultilineOption)
                .match(QString::fromUtf8(run.out));
        QVERIFY2(shown.hasMatch(), run.out.constData());
        QVERIFY(writeText(path("shown.txt"), shown.captured(1).toLatin1() + '\n'));
        QVERIFY(runOpenSsl({QStringLiteral("pkey"), QStringLiteral("-in"), path("shown-backup/ca-key.pem"),
                            QStringLiteral("-passin"), QStringLiteral("file:") + path("shown.txt"),
                            QStringLiteral("-noout")})
                    .ok());
        // No passphrase source and no terminal: a usage error, nothing written.
        run = runCli(
            ws(args("key", "backup", "--ca", "Other", "--out", path("no-source"), "--passphrase-file", m_passphrase)));
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!QFileInfo::exists(path("no-source")));
    }
};

QTEST_GUILESS_MAIN(TestCliKeyCustody)
#include "TestCliKeyCustody.moc"
