#include "CliRunner.h"
#include "EmulatorProcess.h"

#include "tests/support/CheckStep.h"
#include "tests/support/TestWorkspaces.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using iotca::test::args;
using iotca::test::CliRun;
using iotca::test::EmulatorProcess;
using iotca::test::runCli;
using iotca::test::writeText;

namespace {

/// "00AB12" and "ab12" are the same serial.
QString serialKey(QString serial)
{
    serial = serial.toUpper();
    while (serial.size() > 1 && serial.startsWith(QLatin1Char('0')))
        serial.remove(0, 1);
    return serial;
}

/// Whether `output` matches `pattern`, with "(s)" of untranslated plurals read as "s".
bool says(const QByteArray& output, const QString& pattern)
{
    return QRegularExpression(pattern)
        .match(QString::fromUtf8(output).replace(QStringLiteral("(s)"), QStringLiteral("s")))
        .hasMatch();
}

} // namespace

/// "What the workspace says about a platform is what the platform says" (issue 15), driven through the real `iotca`
/// against a real `iotca-emulator`, comparing after EVERY step the workspace's status of every device certificate
/// with the emulator's own state (GET /_emulator/state: the state file, not our connector's reading of it), and the
/// counts the CLI prints with what the emulator did:
/// - defect 1: Tencent Cloud IoT Hub and AWS IoT Core device certificates reach the platform (`device register`);
/// - defect 2: ApsaraMQ device certificates registered by the broker on first connection reach the workspace
///   (`ca sync`, and the read-back after every CA and device status change);
/// - issue 16 item 3: a registration whose answer was lost is adopted by `ca sync`;
/// - the "Done when" flow for ApsaraMQ, Tencent and AWS: issue -> register/associate -> deactivate one device -> CA
///   deactivate -> CA activate -> sync -> delete.
class TestCliPlatformTruth : public QObject
{
    Q_OBJECT

private:
    struct Account
    {
        QString name;
        QString platformKey; ///< the emulator state's platform key: apsaramq, tencent, aws
        QString keyId;
        QByteArray secret;
    };

    QTemporaryDir m_dir;
    iotca::test::TestWorkspaces m_workspaces; // a folder, or a database under IOTCA_TEST_WORKSPACE_BACKEND=postgresql
    EmulatorProcess m_emulator;
    QString m_workspace;
    QString m_passphrase;
    Account m_mq {QStringLiteral("mq"), QStringLiteral("apsaramq"), {}, {}};
    Account m_tc {QStringLiteral("tc"), QStringLiteral("tencent"), {}, {}};
    Account m_aws {QStringLiteral("aws"), QStringLiteral("aws"), {}, {}};

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QStringList ws(QStringList arguments) const { return arguments << QStringLiteral("--workspace") << m_workspace; }

    static void verifyRun(const CliRun& run, int exitCode, const QByteArray& text = {})
    {
        QVERIFY2(run.exitCode == exitCode, run.transcript().constData());
        if (!text.isEmpty())
            QVERIFY2(run.out.contains(text) || run.err.contains(text), run.transcript().constData());
    }

    static void verifySays(const CliRun& run, const QString& pattern)
    {
        QVERIFY2(run.exitCode == 0, run.transcript().constData());
        QVERIFY2(says(run.out, pattern), run.transcript().constData());
    }

    /// Creates and registers a CA; `extra` goes to `ca register`.
    void createAndRegister(const QString& ca, const Account& account, const QStringList& extra = {})
    {
        verifyRun(runCli(ws(args("ca", "create", "--name", ca, "--key", "ec:P-256", "--subject",
                                 QStringLiteral("CN=%1,O=Example,C=CN").arg(ca), "--passphrase-file", m_passphrase))),
                  0);
        verifyRun(runCli(ws(args("ca", "register", ca, "--account", account.name, "--passphrase-file", m_passphrase)
                            + extra)),
                  0);
    }

