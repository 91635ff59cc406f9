// Issue 19, "Offline, provably": what a key-ceremony officer does on the air-gapped laptop with the CLI opens no IP
// socket. Each command runs under `strace -f -e trace=socket,connect` (Debian's strace, installed by
// scripts/lib/common.sh) and its trace must hold no AF_INET or AF_INET6 socket and no connect to one. The check is
// itself checked: a program that does open an IP socket is caught by the same trace reading.
#include "CliRunner.h"
#include "SocketTrace.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace iotca::test;

class TestCliOfflineNoSockets : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_traces = 0;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    /// Runs iotca under strace; fails the test when it fails or opens an IP socket.
    bool offline(const QStringList& arguments)
    {
        const TracedRun run = traced(cliProgram(), arguments, path(QStringLiteral("trace-%1.txt").arg(++m_traces)));
        const QString command = QStringLiteral("iotca ") + arguments.join(QLatin1Char(' '));
        if (!run.problem.isEmpty()) {
            qWarning("%s: %s", qPrintable(command), qPrintable(run.problem));
            return false;
        }
        if (run.exitCode != 0) {
            qWarning("%s: exit %d\n%s", qPrintable(command), run.exitCode, run.output.constData());
            return false;
        }
        if (!run.ipSocketLines.isEmpty()) {
            qWarning("%s opened an IP socket:\n%s", qPrintable(command),
                     qPrintable(run.ipSocketLines.join(QLatin1Char('\n'))));
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(writeText(path(QStringLiteral("pass.txt")), "ceremony-Passphrase-1\n"));
        QVERIFY(writeText(path(QStringLiteral("inter.txt")), "issuing-Passphrase-2\n"));
    }

    void theTraceReadingCatchesAnIpSocket()
    {
        // The same reading of the same kind of trace, on a program that does open one (and connects it nowhere).
        const TracedRun run = traced(QStringLiteral("python3"),
                                     {QStringLiteral("-c"),
                                      QStringLiteral("import socket; socket.socket(socket.AF_INET)"
                                                     "; socket.socket(socket.AF_INET6)")},
                                     path(QStringLiteral("trace-python.txt")));
        QVERIFY2(run.problem.isEmpty(), qPrintable(run.problem));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.ipSocketLines.size(), 2);
        // And a local (AF_UNIX) socket is not one.
        QVERIFY(ipSocketLinesOf("123 socket(AF_UNIX, SOCK_STREAM|SOCK_CLOEXEC, 0) = 3\n"
                                "123 connect(3, {sa_family=AF_UNIX, sun_path=\"/run/dbus\"}, 110) = 0\n")
                    .isEmpty());
        QCOMPARE(ipSocketLinesOf("9 connect(3, {sa_family=AF_INET6, sin6_port=htons(443)}, 28) = -1\n").size(), 1);
    }

    void anOfflineCeremonyOpensNoIpSocket()
    {
        const QString workspace = path(QStringLiteral("workspace"));
        const QString pass = path(QStringLiteral("pass.txt"));
        const QString inter = path(QStringLiteral("inter.txt"));
        // The root, an intermediate under it, the verification certificate for a code typed from a console, a
        // device batch with its association CSV, the chain for the online side, the checks and a backup.
        QVERIFY(
            offline(args("ca", "create", "--workspace", workspace, "--name", "Offline Root", "--key", "ec:P-384",
                         "--subject", "CN=Offline Root CA,O=Example", "--days", "7300", "--passphrase-file", pass)));
        QVERIFY(offline(args("ca", "create", "--workspace", workspace, "--name", "Issuing", "--issuer", "Offline Root",
                             "--key", "ec:P-256", "--subject", "CN=Issuing CA,O=Example", "--path-length", "0",
                             "--days", "1825", "--passphrase-file", inter, "--issuer-passphrase-file", pass)));
        QVERIFY(offline(args("ca", "verification-cert", "Issuing", "--workspace", workspace, "--code", "3a1b8c7e2f",
                             "--out", path(QStringLiteral("verification.pem")), "--passphrase-file", inter)));
        QVERIFY(offline(args("device", "issue", "--workspace", workspace, "--ca", "Issuing", "--product", "a1B2c3D4e5",
                             "--count", "5", "--name-prefix", "sensor-", "--key", "ec:P-256", "--out",
                             path(QStringLiteral("devices")), "--csv", path(QStringLiteral("association.csv")),
                             "--passphrase-file", inter)));
        QVERIFY(offline(args("csv", "validate", path(QStringLiteral("association.csv")))));
        QVERIFY(offline(args("ca", "export", "Issuing", "--workspace", workspace, "--chain", "--cert",
                             path(QStringLiteral("chain.pem")))));
        QVERIFY(offline(args("audit", "verify", "--workspace", workspace)));
        QVERIFY(offline(
            args("workspace", "backup", "--workspace", workspace, path(QStringLiteral("workspace-backup.db")))));
        QVERIFY(QFile::exists(path(QStringLiteral("verification.pem"))));
        QVERIFY(QFile::exists(path(QStringLiteral("chain.pem"))));
        QVERIFY(QDir(path(QStringLiteral("devices"))).entryList(QDir::Files).size() >= 10);
    }
};

QTEST_GUILESS_MAIN(TestCliOfflineNoSockets)
#include "TestCliOfflineNoSockets.moc"
