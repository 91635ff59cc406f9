#include "CliRunner.h"
#include "EmulatorProcess.h"

#include "tests/support/CheckStep.h"
#include "tests/support/TestWorkspaces.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <csignal>
#include <sys/types.h>

using iotca::test::args;
using iotca::test::CliRun;
using iotca::test::EmulatorProcess;
using iotca::test::runCli;
using iotca::test::writeText;

namespace {

QByteArray randomToken()
{
    return QUuid::createUuid().toByteArray(QUuid::Id128);
}

/// Whether `output` matches `pattern`, with "(s)" of untranslated plurals read as "s" ("3 device certificate(s)").
bool says(const QByteArray& output, const QString& pattern)
{
    return QRegularExpression(pattern)
        .match(QString::fromUtf8(output).replace(QStringLiteral("(s)"), QStringLiteral("s")))
        .hasMatch();
}

/// The element of `array` whose `key` is `value`; empty when none.
QJsonObject findBy(const QJsonArray& array, const QString& key, const QString& value)
{
    for (const QJsonValue& element : array) {
        if (element.toObject().value(key).toString() == value)
            return element.toObject();
    }
    return {};
}

} // namespace

/// The platform commands of the real `iotca` binary (`account ...`, `ca register|activate|deactivate|delete --account|
/// remote-list|sync`, `device activate|deactivate|delete --account|remote-list`) against a real `iotca-emulator` the
/// test starts itself, with a keychain from scripts/with-test-session.
///
/// Device certificates must exist on the platform for the device commands: the test uses ApsaraMQ for MQTT, whose
/// broker registers a device certificate on the device's first connection; the emulator's
/// /_emulator/apsaramq/connect-device hook plays that device. Tencent Cloud IoT Hub covers a registration code given
/// with --code (its console shows it; the emulator's is derived from the SecretId).
class TestCliPlatform : public QObject
{
    Q_OBJECT

private:
    struct Credentials
    {
        QString keyId;
        QByteArray secret;
        QString secretFile;
    };

    QTemporaryDir m_dir;
    iotca::test::TestWorkspaces m_workspaces; // a folder, or a database under IOTCA_TEST_WORKSPACE_BACKEND=postgresql
    EmulatorProcess m_emulator;
    QString m_workspace;
    QString m_passphrase;
    Credentials m_mq; // ApsaraMQ account "mq": registrations and devices
    Credentials m_full; // ApsaraMQ account "full": the CA limit
    Credentials m_tencent; // Tencent account "tc": a given registration code
    QStringList m_devicesSerials;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QStringList ws(QStringList arguments) const { return arguments << QStringLiteral("--workspace") << m_workspace; }
    QStringList ws2(QStringList arguments) const
    {
        return arguments << QStringLiteral("--workspace") << path(QStringLiteral("workspace2"));
    }

    Credentials makeCredentials(const QString& name)
    {
        Credentials credentials {QStringLiteral("tst-") + name + QLatin1Char('-') + QString::fromLatin1(randomToken()),
                                 "secret-" + randomToken(), path(name + QStringLiteral(".secret"))};
        // A trailing line break, as `echo` writes it: the CLI strips it.
        (void)writeText(credentials.secretFile, credentials.secret + '\n');
        return credentials;
    }

    CliRun addAccount(const QString& name, const QString& platform, const QString& region,
                      const Credentials& credentials, QStringList extra = {}) const
    {
        return runCli(ws(args("account", "add", name, "--platform", platform, "--region", region, "--endpoint",
                              m_emulator.url(), "--ca-bundle", m_emulator.caBundle(), "--access-key-id",
                              credentials.keyId, "--secret-file", credentials.secretFile)
                         + extra));
    }