    /// Issues `names` under `ca`; returns the serials in order (through `serials`).
    void issue(const QString& ca, const QString& product, const QString& profile, const QStringList& names,
               QStringList& serials, QStringList* files = nullptr)
    {
        const CliRun issued = runCli(ws(args(
            "device", "issue", "--ca", ca, "--product", product, "--names", names.join(QLatin1Char(',')), "--profile",
            profile, "--out", path(ca + QStringLiteral("-devices")), "--passphrase-file", m_passphrase, "--json")));
        verifyRun(issued, 0);
        serials.clear();
        for (const QJsonValue& device : issued.json().object().value(QStringLiteral("devices")).toArray()) {
            serials.append(device.toObject().value(QStringLiteral("serial")).toString());
            if (files)
                files->append(device.toObject().value(QStringLiteral("certificateFile")).toString());
        }
        QCOMPARE(serials.size(), names.size());
    }

    /// serial key -> active, of the device certificates the emulator holds for `account`.
    QMap<QString, bool> emulatorDevices(const Account& account)
    {
        const auto answer = m_emulator.admin("GET", QStringLiteral("/_emulator/state"));
        QMap<QString, bool> devices;
        if (answer.httpStatus != 200) {
            qWarning("emulator state: %s", answer.body.constData());
            return devices;
        }
        const QJsonObject state = QJsonDocument::fromJson(answer.body).object();
        const QJsonArray list = state.value(QStringLiteral("platforms"))
                                    .toObject()
                                    .value(account.platformKey)
                                    .toObject()
                                    .value(account.keyId)
                                    .toObject()
                                    .value(QStringLiteral("devices"))
                                    .toArray();
        for (const QJsonValue& device : list)
            devices.insert(serialKey(device.toObject().value(QStringLiteral("serialHex")).toString()),
                           device.toObject().value(QStringLiteral("active")).toBool());
        return devices;
    }

    /// serial key -> status, as `device list --json` records it.
    QMap<QString, QString> workspaceDevices(const QString& ca) const
    {
        const CliRun listed = runCli(ws(args("device", "list", "--ca", ca, "--json")));
        QMap<QString, QString> statuses;
        if (listed.exitCode != 0)
            qWarning("%s", listed.transcript().constData());
        for (const QJsonValue& device : listed.json().object().value(QStringLiteral("devices")).toArray())
            statuses.insert(serialKey(device.toObject().value(QStringLiteral("serial")).toString()),
                            device.toObject().value(QStringLiteral("status")).toString());
        return statuses;
    }

    /// The workspace's state of every device certificate of `ca` equals the emulator's: Active <-> Associated,
    /// Inactive <-> Inactivated, not on the platform <-> Issued or Deleted. `serials` are the CA's devices.
    void verifyInLine(const QString& step, const QString& ca, const QStringList& serials, const Account& account)
    {
        const QMap<QString, bool> remote = emulatorDevices(account);
        const QMap<QString, QString> local = workspaceDevices(ca);
        QCOMPARE(local.size(), serials.size());
        for (const QString& serial : serials) {
            const QString key = serialKey(serial);
            const QString status = local.value(key);
            QString expected;
            if (!remote.contains(key))
                expected = status == QLatin1String("Deleted") ? QStringLiteral("Deleted") : QStringLiteral("Issued");
            else
                expected = remote.value(key) ? QStringLiteral("Associated") : QStringLiteral("Inactivated");
            const QByteArray what = QStringLiteral("after '%1': %2 is %3 in the workspace, the emulator says %4")
                                        .arg(step, serial, status,
                                             remote.contains(key) ? (remote.value(key) ? QStringLiteral("active")
                                                                                       : QStringLiteral("inactive"))
                                                                  : QStringLiteral("absent"))
                                        .toUtf8();
            QVERIFY2(status == expected, what.constData());
        }
    }

