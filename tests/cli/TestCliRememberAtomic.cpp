#include "CliRunner.h"

#include "tests/support/OpenSslCli.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using iotca::test::args;
using iotca::test::CliRun;
using iotca::test::runCli;
using iotca::test::writeText;

/// Issue 16, item 2: `ca create|import … --remember` when the keychain cannot be reached exits 1 and stores NOTHING
/// (the CA row and its keychain entry are one unit, model::RememberedCaStore); the retry with a working keychain then
/// succeeds under the same name. The keychain is made unreachable by pointing iotca at a session bus that does not
/// exist (DBUS_SESSION_BUS_ADDRESS, which QtKeychain's Secret Service backend connects to).
class TestCliRememberAtomic : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_workspace;
    QString m_passphrase;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QStringList ws(QStringList arguments) const { return arguments << QStringLiteral("--workspace") << m_workspace; }

    /// Runs iotca with no reachable keychain.
    CliRun runWithoutKeychain(const QStringList& arguments) const
    {
        QProcessEnvironment environment = iotca::test::cliEnvironment();
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                           QStringLiteral("unix:path=") + path(QStringLiteral("no-such-bus")));
        QProcess process;
        process.setProgram(iotca::test::cliProgram());
        process.setProcessEnvironment(environment);
        process.setArguments(arguments);
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

    /// The names `ca list --json` reports, or the transcript when it failed.
    QStringList caNames() const
    {
        const CliRun list = runCli(ws(args("ca", "list", "--json")));
        if (list.exitCode != 0)
            return {QString::fromUtf8(list.transcript())};
        QStringList names;
        const QJsonDocument document = list.json();
        const QJsonArray cas =
            document.isArray() ? document.array() : document.object().value(QStringLiteral("cas")).toArray();
        for (const QJsonValue& value : cas)
            names << value.toObject().value(QStringLiteral("name")).toString();
        return names;
    }

    QByteArray auditLog() const { return runCli(ws(args("audit", "show", "--json"))).out; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "run through scripts/with-test-session, which provides the keychain");
        QVERIFY(m_dir.isValid());
        m_workspace = path(QStringLiteral("workspace"));
        m_passphrase = path(QStringLiteral("pass.txt"));
        QVERIFY(writeText(m_passphrase, "atomic remember passphrase\n"));
        // A workspace with one CA already, so "nothing stored" is checked against a real state.
        const CliRun first = runCli(ws(args("ca", "create", "--name", "Existing Root", "--key", "ec:P-256", "--subject",
                                            "CN=Existing Root,O=Example", "--passphrase-file", m_passphrase)));
        QVERIFY2(first.exitCode == 0, first.transcript().constData());
    }

    void cleanupTestCase()
    {
        for (const char* name : {"Created Root", "Imported Root"})
            (void)runCli(ws(args("ca", "forget-passphrase", name)));
    }

    void createWithoutKeychainStoresNothing()
    {
        const QStringList existing = caNames();
        const QByteArray audit = auditLog();
        const QStringList create =
            ws(args("ca", "create", "--name", "Created Root", "--key", "ec:P-256", "--subject",
                    "CN=Created Root,O=Example", "--passphrase-file", m_passphrase, "--remember"));
        const CliRun refused = runWithoutKeychain(create);
        QVERIFY2(refused.exitCode == 1, refused.transcript().constData());
        QVERIFY2(refused.err.contains("The CA 'Created Root' was not stored"), refused.transcript().constData());
        QVERIFY(refused.out.isEmpty());
        QCOMPARE(caNames(), existing);
        QCOMPARE(auditLog(), audit);

        // The retry with the keychain there: no "already has a CA named".
        const CliRun retried = runCli(QStringList(create) << QStringLiteral("--json"));
        QVERIFY2(retried.exitCode == 0, retried.transcript().constData());
        QCOMPARE(retried.json().object().value(QStringLiteral("passphraseRemembered")).toBool(), true);
        QVERIFY(caNames().contains(QStringLiteral("Created Root")));
    }

    void importWithoutKeychainStoresNothing()
    {
        const QString certificate = path(QStringLiteral("import-ca.pem"));
        const QString key = path(QStringLiteral("import-ca.key"));
        const auto made = iotca::test::runOpenSsl(
            args("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", key,
                 "-out", certificate, "-subj", "/CN=Imported Root/O=Example", "-days", "365", "-addext",
                 "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign"));
        QVERIFY2(made.ok(), made.transcript().constData());
        const QStringList existing = caNames();
        const QByteArray audit = auditLog();
        const QStringList import = ws(args("ca", "import", "--name", "Imported Root", "--cert", certificate, "--key",
                                           key, "--passphrase-file", m_passphrase, "--remember"));
        const CliRun refused = runWithoutKeychain(import);
        QVERIFY2(refused.exitCode == 1, refused.transcript().constData());
        QVERIFY2(refused.err.contains("The CA 'Imported Root' was not stored"), refused.transcript().constData());
        QCOMPARE(caNames(), existing);
        QCOMPARE(auditLog(), audit);

        const CliRun retried = runCli(import);
        QVERIFY2(retried.exitCode == 0, retried.transcript().constData());
        QVERIFY(caNames().contains(QStringLiteral("Imported Root")));
    }
};

QTEST_GUILESS_MAIN(TestCliRememberAtomic)
#include "TestCliRememberAtomic.moc"