    void createCa(const QString& name) const
    {
        const CliRun created =
            runCli(ws(args("ca", "create", "--name", name, "--key", "ec:P-256", "--subject",
                           QStringLiteral("CN=%1,O=Example,C=CN").arg(name), "--passphrase-file", m_passphrase)));
        QVERIFY2(created.exitCode == 0, created.transcript().constData());
    }

    CliRun registerCa(const QString& name, const QString& account, QStringList extra = {}) const
    {
        return runCli(
            ws(args("ca", "register", name, "--account", account, "--passphrase-file", m_passphrase) + extra));
    }

    /// `ca remote-list --json`'s "cas".
    QJsonArray remoteCas(const QString& account, bool secondWorkspace = false) const
    {
        const QStringList command = args("ca", "remote-list", "--account", account, "--json");
        const CliRun listed = runCli(secondWorkspace ? ws2(command) : ws(command));
        if (listed.exitCode != 0)
            qWarning("%s", listed.transcript().constData());
        return listed.json().object().value(QStringLiteral("cas")).toArray();
    }

    /// Device serial -> status, as `device remote-list --json` (remote) or `device list --json` (workspace) says.
    QMap<QString, QString> deviceStatuses(const QString& ca, bool remote) const
    {
        const CliRun listed = runCli(ws(remote ? args("device", "remote-list", "--ca", ca, "--account", "mq", "--json")
                                               : args("device", "list", "--ca", ca, "--json")));
        QMap<QString, QString> statuses;
        if (listed.exitCode != 0)
            qWarning("%s", listed.transcript().constData());
        for (const QJsonValue& device : listed.json().object().value(QStringLiteral("devices")).toArray())
            statuses.insert(device.toObject().value(QStringLiteral("serial")).toString(),
                            device.toObject().value(QStringLiteral("status")).toString());
        return statuses;
    }