    int activeCount(const Account& account) { return int(emulatorDevices(account).values().count(true)); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "run through scripts/with-test-session, which provides the keychain");
        QVERIFY(m_dir.isValid());
        m_workspace = m_workspaces.location(path(QStringLiteral("workspace")));
        m_passphrase = path(QStringLiteral("pass.txt"));
        QVERIFY(writeText(m_passphrase, "platform truth passphrase\n"));
        // The credentials must be known before the emulator starts: make them first.
        for (Account* account : {&m_mq, &m_tc, &m_aws}) {
            account->keyId = QStringLiteral("tst-") + account->name + QLatin1Char('-')
                + QString::fromLatin1(QUuid::createUuid().toByteArray(QUuid::Id128));
            account->secret = "secret-" + QUuid::createUuid().toByteArray(QUuid::Id128);
        }
        QVERIFY2(m_emulator.start(m_dir.path(),
                                  {{m_mq.keyId, m_mq.secret}, {m_tc.keyId, m_tc.secret}, {m_aws.keyId, m_aws.secret}}),
                 m_emulator.lastError().constData());
        for (auto [account, platform, region, extra] :
             {std::tuple {&m_mq, "apsaramq", "cn-hangzhou", args("--instance", "mqtt-emu-1")},
              std::tuple {&m_tc, "tencent-iothub", "ap-guangzhou", args("--product", "EMUPRD0001")},
              std::tuple {&m_aws, "aws-iot", "us-east-1", QStringList {}}}) {
            const QString secretFile = path(account->name + QStringLiteral(".secret"));
            QVERIFY(writeText(secretFile, account->secret + '\n'));
            verifyRun(runCli(ws(args("account", "add", account->name, "--platform", platform, "--region", region,
                                     "--endpoint", m_emulator.url(), "--ca-bundle", m_emulator.caBundle(),
                                     "--access-key-id", account->keyId, "--secret-file", secretFile)
                                + extra)),
                      0);
        }
    }

    void cleanupTestCase()
    {
        for (const char* account : {"mq", "tc", "aws"})
            (void)runCli(ws(args("account", "remove", account, "--yes")));
        m_emulator.stop();
    }

    /// ApsaraMQ: devices registered by the broker on first connection; every status read back (defect 2).
    void apsaraMqWorkspaceFollowsThePlatform()
    {
        const QString ca = QStringLiteral("MqTruth");
        CHECK_STEP(createAndRegister(ca, m_mq));
        QStringList serials;
        QStringList files;
        CHECK_STEP(issue(ca, QStringLiteral("pkmq1"), QStringLiteral("apsaramq"),
                         {QStringLiteral("mq-0001"), QStringLiteral("mq-0002"), QStringLiteral("mq-0003")}, serials,
                         &files));
        CHECK_STEP(verifyInLine(QStringLiteral("issue"), ca, serials, m_mq));

        // Before any device connected, the platform does not list them: nothing is sent, nothing recorded.
        verifyRun(runCli(ws(args("device", "deactivate", "--ca", ca, "--account", "mq", "--serial", serials.at(0)))), 1,
                  "NotOnPlatform");
        CHECK_STEP(verifyInLine(QStringLiteral("deactivate before connection"), ca, serials, m_mq));

        // Associate: the devices connect; the broker registers them (platform-side, nothing of ours runs).
        for (const QString& file : std::as_const(files)) {
            QFile certificate(file);
            QVERIFY(certificate.open(QIODevice::ReadOnly));
            const auto answer = m_emulator.admin(
                "POST", QStringLiteral("/_emulator/apsaramq/connect-device?accessKeyId=%1").arg(m_mq.keyId),
                certificate.readAll());
            QVERIFY2(answer.httpStatus == 200, answer.body.constData());
        }
        QCOMPARE(activeCount(m_mq), 3);
        const CliRun synced = runCli(ws(args("ca", "sync", "--account", "mq", "--json")));
        verifyRun(synced, 0);
        const QJsonObject devices = synced.json()
                                        .object()
                                        .value(QStringLiteral("accounts"))
                                        .toArray()
                                        .at(0)
                                        .toObject()
                                        .value(QStringLiteral("devices"))
                                        .toObject();
        QCOMPARE(devices.value(QStringLiteral("onPlatform")).toInt(), 3);
        QCOMPARE(devices.value(QStringLiteral("changed")).toInt(), 3);
        CHECK_STEP(verifyInLine(QStringLiteral("connect + sync"), ca, serials, m_mq));

        // Deactivate one device.
        verifySays(runCli(ws(args("device", "deactivate", "--ca", ca, "--account", "mq", "--serial", serials.at(0)))),
                   QStringLiteral("Deactivated 1 device certificate "));
        QCOMPARE(activeCount(m_mq), 2);
        CHECK_STEP(verifyInLine(QStringLiteral("device deactivate"), ca, serials, m_mq));

        // CA deactivate: the platform deactivates the two still active ones (seed 004); the count says two.
        verifySays(runCli(ws(args("ca", "deactivate", ca, "--account", "mq"))),
                   QStringLiteral("; 2 device certificates deactivated"));
        QCOMPARE(activeCount(m_mq), 0);
        CHECK_STEP(verifyInLine(QStringLiteral("ca deactivate"), ca, serials, m_mq));

        // CA activate: seed 004 "after you activate a CA certificate, all device certificates issued by the CA
        // certificate are activated" -- all three, and the workspace says so (it said "Associated" for two and
        // "Inactivated" for one before the fix... or the reverse of the platform).
        verifySays(runCli(ws(args("ca", "activate", ca, "--account", "mq"))),
                   QStringLiteral("; 3 device certificates reactivated"));
        QCOMPARE(activeCount(m_mq), 3);
        CHECK_STEP(verifyInLine(QStringLiteral("ca activate"), ca, serials, m_mq));

        // Sync: nothing left to change.
        const CliRun again = runCli(ws(args("ca", "sync", "--account", "mq")));
        verifySays(again, QStringLiteral("mq: 3 device certificates on the platform, 0 changed, 0 no longer"));
        CHECK_STEP(verifyInLine(QStringLiteral("sync"), ca, serials, m_mq));

        // Delete the CA: the platform deletes its three device certificates with it.
        verifySays(runCli(ws(args("ca", "delete", ca, "--account", "mq", "--yes"))),
                   QStringLiteral("; 3 device certificates deleted"));
        QCOMPARE(emulatorDevices(m_mq).size(), 0);
        CHECK_STEP(verifyInLine(QStringLiteral("ca delete"), ca, serials, m_mq));
    }

    /// Tencent Cloud IoT Hub: `device register` (CreateDevice with the certificate) -- defect 1.
    void tencentDevicesReachThePlatform()
    {
        const QString ca = QStringLiteral("TcTruth");
        const QString code = QString::fromLatin1(
            QCryptographicHash::hash(m_tc.keyId.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
        CHECK_STEP(createAndRegister(ca, m_tc, args("--code", code)));
        QStringList serials;
        CHECK_STEP(issue(ca, QStringLiteral("EMUPRD0001"), QStringLiteral("tencent-iothub"),
                         {QStringLiteral("tc-0001"), QStringLiteral("tc-0002"), QStringLiteral("tc-0003")}, serials));
        CHECK_STEP(verifyInLine(QStringLiteral("issue"), ca, serials, m_tc));

        // Defect 1: before `device register`, the device is not on the platform.
        verifyRun(runCli(ws(args("device", "deactivate", "--ca", ca, "--account", "tc", "--serial", serials.at(0)))), 1,
                  "NotOnPlatform");

        verifySays(runCli(ws(args("device", "register", "--ca", ca, "--account", "tc", "--all"))),
                   QStringLiteral("Registered 3 device certificates of the CA 'TcTruth' on the platform account 'tc'; "
                                  "0 already there"));
        QCOMPARE(activeCount(m_tc), 3);
        CHECK_STEP(verifyInLine(QStringLiteral("device register"), ca, serials, m_tc));
        // Safe to run again: nothing sent twice, every one recorded as there.
        verifySays(runCli(ws(args("device", "register", "--ca", ca, "--account", "tc", "--all"))),
                   QStringLiteral("Registered 0 device certificates .*; 3 already there"));
        CHECK_STEP(verifyInLine(QStringLiteral("device register again"), ca, serials, m_tc));

        verifySays(runCli(ws(args("device", "deactivate", "--ca", ca, "--account", "tc", "--serial", serials.at(0)))),
                   QStringLiteral("Deactivated 1 device certificate "));
        QCOMPARE(activeCount(m_tc), 2);
        CHECK_STEP(verifyInLine(QStringLiteral("device deactivate"), ca, serials, m_tc));

        // Tencent has no CA activate/deactivate API: refused before sending, nothing changes.
        verifyRun(runCli(ws(args("ca", "deactivate", ca, "--account", "tc"))), 1, "Preflight.Unsupported");
        CHECK_STEP(verifyInLine(QStringLiteral("ca deactivate (refused)"), ca, serials, m_tc));

        const CliRun synced = runCli(ws(args("ca", "sync", "--account", "tc")));
        verifySays(synced, QStringLiteral("tc: 3 device certificates on the platform, 0 changed"));
        CHECK_STEP(verifyInLine(QStringLiteral("sync"), ca, serials, m_tc));

        verifySays(runCli(ws(args("device", "delete", "--ca", ca, "--account", "tc", "--serial",
                                  serials.join(QLatin1Char(',')), "--yes"))),
                   QStringLiteral("Deleted 3 device certificates"));
        QCOMPARE(emulatorDevices(m_tc).size(), 0);
        CHECK_STEP(verifyInLine(QStringLiteral("device delete"), ca, serials, m_tc));
        verifyRun(runCli(ws(args("ca", "delete", ca, "--account", "tc", "--yes"))), 0);
        CHECK_STEP(verifyInLine(QStringLiteral("ca delete"), ca, serials, m_tc));
    }

    /// AWS IoT Core: `device register` (RegisterCertificate with the CA's PEM) -- defect 1.
    void awsDevicesReachThePlatform()
    {
        const QString ca = QStringLiteral("AwsTruth");
        CHECK_STEP(createAndRegister(ca, m_aws));
        QStringList serials;
        CHECK_STEP(issue(ca, QStringLiteral("thing"), QStringLiteral("generic"),
                         {QStringLiteral("aws-0001"), QStringLiteral("aws-0002"), QStringLiteral("aws-0003")},
                         serials));
        CHECK_STEP(verifyInLine(QStringLiteral("issue"), ca, serials, m_aws));
        verifyRun(runCli(ws(args("device", "deactivate", "--ca", ca, "--account", "aws", "--serial", serials.at(0)))),
                  1, "NotOnPlatform");

        verifySays(runCli(ws(args("device", "register", "--ca", ca, "--account", "aws", "--serial",
                                  serials.join(QLatin1Char(','))))),
                   QStringLiteral("Registered 3 device certificates .*; 0 already there"));
        QCOMPARE(activeCount(m_aws), 3);
        CHECK_STEP(verifyInLine(QStringLiteral("device register"), ca, serials, m_aws));

        verifySays(runCli(ws(args("device", "deactivate", "--ca", ca, "--account", "aws", "--serial", serials.at(0)))),
                   QStringLiteral("Deactivated 1 device certificate "));
        CHECK_STEP(verifyInLine(QStringLiteral("device deactivate"), ca, serials, m_aws));

        // AWS keeps device certificates as they are when their CA changes status: the counts say 0.
        verifySays(runCli(ws(args("ca", "deactivate", ca, "--account", "aws"))),
                   QStringLiteral("; 0 device certificates deactivated"));
        QCOMPARE(activeCount(m_aws), 2);
        CHECK_STEP(verifyInLine(QStringLiteral("ca deactivate"), ca, serials, m_aws));
        verifySays(runCli(ws(args("ca", "activate", ca, "--account", "aws"))),
                   QStringLiteral("; 0 device certificates reactivated"));
        CHECK_STEP(verifyInLine(QStringLiteral("ca activate"), ca, serials, m_aws));

        verifySays(runCli(ws(args("ca", "sync", "--account", "aws"))),
                   QStringLiteral("aws: 3 device certificates on the platform, 0 changed"));
        CHECK_STEP(verifyInLine(QStringLiteral("sync"), ca, serials, m_aws));

        verifySays(runCli(ws(args("device", "delete", "--ca", ca, "--account", "aws", "--serial",
                                  serials.join(QLatin1Char(',')), "--yes"))),
                   QStringLiteral("Deleted 3 device certificates"));
        QCOMPARE(emulatorDevices(m_aws).size(), 0);
        CHECK_STEP(verifyInLine(QStringLiteral("device delete"), ca, serials, m_aws));
        verifyRun(runCli(ws(args("ca", "delete", ca, "--account", "aws", "--yes"))), 0);
        CHECK_STEP(verifyInLine(QStringLiteral("ca delete"), ca, serials, m_aws));
    }

    /// Issue 16 item 3: the platform registered the CA, the answer never came back. `ca register` is then stuck on
    /// the duplicate serial; `ca sync` adopts the remote CA (same certificate), and the CA is usable again.
    void lostRegistrationAnswerIsAdoptedBySync()
    {
        const QString ca = QStringLiteral("LostAnswer");
        verifyRun(runCli(ws(args("ca", "create", "--name", ca, "--key", "ec:P-256", "--subject",
                                 QStringLiteral("CN=%1,O=Example,C=CN").arg(ca), "--passphrase-file", m_passphrase))),
                  0);
        const auto casOnPlatform = [this] {
            return int(QJsonDocument::fromJson(m_emulator.admin("GET", QStringLiteral("/_emulator/state")).body)
                           .object()
                           .value(QStringLiteral("platforms"))
                           .toObject()
                           .value(QStringLiteral("apsaramq"))
                           .toObject()
                           .value(m_mq.keyId)
                           .toObject()
                           .value(QStringLiteral("cas"))
                           .toArray()
                           .size());
        };
        const int casBefore = casOnPlatform();
        // `ca register` sends ListCaCertificate (pre-flight), GetRegisterCode, RegisterCaCertificate: the emulator
        // answers the first two and carries out the third without answering (test-only fault).
        const auto armed = m_emulator.admin("POST", QStringLiteral("/_emulator/drop-answer-next?skip=2&count=1"));
        QVERIFY2(armed.httpStatus == 200, armed.body.constData());
        const CliRun lost =
            runCli(ws(args("ca", "register", ca, "--account", "mq", "--passphrase-file", m_passphrase)));
        QVERIFY2(lost.exitCode == 1, lost.transcript().constData());
        QCOMPARE(casOnPlatform(), casBefore + 1); // the platform did register it
        // Stuck: the platform refuses the same serial again.
        const CliRun stuck =
            runCli(ws(args("ca", "register", ca, "--account", "mq", "--passphrase-file", m_passphrase)));
        QVERIFY2(stuck.exitCode == 1 && stuck.err.contains("DuplicateSerial"), stuck.transcript().constData());

        const CliRun synced = runCli(ws(args("ca", "sync", "--account", "mq", "--json")));
        verifyRun(synced, 0);
        QCOMPARE(synced.json()
                     .object()
                     .value(QStringLiteral("accounts"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("adopted"))
                     .toInt(),
                 1);
        // Recorded: the CA is registered, and usable on the platform.
        verifyRun(runCli(ws(args("ca", "register", ca, "--account", "mq", "--passphrase-file", m_passphrase))), 1,
                  "already registered");
        verifyRun(runCli(ws(args("ca", "deactivate", ca, "--account", "mq"))), 0);
        // A second sync adopts nothing more.
        const CliRun again = runCli(ws(args("ca", "sync", "--account", "mq", "--json")));
        QCOMPARE(again.json()
                     .object()
                     .value(QStringLiteral("accounts"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("adopted"))
                     .toInt(),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestCliPlatformTruth)
#include "TestCliPlatformTruth.moc"
