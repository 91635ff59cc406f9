#include "../workspace/PostgresTestDatabase.h"
#include "CliRunner.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using iotca::test::args;
using iotca::test::CliRun;
using iotca::test::runCli;
using iotca::test::writeText;

/// Issue 23, "the password in the keychain": `iotca workspace password set|forget URL` against the password role of
/// the throwaway PostgreSQL server (scripts/lib/postgres.sh: `iotca_secret`, scram-sha-256 on loopback) and the test
/// session's gnome-keyring. Without a stored password every command fails with a message naming the server, the
/// role and the command that stores it, and creates nothing; a password in the URL is refused and never repeated.
class TestCliTeamPassword : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    iotca::test::PostgresTestDatabase m_database;
    QString m_url;

    static QString role() { return QUrl(qEnvironmentVariable("IOTCA_TEST_POSTGRES_PASSWORD_URL")).userName(); }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QStringList ws(QStringList arguments) const { return arguments << QStringLiteral("--workspace") << m_url; }
    static void verifyRun(const CliRun& run, int exitCode)
    {
        QVERIFY2(run.exitCode == exitCode, run.transcript().left(4000).constData());
    }

    /// Runs iotca on a pseudo-terminal (python3's pty module) and types `typed` plus Enter once its prompt (ending in
    /// ": ", written after echo was turned off) is shown; the terminal's whole output (what the user would see) in
    /// `screen`.
    static int runOnTerminal(const QStringList& arguments, const QByteArray& typed, QByteArray* screen)
    {
        const QString script = QStringLiteral(R"PY(
import os, pty, sys, termios, select
pid, fd = pty.fork()
if pid == 0:
    os.execv(sys.argv[1], sys.argv[1:])
seen = b""
typed = False
while True:
    # Typed once the prompt shows and the terminal's echo is off (the master reports the slave's modes).
    if not typed and seen.endswith(b": ") and not (termios.tcgetattr(fd)[3] & termios.ECHO):
        os.write(fd, os.environ["TYPED"].encode() + b"\n")
        typed = True
    if not select.select([fd], [], [], 0.05)[0]:
        continue
    try:
        chunk = os.read(fd, 4096)
    except OSError:
        break
    if not chunk:
        break
    seen += chunk
_, status = os.waitpid(pid, 0)
sys.stdout.buffer.write(seen)
sys.stdout.flush()
sys.exit(os.waitstatus_to_exitcode(status))
)PY");
        QProcess process;
        QProcessEnvironment environment = iotca::test::cliEnvironment();
        environment.insert(QStringLiteral("TYPED"), QString::fromUtf8(typed));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral("python3"),
                      QStringList {QStringLiteral("-c"), script, iotca::test::cliProgram()} + arguments);
        process.closeWriteChannel();
        const bool finished = process.waitForFinished(60000);
        if (!finished) {
            process.kill();
            process.waitForFinished(5000);
        }
        *screen = process.readAllStandardOutput() + process.readAllStandardError();
        if (!finished)
            return -1;
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS")
                     && qEnvironmentVariableIsSet("IOTCA_TEST_POSTGRES_PASSWORD_URL"),
                 "run through scripts/with-test-session, which provides the keychain and the PostgreSQL server");
        const QString failure = m_database.create(role());
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QUrl url(m_database.url());
        url.setUserName(role());
        m_url = url.toString();
    }

    void cleanupTestCase() { (void)runCli(args("workspace", "password", "forget", m_url)); }

    void storedPasswordOpensTheWorkspace()
    {
        const QByteArray password = qgetenv("IOTCA_TEST_POSTGRES_PASSWORD");
        const QString right = path(QStringLiteral("right.txt"));
        const QString wrong = path(QStringLiteral("wrong.txt"));
        QVERIFY(writeText(right, password + "\n"));
        QVERIFY(writeText(wrong, "WrongPassw0rd\n"));
        const QString port = QString::number(QUrl(m_url).port());

        // Nothing stored: which server, which role, and the command that stores the password; nothing created.
        CliRun run = runCli(ws(args("ca", "list")));
        verifyRun(run, 1);
        for (const QString& expected :
             {role(), QStringLiteral("127.0.0.1:") + port, QStringLiteral("iotca workspace password set ") + m_url})
            QVERIFY2(QString::fromUtf8(run.err).contains(expected), run.transcript().constData());
        QCOMPARE(m_database.tableCount(), 0);

        // A wrong password is refused by the server and not stored.
        run = runCli(args("workspace", "password", "set", m_url, "--password-file", wrong));
        verifyRun(run, 1);
        QVERIFY2(run.err.contains("was not stored"), run.transcript().constData());
        verifyRun(runCli(ws(args("ca", "list"))), 1);

        // No file and no terminal: a usage error that names --password-file.
        run = runCli(args("workspace", "password", "set", m_url));
        verifyRun(run, 2);
        QVERIFY(run.err.contains("--password-file"));

        // Stored: every command finds it.
        run = runCli(args("workspace", "password", "set", m_url, "--password-file", right));
        verifyRun(run, 0);
        verifyRun(runCli(ws(args("ca", "create", "--name", "TeamRoot", "--key", "ec:P-256", "--subject",
                                 "CN=Team Root,O=Example,C=CN", "--passphrase-file", right))),
                  0);
        run = runCli(ws(args("ca", "list")));
        verifyRun(run, 0);
        QVERIFY(run.out.contains("TeamRoot"));
        QVERIFY(m_database.tableCount() > 0);

        // Forgotten: refused again.
        verifyRun(runCli(args("workspace", "password", "forget", m_url)), 0);
        run = runCli(ws(args("ca", "list")));
        verifyRun(run, 1);
        QVERIFY2(run.err.contains("workspace password set"), run.transcript().constData());

        // Typed at the prompt on a terminal: asked without echo, stored, and the workspace opens again.
        QByteArray screen;
        const int typed = runOnTerminal(args("workspace", "password", "set", m_url), password, &screen);
        QVERIFY2(typed == 0, screen.constData());
        QVERIFY2(screen.contains("Password of the role"), screen.constData());
        QVERIFY2(!screen.contains(password), "the password was echoed");
        verifyRun(runCli(ws(args("ca", "list"))), 0);

        // The password never lands in the workspace: not in the audit log's text.
        run = runCli(ws(args("audit", "show", "--json")));
        verifyRun(run, 0);
        QVERIFY(!run.out.contains(password));
    }

    void passwordInTheUrlIsRefused()
    {
        QUrl withPassword(m_url);
        withPassword.setPassword(QStringLiteral("Hunter2Secret"));
        const QString url = withPassword.toString();
        CliRun run = runCli(args("ca", "list", "--workspace", url));
        verifyRun(run, 1);
        QVERIFY2(run.err.contains("must not contain a password"), run.transcript().constData());
        QVERIFY(!run.err.contains("Hunter2Secret") && !run.out.contains("Hunter2Secret"));
        const QString right = path(QStringLiteral("right2.txt"));
        QVERIFY(writeText(right, qgetenv("IOTCA_TEST_POSTGRES_PASSWORD") + "\n"));
        run = runCli(args("workspace", "password", "set", url, "--password-file", right));
        verifyRun(run, 1);
        QVERIFY(!run.err.contains("Hunter2Secret"));
    }
};

QTEST_GUILESS_MAIN(TestCliTeamPassword)
#include "TestCliTeamPassword.moc"
