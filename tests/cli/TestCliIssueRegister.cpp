// `iotca device issue ... --register --account A` (issue 15: "an option in Issue Devices to register right after
// issuing", the CLI equivalent) and what `device list` shows of the platform's state afterwards, against a real
// `iotca-emulator` process: the emulator's own state (GET /_emulator/state) is what the workspace is compared with.
#include "CliRunner.h"
#include "EmulatorProcess.h"
#include "tests/support/TestWorkspaces.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using iotca::test::args;
using iotca::test::CliRun;
using iotca::test::EmulatorProcess;
using iotca::test::runCli;
using iotca::test::writeText;

class TestCliIssueRegister : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    iotca::test::TestWorkspaces m_workspaces; // a folder, or a database under IOTCA_TEST_WORKSPACE_BACKEND=postgresql
    EmulatorProcess m_emulator;
    QString m_workspace;
    QString m_passphrase;
    QString m_awsKey;
    QString m_mqKey;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QStringList ws(QStringList arguments) const { return arguments << QStringLiteral("--workspace") << m_workspace; }

    static void verifyRun(const CliRun& run, int exitCode, const QByteArray& text = {})
    {
        QVERIFY2(run.exitCode == exitCode, run.transcript().constData());
        if (!text.isEmpty())
            QVERIFY2(run.out.contains(text) || run.err.contains(text), run.transcript().constData());
    }

    /// The serials (upper case) of the device certificates the emulator holds for the AWS account, with `active`.
    QMap<QString, bool> awsDevices()
    {
        const auto answer = m_emulator.admin("GET", QStringLiteral("/_emulator/state"));
        QMap<QString, bool> devices;
        const QJsonArray list = QJsonDocument::fromJson(answer.body)
                                    .object()
                                    .value(QStringLiteral("platforms"))
                                    .toObject()
                                    .value(QStringLiteral("aws"))
                                    .toObject()
                                    .value(m_awsKey)
                                    .toObject()
                                    .value(QStringLiteral("devices"))
                                    .toArray();
        for (const QJsonValue& device : list)
            devices.insert(device.toObject().value(QStringLiteral("serialHex")).toString().toUpper(),
                           device.toObject().value(QStringLiteral("active")).toBool());
        return devices;
    }

    QStringList issueArguments(const QString& ca, const QString& names, const QString& out) const
    {
        return args("device", "issue", "--ca", ca, "--product", "thing", "--names", names, "--out", path(out),
                    "--passphrase-file", m_passphrase);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "run through scripts/with-test-session, which provides the keychain");
        QVERIFY(m_dir.isValid());
        m_workspace = m_workspaces.location(path(QStringLiteral("workspace")));
        m_passphrase = path(QStringLiteral("pass.txt"));
        QVERIFY(writeText(m_passphrase, "issue and register passphrase\n"));
        m_awsKey = QStringLiteral("tst-aws-") + QString::fromLatin1(QUuid::createUuid().toByteArray(QUuid::Id128));
        m_mqKey = QStringLiteral("tst-mq-") + QString::fromLatin1(QUuid::createUuid().toByteArray(QUuid::Id128));
        const QByteArray secret = "secret-" + QUuid::createUuid().toByteArray(QUuid::Id128);
        QVERIFY2(m_emulator.start(m_dir.path(), {{m_awsKey, secret}, {m_mqKey, secret}}),
                 m_emulator.lastError().constData());
        const QString secretFile = path(QStringLiteral("secret"));
        QVERIFY(writeText(secretFile, secret + '\n'));
        verifyRun(runCli(ws(args("account", "add", "aws", "--platform", "aws-iot", "--region", "us-east-1",
                                 "--endpoint", m_emulator.url(), "--ca-bundle", m_emulator.caBundle(),
                                 "--access-key-id", m_awsKey, "--secret-file", secretFile))),
                  0);
        verifyRun(runCli(ws(args("account", "add", "mq", "--platform", "apsaramq", "--region", "cn-hangzhou",
                                 "--endpoint", m_emulator.url(), "--ca-bundle", m_emulator.caBundle(),
                                 "--access-key-id", m_mqKey, "--secret-file", secretFile, "--instance", "mqtt-emu-1"))),
                  0);
        verifyRun(runCli(ws(args("ca", "create", "--name", "Fleet", "--key", "ec:P-256", "--subject",
                                 "CN=Fleet,O=Example,C=CN", "--passphrase-file", m_passphrase))),
                  0);
        for (const char* account : {"aws", "mq"}) {
            verifyRun(
                runCli(ws(args("ca", "register", "Fleet", "--account", account, "--passphrase-file", m_passphrase))),
                0);
        }
    }

    void cleanupTestCase()
    {
        for (const char* account : {"aws", "mq"})
            (void)runCli(ws(args("account", "remove", account, "--yes")));
        m_emulator.stop();
    }

    /// Refused before any key is made: nothing issued, no folder written.
    void registerIsCheckedBeforeIssuing()
    {
        verifyRun(runCli(ws(issueArguments(QStringLiteral("Fleet"), QStringLiteral("dev-0001"), QStringLiteral("a"))
                            << QStringLiteral("--register"))),
                  2, "--register needs --account");
        // ApsaraMQ registers a device on its first connection: there is no API to register it with.
        verifyRun(runCli(ws(issueArguments(QStringLiteral("Fleet"), QStringLiteral("dev-0001"), QStringLiteral("b"))
                            << QStringLiteral("--register") << QStringLiteral("--account") << QStringLiteral("mq"))),
                  1, "does not offer this operation through its API");
        QVERIFY(!QDir(path(QStringLiteral("b"))).exists());
        const CliRun listed = runCli(ws(args("device", "list", "--ca", "Fleet", "--json")));
        verifyRun(listed, 0);
        QCOMPARE(listed.json().object().value(QStringLiteral("devices")).toArray().size(), 0);
    }

    void issueThenRegisterOnAws()
    {
        const CliRun issued =
            runCli(ws(issueArguments(QStringLiteral("Fleet"), QStringLiteral("aws-0001,aws-0002"), QStringLiteral("c"))
                      << QStringLiteral("--register") << QStringLiteral("--account") << QStringLiteral("aws")
                      << QStringLiteral("--json")));
        verifyRun(issued, 0);
        const QJsonObject report = issued.json().object();
        QCOMPARE(report.value(QStringLiteral("issued")).toInt(), 2);
        const QJsonObject registration = report.value(QStringLiteral("registration")).toObject();
        QCOMPARE(registration.value(QStringLiteral("registered")).toArray().size(), 2);
        QCOMPARE(registration.value(QStringLiteral("failed")).toArray().size(), 0);
        // What the devices need to connect, beside their files (DeviceConnectionDetails, as `device connection`).
        QCOMPARE(report.value(QStringLiteral("connectionFiles")).toArray().size(), 2);
        QFile connection(QDir(path(QStringLiteral("c"))).filePath(QStringLiteral("connection.json")));
        QVERIFY(connection.open(QIODevice::ReadOnly));
        const QJsonObject details = QJsonDocument::fromJson(connection.readAll()).object();
        QCOMPARE(details.value(QStringLiteral("platform")).toString(), QStringLiteral("aws-iot"));
        QCOMPARE(details.value(QStringLiteral("endpoint")).toObject().value(QStringLiteral("port")).toInt(), 8883);
        QVERIFY(details.value(QStringLiteral("endpoint"))
                    .toObject()
                    .value(QStringLiteral("host"))
                    .toString()
                    .endsWith(QStringLiteral(".iot.us-east-1.amazonaws.com")));
        QVERIFY(details.value(QStringLiteral("deviceCa"))
                    .toObject()
                    .value(QStringLiteral("pem"))
                    .toString()
                    .contains(QStringLiteral("BEGIN CERTIFICATE")));
        QVERIFY(QFile::exists(QDir(path(QStringLiteral("c"))).filePath(QStringLiteral("CONNECTION-README.txt"))));

        // On the platform, active; the workspace says what the platform said.
        const QMap<QString, bool> remote = awsDevices();
        QCOMPARE(remote.size(), 2);
        const CliRun listed = runCli(ws(args("device", "list", "--ca", "Fleet", "--json")));
        verifyRun(listed, 0);
        const QJsonArray devices = listed.json().object().value(QStringLiteral("devices")).toArray();
        QCOMPARE(devices.size(), 2);
        for (const QJsonValue& value : devices) {
            const QJsonObject device = value.toObject();
            const QString serial = device.value(QStringLiteral("serial")).toString();
            QVERIFY2(remote.value(serial.toUpper(), false), qPrintable(serial));
            QCOMPARE(device.value(QStringLiteral("status")).toString(), QStringLiteral("Associated"));
            QCOMPARE(device.value(QStringLiteral("platformState")).toString(), QStringLiteral("Active"));
            QCOMPARE(device.value(QStringLiteral("differsFromPlatform")).toBool(), false);
        }
        // The text form shows the platform's word too.
        const CliRun text = runCli(ws(args("device", "list", "--ca", "Fleet")));
        verifyRun(text, 0);
        QCOMPARE(text.out.count("platform:Active"), 2);

        // Text output: issued, then registered.
        const CliRun plain =
            runCli(ws(issueArguments(QStringLiteral("Fleet"), QStringLiteral("aws-0003"), QStringLiteral("d"))
                      << QStringLiteral("--register") << QStringLiteral("--account") << QStringLiteral("aws")));
        verifyRun(plain, 0, "Issued 1 device certificate");
        QVERIFY2(plain.out.contains("Connection details:"), plain.transcript().constData());
        QVERIFY2(plain.out.contains("Registered 1 device certificate"), plain.transcript().constData());
        QCOMPARE(awsDevices().size(), 3);
    }

    /// `device register --all` sends each device's current certificate: after a re-issue, the new one and not the
    /// certificate it superseded (a platform holds one certificate per device name).
    void registerAllSendsTheReissuedCertificate()
    {
        verifyRun(runCli(ws(issueArguments(QStringLiteral("Fleet"), QStringLiteral("aws-0100"), QStringLiteral("e")))),
                  0);
        QString old;
        for (const QJsonValue& value : runCli(ws(args("device", "list", "--ca", "Fleet", "--json")))
                                           .json()
                                           .object()
                                           .value(QStringLiteral("devices"))
                                           .toArray()) {
            if (value.toObject().value(QStringLiteral("deviceName")).toString() == QLatin1String("aws-0100"))
                old = value.toObject().value(QStringLiteral("serial")).toString();
        }
        QVERIFY(!old.isEmpty());
        const CliRun reissued =
            runCli(ws(args("device", "reissue", "--ca", "Fleet", "--serial", old, "--out", path(QStringLiteral("f")),
                           "--passphrase-file", m_passphrase, "--json")));
        verifyRun(reissued, 0);
        const QString current = reissued.json().object().value(QStringLiteral("serial")).toString();
        const CliRun registered =
            runCli(ws(args("device", "register", "--ca", "Fleet", "--account", "aws", "--all", "--json")));
        verifyRun(registered, 0);
        const QJsonObject report = registered.json().object();
        QCOMPARE(report.value(QStringLiteral("registered")).toArray(), QJsonArray {current});
        QCOMPARE(report.value(QStringLiteral("alreadyOnPlatform")).toArray().size(), 3); // aws-0001..0003
        QVERIFY(!report.value(QStringLiteral("alreadyOnPlatform")).toArray().contains(old));
        const QMap<QString, bool> remote = awsDevices();
        QVERIFY(remote.value(current.toUpper(), false));
        QVERIFY(!remote.contains(old.toUpper()));
    }
};

QTEST_GUILESS_MAIN(TestCliIssueRegister)
#include "TestCliIssueRegister.moc"