    static void verifyRun(const CliRun& run, int exitCode, const QByteArray& errorText = {})
    {
        QVERIFY2(run.exitCode == exitCode, run.transcript().constData());
        if (!errorText.isEmpty())
            QVERIFY2(run.err.contains(errorText), run.transcript().constData());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "run through scripts/with-test-session, which provides the keychain");
        QVERIFY(m_dir.isValid());
        m_workspace = m_workspaces.location(path(QStringLiteral("workspace")));
        m_passphrase = path(QStringLiteral("pass.txt"));
        QVERIFY(writeText(m_passphrase, "platform test passphrase\n"));
        m_mq = makeCredentials(QStringLiteral("mq"));
        m_full = makeCredentials(QStringLiteral("full"));
        m_tencent = makeCredentials(QStringLiteral("tc"));
        QVERIFY2(m_emulator.start(
                     m_dir.path(),
                     {{m_mq.keyId, m_mq.secret}, {m_full.keyId, m_full.secret}, {m_tencent.keyId, m_tencent.secret}}),
                 m_emulator.lastError().constData());
    }

    void cleanupTestCase()
    {
        // Leave nothing behind in the session's keychain.
        for (const char* account : {"mq", "full", "tc"})
            (void)runCli(ws(args("account", "remove", account, "--yes")));
        m_emulator.stop();
    }

    void accountAddListAndNoSecretAtRest()
    {
        verifyRun(addAccount(QStringLiteral("mq"), QStringLiteral("apsaramq"), QStringLiteral("cn-hangzhou"), m_mq,
                             args("--instance", "mqtt-emu-1")),
                  0);
        verifyRun(addAccount(QStringLiteral("full"), QStringLiteral("apsaramq-mqtt"), QStringLiteral("cn-hangzhou"),
                             m_full, args("--instance", "mqtt-emu-2")),
                  0);
        verifyRun(addAccount(QStringLiteral("tc"), QStringLiteral("tencent-iothub"), QStringLiteral("ap-guangzhou"),
                             m_tencent, args("--product", "EMUPRD0001")),
                  0);

        // Usage and validation errors; nothing is added.
        verifyRun(addAccount(QStringLiteral("bad"), QStringLiteral("azure"), QStringLiteral("x"), m_mq), 2,
                  "Unknown platform 'azure'");
        verifyRun(addAccount(QStringLiteral("mq"), QStringLiteral("apsaramq"), QStringLiteral("cn-hangzhou"), m_mq,
                             args("--instance", "mqtt-emu-1")),
                  1, "already a platform account named 'mq'");
        verifyRun(
            addAccount(QStringLiteral("noinstance"), QStringLiteral("apsaramq"), QStringLiteral("cn-hangzhou"), m_mq),
            1, "instance id");
        verifyRun(runCli(ws(args("account", "add", "nosecret", "--platform", "aws-iot", "--region", "us-east-1",
                                 "--access-key-id", "AKIDEXAMPLE"))),
                  2, "--secret-file");

        for (const bool json : {false, true}) {
            const CliRun listed = runCli(ws(json ? args("account", "list", "--json") : args("account", "list")));
            verifyRun(listed, 0);
            for (const Credentials* credentials : {&m_mq, &m_full, &m_tencent}) {
                QVERIFY2(!listed.out.contains(credentials->secret), listed.out.constData());
                QVERIFY2(!listed.out.contains(credentials->keyId.toUtf8()), listed.out.constData());
            }
            if (!json) {
                QVERIFY2(listed.out.contains("mq") && listed.out.contains("tencent-iothub"), listed.out.constData());
                continue;
            }
            const QJsonArray accounts = listed.json().object().value(QStringLiteral("accounts")).toArray();
            QCOMPARE(accounts.size(), 3);
            const QJsonObject mq = findBy(accounts, QStringLiteral("name"), QStringLiteral("mq"));
            QCOMPARE(mq.value(QStringLiteral("platform")).toString(), QStringLiteral("apsaramq-mqtt"));
            QCOMPARE(mq.value(QStringLiteral("endpoint")).toString(), m_emulator.url());
            QCOMPARE(mq.value(QStringLiteral("instanceId")).toString(), QStringLiteral("mqtt-emu-1"));
            QCOMPARE(mq.value(QStringLiteral("hasCredentials")).toBool(), true);
        }

        // Neither the secret nor the AccessKey ID is anywhere in the workspace's files (database, WAL, ...).
        const QDir folder(m_workspace);
        for (const QString& name : folder.entryList(QDir::Files | QDir::Hidden)) {
            QFile file(folder.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            for (const Credentials* credentials : {&m_mq, &m_full, &m_tencent}) {
                QVERIFY2(!bytes.contains(credentials->secret), qPrintable(name));
                QVERIFY2(!bytes.contains(credentials->keyId.toUtf8()), qPrintable(name));
            }
        }

        // Removing an account removes it from the list (and its keychain entry).
        verifyRun(addAccount(QStringLiteral("temp"), QStringLiteral("aws-iot"), QStringLiteral("us-east-1"), m_mq), 0);
        verifyRun(runCli(ws(args("account", "remove", "temp"))), 0);
        const CliRun after = runCli(ws(args("account", "list", "--json")));
        QVERIFY(findBy(after.json().object().value(QStringLiteral("accounts")).toArray(), QStringLiteral("name"),
                       QStringLiteral("temp"))
                    .isEmpty());
        verifyRun(runCli(ws(args("account", "remove", "temp"))), 1, "no platform account named 'temp'");
    }

    void accountTestAndWrongSecret()
    {
        const CliRun ok = runCli(ws(args("account", "test", "mq")));
        verifyRun(ok, 0);
        QVERIFY2(ok.out.startsWith("OK"), ok.transcript().constData());

        Credentials wrong = m_mq;
        wrong.secretFile = path(QStringLiteral("wrong.secret"));
        QVERIFY(writeText(wrong.secretFile, "not-the-secret\n"));
        verifyRun(addAccount(QStringLiteral("wrong"), QStringLiteral("apsaramq"), QStringLiteral("cn-hangzhou"), wrong,
                             args("--instance", "mqtt-emu-1")),
                  0);
        const CliRun refused = runCli(ws(args("account", "test", "wrong")));
        verifyRun(refused, 1, "rejected the request signature");
        QVERIFY2(refused.err.contains("error code: SignatureDoesNotMatch"), refused.transcript().constData());
        QVERIFY(refused.out.isEmpty());
        verifyRun(runCli(ws(args("account", "remove", "wrong"))), 0);
    }

    void unknownAccount()
    {
        CHECK_STEP(createCa(QStringLiteral("MqRoot")));
        verifyRun(registerCa(QStringLiteral("MqRoot"), QStringLiteral("nope")), 1, "no platform account named 'nope'");
        verifyRun(runCli(ws(args("ca", "remote-list", "--account", "nope"))), 1, "no platform account named 'nope'");
        verifyRun(runCli(ws(args("account", "test", "nope"))), 1, "no platform account named 'nope'");
        verifyRun(runCli(ws(args("ca", "remote-list"))), 2, "--account");
    }

    void registerWithFetchedCode()
    {
        const CliRun registered = registerCa(QStringLiteral("MqRoot"), QStringLiteral("mq"), args("--json"));
        verifyRun(registered, 0);
        const QJsonObject registration = registered.json().object();
        QCOMPARE(registration.value(QStringLiteral("status")).toString(), QStringLiteral("Activated"));
        QCOMPARE(registration.value(QStringLiteral("account")).toString(), QStringLiteral("mq"));
        QVERIFY(!registration.value(QStringLiteral("registrationCode")).toString().isEmpty());
        const QString remoteId = registration.value(QStringLiteral("remoteId")).toString();
        QVERIFY(!remoteId.isEmpty());

        const QJsonObject remote = findBy(remoteCas(QStringLiteral("mq")), QStringLiteral("remoteId"), remoteId);
        QCOMPARE(remote.value(QStringLiteral("workspaceCa")).toString(), QStringLiteral("MqRoot"));
        QCOMPARE(remote.value(QStringLiteral("name")).toString(), QStringLiteral("MqRoot"));
        QCOMPARE(remote.value(QStringLiteral("status")).toString(), QStringLiteral("Active"));
        QCOMPARE(remote.value(QStringLiteral("registrationCode")).toString(),
                 registration.value(QStringLiteral("registrationCode")).toString());

        verifyRun(registerCa(QStringLiteral("MqRoot"), QStringLiteral("mq")), 1, "already registered");
    }

    void registerWithGivenCode()
    {
        CHECK_STEP(createCa(QStringLiteral("Tencent Root")));
        // Tencent shows the code only in its console: --code is required.
        verifyRun(registerCa(QStringLiteral("Tencent Root"), QStringLiteral("tc")), 2, "--code");
        // The emulator's console code: the first 32 hex digits of SHA-256(SecretId).
        const QString code = QString::fromLatin1(
            QCryptographicHash::hash(m_tencent.keyId.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
        // "Tencent Root" breaks Tencent's name rule (no spaces): refused before anything is sent, with the option
        // that fixes it named before the error code (still the last line).
        const CliRun refused = registerCa(QStringLiteral("Tencent Root"), QStringLiteral("tc"), args("--code", code));
        verifyRun(refused, 1, "error code: Preflight.CaName");
        QVERIFY2(refused.err.contains("hint: pass --remote-name NAME"), refused.transcript().constData());
        QVERIFY2(refused.err.trimmed().endsWith("error code: Preflight.CaName"), refused.transcript().constData());
        const CliRun registered = registerCa(QStringLiteral("Tencent Root"), QStringLiteral("tc"),
                                             args("--code", code, "--remote-name", "TencentRoot"));
        verifyRun(registered, 0);
        QVERIFY2(registered.out.contains("'TencentRoot'"), registered.transcript().constData());
        const QJsonArray cas = remoteCas(QStringLiteral("tc"));
        QCOMPARE(cas.size(), 1);
        QCOMPARE(cas.at(0).toObject().value(QStringLiteral("workspaceCa")).toString(), QStringLiteral("Tencent Root"));

        // Tencent has no CA activate/deactivate API.
        verifyRun(runCli(ws(args("ca", "deactivate", "Tencent Root", "--account", "tc"))), 1,
                  "error code: Preflight.Unsupported");
    }

    void wrongRegistrationCode()
    {
        CHECK_STEP(createCa(QStringLiteral("WrongCodeRoot")));
        const CliRun refused = registerCa(QStringLiteral("WrongCodeRoot"), QStringLiteral("mq"),
                                          args("--code", "0123456789abcdef0123456789abcdef"));
        verifyRun(refused, 1, "not the registration code");
        QVERIFY2(refused.err.contains("error code: RegisterCodeError"), refused.transcript().constData());
        QVERIFY(
            findBy(remoteCas(QStringLiteral("mq")), QStringLiteral("name"), QStringLiteral("WrongCodeRoot")).isEmpty());
        // Nothing was recorded: registering with a fetched code works.
        verifyRun(registerCa(QStringLiteral("WrongCodeRoot"), QStringLiteral("mq")), 0);
    }

    void eleventhCaRefusedByThePlatform()
    {
        // No ApsaraMQ document states how many CAs an instance takes: nothing is refused locally, and the
        // platform's CaNumExceed is shown as the platform's. The emulator is told a number for this test.
        const auto limited = m_emulator.admin("POST", QStringLiteral("/_emulator/apsaramq/ca-limit?count=10"));
        QVERIFY2(limited.httpStatus == 200, limited.body.constData());
        for (int i = 1; i <= 10; ++i) {
            const QString name = QStringLiteral("Limit%1").arg(i, 2, 10, QLatin1Char('0'));
            CHECK_STEP(createCa(name));
            verifyRun(registerCa(name, QStringLiteral("full")), 0);
        }
        CHECK_STEP(createCa(QStringLiteral("Limit11")));
        const CliRun refused = registerCa(QStringLiteral("Limit11"), QStringLiteral("full"));
        verifyRun(refused, 1, "ApsaraMQ refused another CA certificate (CaNumExceed: CA certificate num exceed)");
        QVERIFY2(refused.err.contains("error code: CaNumExceed"), refused.transcript().constData());
        QVERIFY(m_emulator.admin("POST", QStringLiteral("/_emulator/apsaramq/ca-limit?count=0")).httpStatus == 200);
        const QJsonArray cas = remoteCas(QStringLiteral("full"));
        QCOMPARE(cas.size(), 10);
        QVERIFY(findBy(cas, QStringLiteral("name"), QStringLiteral("Limit11")).isEmpty());
    }

    void deviceStatusOnPlatform()
    {
        CHECK_STEP(createCa(QStringLiteral("DeviceRoot")));
        verifyRun(registerCa(QStringLiteral("DeviceRoot"), QStringLiteral("mq")), 0);
        const QString csv = path(QStringLiteral("devices.csv"));
        const CliRun issued = runCli(
            ws(args("device", "issue", "--ca", "DeviceRoot", "--product", "pkmq1", "--names",
                    "dev-0001,dev-0002,dev-0003", "--profile", "apsaramq", "--out", path(QStringLiteral("devices")),
                    "--csv", csv, "--passphrase-file", m_passphrase, "--json")));
        verifyRun(issued, 0);
        m_devicesSerials.clear();
        for (const QJsonValue& device : issued.json().object().value(QStringLiteral("devices")).toArray()) {
            m_devicesSerials.append(device.toObject().value(QStringLiteral("serial")).toString());
            // The broker registers a device certificate when the device first connects with it.
            QFile certificate(device.toObject().value(QStringLiteral("certificateFile")).toString());
            QVERIFY(certificate.open(QIODevice::ReadOnly));
            const auto answer = m_emulator.admin(
                "POST", QStringLiteral("/_emulator/apsaramq/connect-device?accessKeyId=%1").arg(m_mq.keyId),
                certificate.readAll());
            QVERIFY2(answer.httpStatus == 200, answer.body.constData());
        }
        QCOMPARE(m_devicesSerials.size(), 3);
        const QString s1 = m_devicesSerials.at(0);
        const QString s2 = m_devicesSerials.at(1);
        const QString s3 = m_devicesSerials.at(2);
        QMap<QString, QString> remote = deviceStatuses(QStringLiteral("DeviceRoot"), true);
        QCOMPARE(remote.size(), 3);
        QCOMPARE(remote.value(s1), QStringLiteral("Active"));

        // --serial, repeated and comma-separated, in any case.
        const CliRun deactivated = runCli(ws(args("device", "deactivate", "--ca", "DeviceRoot", "--account", "mq",
                                                  "--serial", s1.toLower(), "--serial", s2 + QStringLiteral(","))));
        verifyRun(deactivated, 0);
        QVERIFY2(says(deactivated.out, QStringLiteral("Deactivated 2 device certificates")),
                 deactivated.transcript().constData());
        remote = deviceStatuses(QStringLiteral("DeviceRoot"), true);
        QCOMPARE(remote.value(s1), QStringLiteral("Inactive"));
        QCOMPARE(remote.value(s2), QStringLiteral("Inactive"));
        QCOMPARE(remote.value(s3), QStringLiteral("Active"));
        QMap<QString, QString> local = deviceStatuses(QStringLiteral("DeviceRoot"), false);
        QCOMPARE(local.value(s1), QStringLiteral("Inactivated"));
        // The platform lists s3 as active (its device connected): read back, the workspace says so too.
        QCOMPARE(local.value(s3), QStringLiteral("Associated"));

        // --csv: the association CSV the issue wrote.
        const CliRun activated =
            runCli(ws(args("device", "activate", "--ca", "DeviceRoot", "--account", "mq", "--csv", csv)));
        verifyRun(activated, 0);
        QVERIFY2(says(activated.out, QStringLiteral("Activated 3 device certificates")),
                 activated.transcript().constData());
        remote = deviceStatuses(QStringLiteral("DeviceRoot"), true);
        QCOMPARE(remote.values(), QStringList(3, QStringLiteral("Active")));
        local = deviceStatuses(QStringLiteral("DeviceRoot"), false);
        QCOMPARE(local.values(), QStringList(3, QStringLiteral("Associated")));

        // An unknown serial: nothing changes.
        verifyRun(runCli(ws(args("device", "deactivate", "--ca", "DeviceRoot", "--account", "mq", "--serial",
                                 s1 + QStringLiteral(",ABCDEF01")))),
                  1, "nothing was changed");
        QCOMPARE(deviceStatuses(QStringLiteral("DeviceRoot"), true).value(s1), QStringLiteral("Active"));
        verifyRun(runCli(ws(args("device", "activate", "--ca", "DeviceRoot", "--account", "mq"))), 2,
                  "--serial or --csv");
    }

    void caDeactivateActivateDeleteCascade()
    {
        QCOMPARE(m_devicesSerials.size(), 3);
        const CliRun deactivated = runCli(ws(args("ca", "deactivate", "DeviceRoot", "--account", "mq")));
        verifyRun(deactivated, 0);
        QVERIFY2(says(deactivated.out, QStringLiteral("; 3 device certificates deactivated")),
                 deactivated.transcript().constData());
        QCOMPARE(findBy(remoteCas(QStringLiteral("mq")), QStringLiteral("workspaceCa"), QStringLiteral("DeviceRoot"))
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("Inactive"));
        QCOMPARE(deviceStatuses(QStringLiteral("DeviceRoot"), false).values(),
                 QStringList(3, QStringLiteral("Inactivated")));

        const CliRun activated = runCli(ws(args("ca", "activate", "DeviceRoot", "--account", "mq")));
        verifyRun(activated, 0);
        QVERIFY2(says(activated.out, QStringLiteral("; 3 device certificates reactivated")),
                 activated.transcript().constData());
        QCOMPARE(deviceStatuses(QStringLiteral("DeviceRoot"), false).values(),
                 QStringList(3, QStringLiteral("Associated")));

        // Deleting one device certificate on the platform: confirmation, then gone there and marked Deleted here.
        const QString s3 = m_devicesSerials.at(2);
        verifyRun(runCli(ws(args("device", "delete", "--ca", "DeviceRoot", "--account", "mq", "--serial", s3))), 2,
                  "--yes");
        verifyRun(
            runCli(ws(args("device", "delete", "--ca", "DeviceRoot", "--account", "mq", "--serial", s3, "--yes"))), 0);
        QMap<QString, QString> remote = deviceStatuses(QStringLiteral("DeviceRoot"), true);
        QCOMPARE(remote.size(), 2);
        QVERIFY(!remote.contains(s3));
        QCOMPARE(deviceStatuses(QStringLiteral("DeviceRoot"), false).value(s3), QStringLiteral("Deleted"));

        // Deleting the CA on the platform needs confirmation and cascades to its device certificates.
        verifyRun(runCli(ws(args("ca", "delete", "DeviceRoot", "--account", "mq"))), 2, "--yes");
        const CliRun deleted = runCli(ws(args("ca", "delete", "DeviceRoot", "--account", "mq", "--yes")));
        verifyRun(deleted, 0);
        QVERIFY2(says(deleted.out, QStringLiteral("; \\d+ device certificates? deleted")),
                 deleted.transcript().constData());
        QVERIFY(findBy(remoteCas(QStringLiteral("mq")), QStringLiteral("workspaceCa"), QStringLiteral("DeviceRoot"))
                    .isEmpty());
        QCOMPARE(deviceStatuses(QStringLiteral("DeviceRoot"), false).values(),
                 QStringList(3, QStringLiteral("Deleted")));
        // The workspace keeps the CA.
        verifyRun(runCli(ws(args("ca", "show", "DeviceRoot"))), 0);
    }

    void syncFindsChangesMadeElsewhere()
    {
        // A copy of the workspace (same accounts, same keychain entries) changes the platform behind our back.
        if (iotca::test::TestWorkspaces::postgres()) {
            // A team workspace is backed up on its server (pg_dump), not by `workspace backup`: copy it into the
            // folder instead, the documented way out of a team workspace (docs/cli.md, `workspace copy`).
            verifyRun(runCli(ws(args("workspace", "copy", "--to", path(QStringLiteral("workspace2"))))), 0);
        } else {
            const QString backup = path(QStringLiteral("backup.db"));
            verifyRun(runCli(ws(args("workspace", "backup", backup))), 0);
            verifyRun(runCli(ws2(args("workspace", "restore", backup))), 0);
        }
        verifyRun(runCli(ws2(args("ca", "deactivate", "MqRoot", "--account", "mq"))), 0);
        verifyRun(runCli(ws2(args("ca", "delete", "Tencent Root", "--account", "tc", "--yes"))), 0);

        CliRun synced = runCli(ws(args("ca", "sync", "--account", "mq", "--json")));
        verifyRun(synced, 0);
        QJsonObject mq = synced.json().object().value(QStringLiteral("accounts")).toArray().at(0).toObject();
        QCOMPARE(mq.value(QStringLiteral("account")).toString(), QStringLiteral("mq"));
        QCOMPARE(mq.value(QStringLiteral("changed")).toInt(), 1);
        QCOMPARE(mq.value(QStringLiteral("vanished")).toInt(), 0);
        QVERIFY(mq.value(QStringLiteral("checked")).toInt() >= 2);
        synced = runCli(ws(args("ca", "sync", "--account", "mq", "--json")));
        verifyRun(synced, 0);
        mq = synced.json().object().value(QStringLiteral("accounts")).toArray().at(0).toObject();
        QCOMPARE(mq.value(QStringLiteral("changed")).toInt(), 0);

        // Every account: the Tencent CA is gone.
        synced = runCli(ws(args("ca", "sync")));
        verifyRun(synced, 0);
        QVERIFY2(
            says(synced.out, QStringLiteral("tc: 1 registrations? checked, 0 changed, 1 no longer on the platform")),
            synced.transcript().constData());
        const QJsonArray accounts =
            runCli(ws(args("account", "list", "--json"))).json().object().value(QStringLiteral("accounts")).toArray();
        QCOMPARE(findBy(accounts, QStringLiteral("name"), QStringLiteral("tc")).value(QStringLiteral("registrations")),
                 QJsonValue(0));
        QCOMPARE(
            findBy(accounts, QStringLiteral("name"), QStringLiteral("full")).value(QStringLiteral("registrations")),
            QJsonValue(10));
    }

    void ctrlCCancelsRequest()
    {
        // The emulator holds the next answer for 30 s; Ctrl-C must end the wait at once, with nothing recorded.
        const auto delayed = m_emulator.admin("POST", QStringLiteral("/_emulator/delay-next?ms=30000&count=1"));
        QVERIFY2(delayed.httpStatus == 200, delayed.body.constData());
        QProcess process;
        process.setProgram(iotca::test::cliProgram());
        process.setProcessEnvironment(iotca::test::cliEnvironment());
        process.setArguments(ws(args("ca", "sync", "--account", "mq")));
        process.start();
        QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));
        process.closeWriteChannel();
        // Time to read the keychain and send the request.
        QVERIFY(!process.waitForFinished(3000));
        QDeadlineTimer sinceSignal(10000);
        QCOMPARE(::kill(pid_t(process.processId()), SIGINT), 0);
        QVERIFY2(process.waitForFinished(15000), "iotca did not stop after Ctrl-C");
        QVERIFY(!sinceSignal.hasExpired());
        const QByteArray transcript = "exit " + QByteArray::number(process.exitCode()) + "\n"
            + process.readAllStandardOutput() + process.readAllStandardError();
        QVERIFY2(process.exitStatus() == QProcess::NormalExit, transcript.constData());
        QVERIFY2(process.exitCode() == 1, transcript.constData());
        QVERIFY2(transcript.contains("error code: Cancelled"), transcript.constData());
    }

    void auditRecordsWithoutCredentials()
    {
        const CliRun show = runCli(ws(args("audit", "show", "--json")));
        verifyRun(show, 0);
        QStringList actions;
        for (const QJsonValue& entry : show.json().object().value(QStringLiteral("entries")).toArray())
            actions.append(entry.toObject().value(QStringLiteral("action")).toString());
        for (const char* action : {"account.added", "account.removed", "ca.registered", "ca.deactivated",
                                   "ca.activated", "ca.deleted_remote"})
            QVERIFY2(actions.contains(QLatin1String(action)), action);
        for (const Credentials* credentials : {&m_mq, &m_full, &m_tencent}) {
            QVERIFY(!show.out.contains(credentials->secret));
            QVERIFY(!show.out.contains(credentials->keyId.toUtf8()));
        }
        const CliRun verify = runCli(ws(args("audit", "verify", "--json")));
        verifyRun(verify, 0);
        QCOMPARE(verify.json().object().value(QStringLiteral("intact")).toBool(), true);
    }
};

QTEST_GUILESS_MAIN(TestCliPlatform)
#include "TestCliPlatform.moc"
