#include "CliRunner.h"
#include "EmulatorProcess.h"
#include "SocketTrace.h"

#include "tests/support/CheckStep.h"
#include "tests/support/OpenSslCli.h"
#include "tests/support/TestWorkspaces.h"

#include <QCryptographicHash>
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
using iotca::test::runOpenSsl;
using iotca::test::writeText;

/// Issue 19, the transfer bundle round trip, through the real `iotca` against a real `iotca-emulator`:
/// - `bundle export` on a workspace with no platform account (the air-gapped side) writes the bundle; the manifest's
///   signature verifies with the openssl CLI (an independent implementation), the hashes with `openssl dgst`;
/// - `bundle import` into a second workspace records the CA (certificate only, key held offline) and its pending
///   registration; a second import changes nothing and says so;
/// - `ca register` uploads it with the verification certificate from the bundle; the emulator reports it registered
///   and active;
/// - every tampering (a byte changed in each file, the manifest edited, the signature edited, a file added, a file
///   removed, a private key slipped in) is refused naming the file, the workspace unchanged;
/// - `bundle export` refuses a private key (PEM or DER) and writes nothing;
/// - `ca mark-registered` confirmed by the platform, refused when the platform says otherwise, unconfirmed offline
///   and then confirmed by `ca sync`.
class TestCliTransferBundle : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    EmulatorProcess m_emulator;
    QString m_offline; ///< the air-gapped workspace: holds the keys, no platform account
    /// The connected workspace (no keys): a folder, or a team workspace database under
    /// IOTCA_TEST_WORKSPACE_BACKEND=postgresql (tst_cli_transfer_bundle_postgres). The offline rooms stay folders:
    /// an air-gapped machine has no server.
    iotca::test::TestWorkspaces m_workspaces;
    QString m_online;
    QString m_passphrase;
    QString m_keyId;
    QByteArray m_secret;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    static QStringList in(const QString& workspace, QStringList arguments)
    {
        return arguments << QStringLiteral("--workspace") << workspace;
    }
    /// Tencent shows the registration code in its console; the emulator derives it from the SecretId
    /// (app/emulator/TencentIotHubEmulation.cpp verificationCode()), as the officer would read it there.
    QString tencentCode() const
    {
        return QString::fromLatin1(
            QCryptographicHash::hash(m_keyId.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
    }

    static void verifyRun(const CliRun& run, int exitCode, const QByteArray& text = {})
    {
        QVERIFY2(run.exitCode == exitCode, run.transcript().constData());
        if (!text.isEmpty())
            QVERIFY2(run.out.contains(text) || run.err.contains(text), run.transcript().constData());
    }

    /// The emulator's own record of the Tencent CA with this PEM: {found, active}.
    std::pair<bool, bool> emulatorCa(const QByteArray& pem)
    {
        const auto answer = m_emulator.admin("GET", QStringLiteral("/_emulator/state"));
        if (answer.httpStatus != 200)
            return {false, false};
        const QJsonArray cas = QJsonDocument::fromJson(answer.body)
                                   .object()
                                   .value(QStringLiteral("platforms"))
                                   .toObject()
                                   .value(QStringLiteral("tencent"))
                                   .toObject()
                                   .value(m_keyId)
                                   .toObject()
                                   .value(QStringLiteral("cas"))
                                   .toArray();
        for (const QJsonValue& ca : cas) {
            if (ca.toObject().value(QStringLiteral("pem")).toString().toLatin1().trimmed() == pem.trimmed())
                return {true, ca.toObject().value(QStringLiteral("active")).toBool()};
        }
        return {false, false};
    }

    /// What a refused import must leave as it was: the CAs, the audit log and what `ca show` says.
    QByteArray onlineSnapshot() const
    {
        return runCli(in(m_online, args("ca", "list", "--json"))).out
            + runCli(in(m_online, args("audit", "list", "--json"))).out;
    }

    void createOfflineCa(const QString& name)
    {
        verifyRun(runCli(in(m_offline,
                            args("ca", "create", "--name", name, "--key", "ec:P-256", "--subject",
                                 QStringLiteral("CN=%1,O=Example,C=CN").arg(name), "--passphrase-file", m_passphrase))),
                  0);
    }

    void exportBundle(const QString& ca, const QString& folder)
    {
        QVERIFY(writeText(path(QStringLiteral("assoc.csv")), "ProductKey,DeviceName,CertSN\npk1,dev-0001,0A1B\n"));
        QVERIFY(writeText(path(QStringLiteral("ceremony-record.json")), "{\"ceremony\":\"test\"}\n"));
        verifyRun(runCli(in(m_offline,
                            args("bundle", "export", "--ca", ca, "--out", folder, "--registration-code", tencentCode(),
                                 "--platform", "tencent-iothub", "--csv", path(QStringLiteral("assoc.csv")), "--record",
                                 path(QStringLiteral("ceremony-record.json")), "--passphrase-file", m_passphrase))),
                  0, "SHA-256");
    }

    static bool copyFolder(const QString& from, const QString& to)
    {
        if (!QDir().mkpath(to))
            return false;
        for (const QString& name : QDir(from).entryList(QDir::Files | QDir::Hidden))
            if (!QFile::copy(QDir(from).filePath(name), QDir(to).filePath(name)))
                return false;
        return true;
    }

    static bool flipByte(const QString& file, qsizetype at)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadWrite))
            return false;
        QByteArray bytes = f.readAll();
        if (bytes.isEmpty())
            return false;
        const qsizetype index = std::min(at, bytes.size() - 1);
        bytes[index] = char(bytes.at(index) ^ 0x01);
        return f.seek(0) && f.write(bytes) == bytes.size();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "run through scripts/with-test-session, which provides the keychain");
        QVERIFY(m_dir.isValid());
        m_offline = path(QStringLiteral("offline"));
        m_online = m_workspaces.location(path(QStringLiteral("online")));
        QVERIFY(!m_online.isEmpty());
        m_passphrase = path(QStringLiteral("pass.txt"));
        QVERIFY(writeText(m_passphrase, "transfer bundle passphrase\n"));
        m_keyId = QStringLiteral("tst-bundle-") + QString::fromLatin1(QUuid::createUuid().toByteArray(QUuid::Id128));
        m_secret = "secret-" + QUuid::createUuid().toByteArray(QUuid::Id128);
        QVERIFY2(m_emulator.start(m_dir.path(), {{m_keyId, m_secret}}), m_emulator.lastError().constData());
        const QString secretFile = path(QStringLiteral("tc.secret"));
        QVERIFY(writeText(secretFile, m_secret + '\n'));
        verifyRun(runCli(in(m_online,
                            args("account", "add", "tc", "--platform", "tencent-iothub", "--region", "ap-guangzhou",
                                 "--endpoint", m_emulator.url(), "--ca-bundle", m_emulator.caBundle(),
                                 "--access-key-id", m_keyId, "--secret-file", secretFile, "--product", "EMUPRD0001"))),
                  0);
    }

    void cleanupTestCase()
    {
        (void)runCli(in(m_online, args("account", "remove", "tc", "--yes")));
        m_emulator.stop();
    }

    /// Export -> openssl checks -> import (twice) -> register with the emulator.
    void roundTripRegistersWithThePlatform()
    {
        CHECK_STEP(createOfflineCa(QStringLiteral("OffRoot1")));
        const QString folder = path(QStringLiteral("bundle1"));
        CHECK_STEP(exportBundle(QStringLiteral("OffRoot1"), folder));
        const QDir bundle(folder);
        QStringList names = bundle.entryList(QDir::Files | QDir::Hidden, QDir::Name);
        QCOMPARE(names,
                 args("assoc.csv", "ca.pem", "ceremony-record.json", "manifest.json", "manifest.json.sig",
                      "verification-tencent-iothub-1.pem"));

        // An independent check of the signature: the openssl CLI with the CA certificate's public key.
        const auto publicKey = runOpenSsl(args("x509", "-in", "ca.pem", "-pubkey", "-noout"), folder);
        QVERIFY2(publicKey.ok(), publicKey.transcript().constData());
        QVERIFY(writeText(path(QStringLiteral("pub.pem")), publicKey.standardOutput));
        const auto verified = runOpenSsl(args("dgst", "-sha256", "-verify", path(QStringLiteral("pub.pem")),
                                              "-signature", "manifest.json.sig", "manifest.json"),
                                         folder);
        QVERIFY2(verified.ok() && verified.standardOutput.contains("Verified OK"), verified.transcript().constData());
        // ... and every hash of the manifest with `openssl dgst`.
        QFile manifestFile(bundle.filePath(QStringLiteral("manifest.json")));
        QVERIFY(manifestFile.open(QIODevice::ReadOnly));
        const QJsonObject manifest = QJsonDocument::fromJson(manifestFile.readAll()).object();
        const QJsonArray files = manifest.value(QStringLiteral("files")).toArray();
        QCOMPARE(files.size(), 4);
        for (const QJsonValue& file : files) {
            const QString name = file.toObject().value(QStringLiteral("name")).toString();
            const auto digest = runOpenSsl(args("dgst", "-sha256", "-r", name), folder);
            QVERIFY2(digest.ok(), digest.transcript().constData());
            QCOMPARE(QString::fromLatin1(digest.standardOutput.left(64)),
                     file.toObject().value(QStringLiteral("sha256")).toString());
        }
        // The verification certificate: CN = the code, signed by the CA (openssl verify).
        const auto chain = runOpenSsl(args("verify", "-CAfile", "ca.pem", "verification-tencent-iothub-1.pem"), folder);
        QVERIFY2(chain.ok(), chain.transcript().constData());

        // Import into the connected workspace: recorded, key held offline, one pending registration.
        const CliRun imported = runCli(in(m_online, args("bundle", "import", folder, "--json")));
        verifyRun(imported, 0);
        QCOMPARE(imported.json().object().value(QStringLiteral("caAdded")).toBool(), true);
        QCOMPARE(imported.json().object().value(QStringLiteral("registrationsAdded")).toInt(), 1);
        const CliRun shown = runCli(in(m_online, args("ca", "show", "OffRoot1")));
        verifyRun(shown, 0, "held offline");
        QVERIFY2(shown.out.contains("Pending registration: tencent-iothub"), shown.transcript().constData());
        // Key operations are not offered for it, and say why.
        verifyRun(runCli(in(m_online,
                            args("ca", "verification-cert", "OffRoot1", "--code", "abc", "--out",
                                 path(QStringLiteral("v.pem")), "--passphrase-file", m_passphrase))),
                  1, "held offline");

        // The same bundle again: nothing changes, and it says so.
        const QByteArray before = onlineSnapshot();
        verifyRun(runCli(in(m_online, args("bundle", "import", folder))), 0, "nothing changed");
        QCOMPARE(onlineSnapshot(), before);

        // Upload with the recorded verification certificate: no key, no passphrase.
        verifyRun(runCli(in(m_online, args("ca", "register", "OffRoot1", "--account", "tc"))), 0, "Registered");
        QFile caPem(bundle.filePath(QStringLiteral("ca.pem")));
        QVERIFY(caPem.open(QIODevice::ReadOnly));
        const auto [found, active] = emulatorCa(caPem.readAll());
        QVERIFY2(found, "the emulator does not hold the CA");
        QVERIFY2(active, "the emulator holds the CA as inactive");
        const CliRun remote = runCli(in(m_online, args("ca", "remote-list", "--account", "tc", "--json")));
        verifyRun(remote, 0);
        QVERIFY2(remote.out.contains("OffRoot1"), remote.transcript().constData());
        // Used: not offered again.
        QVERIFY(!runCli(in(m_online, args("ca", "show", "OffRoot1"))).out.contains("Pending registration"));
    }

    /// Issue 19's whole way from the air-gapped room to the platform: the documented ceremony script (its names and
    /// code made fit for Tencent IoT Hub, whose console code the emulator derives) run under the strace check, with
    /// record, key backup, shares and bundle; the bundle imported into the connected workspace and registered.
    void aCeremonyUnderStraceEndsRegisteredOnThePlatform()
    {
        QFile example(
            QDir(qEnvironmentVariable("IOTCA_SOURCE_DIR")).filePath(QStringLiteral("docs/ceremony-example.json")));
        QVERIFY(example.open(QIODevice::ReadOnly));
        QJsonObject script = QJsonDocument::fromJson(example.readAll()).object();
        QVERIFY(!script.isEmpty());
        // Tencent's CA names take letters, digits, _ - @ ( ) (TencentIotHubRules); the example's have spaces.
        const QString root = QStringLiteral("CeremonyRoot");
        const QString issuing = QStringLiteral("CeremonyIssuing");
        QJsonArray cas = script.value(QStringLiteral("cas")).toArray();
        QJsonObject rootCa = cas.at(0).toObject();
        rootCa.insert(QStringLiteral("name"), root);
        QJsonObject issuingCa = cas.at(1).toObject();
        issuingCa.insert(QStringLiteral("name"), issuing);
        issuingCa.insert(QStringLiteral("issuer"), root);
        cas = QJsonArray {rootCa, issuingCa};
        script.insert(QStringLiteral("cas"), cas);
        const QString verificationOut = QStringLiteral("ceremony-out/verification/tencent-iothub.pem");
        QJsonObject verification = script.value(QStringLiteral("verificationCertificates")).toArray().at(0).toObject();
        verification.insert(QStringLiteral("ca"), issuing);
        verification.insert(QStringLiteral("code"), tencentCode());
        verification.insert(QStringLiteral("platform"), QStringLiteral("tencent-iothub"));
        verification.insert(QStringLiteral("out"), verificationOut);
        script.insert(QStringLiteral("verificationCertificates"), QJsonArray {verification});
        QJsonObject batch = script.value(QStringLiteral("deviceBatches")).toArray().at(0).toObject();
        batch.insert(QStringLiteral("ca"), issuing);
        script.insert(QStringLiteral("deviceBatches"), QJsonArray {batch});
        QJsonObject custody = script.value(QStringLiteral("custody")).toObject();
        custody.insert(QStringLiteral("ca"), root);
        script.insert(QStringLiteral("custody"), custody);
        QJsonObject bundle = script.value(QStringLiteral("bundle")).toObject();
        bundle.insert(QStringLiteral("ca"), issuing);
        bundle.insert(QStringLiteral("verificationCertificates"), QJsonArray {verificationOut});
        script.insert(QStringLiteral("bundle"), bundle);

        const QString room = path(QStringLiteral("ceremony-room"));
        QVERIFY(QDir().mkpath(room));
        const QString scriptFile = QDir(room).filePath(QStringLiteral("ceremony.json"));
        QVERIFY(writeText(scriptFile, QJsonDocument(script).toJson()));
        const QString rootPass = path(QStringLiteral("ceremony-root.pass"));
        const QString issuingPass = path(QStringLiteral("ceremony-issuing.pass"));
        QVERIFY(writeText(rootPass, "ceremony root passphrase 1\n"));
        QVERIFY(writeText(issuingPass, "ceremony issuing passphrase 2\n"));
        const iotca::test::TracedRun run = iotca::test::traced(
            iotca::test::cliProgram(),
            args("ceremony", "run", "--script", scriptFile, "--workspace", QDir(room).filePath(QStringLiteral("ws")),
                 "--passphrase", root + QLatin1Char('=') + rootPass, "--passphrase",
                 issuing + QLatin1Char('=') + issuingPass),
            path(QStringLiteral("ceremony-trace.txt")));
        QVERIFY2(run.problem.isEmpty(), qPrintable(run.problem));
        QVERIFY2(run.exitCode == 0, run.output.constData());
        QVERIFY2(run.ipSocketLines.isEmpty(), qPrintable(run.ipSocketLines.join(QLatin1Char('\n'))));
        const QDir out(QDir(room).filePath(QStringLiteral("ceremony-out")));
        for (const char* file :
             {"record/ceremony-record.json", "record/ceremony-record.json.sig", "record/ceremony-record.pdf",
              "root-key-shares/shares.pdf", "transfer-bundle/manifest.json", "transfer-bundle/manifest.json.sig"})
            QVERIFY2(QFile::exists(out.filePath(QString::fromLatin1(file))), file);
        QVERIFY(QDir(out.filePath(QStringLiteral("root-key-backup"))).entryList(QDir::Files).size() >= 3);

        // Online: the bundle imported (key held offline, one pending registration), then registered and active.
        const QString bundleFolder = out.filePath(QStringLiteral("transfer-bundle"));
        const CliRun imported = runCli(in(m_online, args("bundle", "import", bundleFolder, "--json")));
        verifyRun(imported, 0);
        QCOMPARE(imported.json().object().value(QStringLiteral("caAdded")).toBool(), true);
        QCOMPARE(imported.json().object().value(QStringLiteral("registrationsAdded")).toInt(), 1);
        verifyRun(runCli(in(m_online, args("ca", "register", issuing, "--account", "tc"))), 0, "Registered");
        QFile caPem(QDir(bundleFolder).filePath(QStringLiteral("ca.pem")));
        QVERIFY(caPem.open(QIODevice::ReadOnly));
        const auto [found, active] = emulatorCa(caPem.readAll());
        QVERIFY2(found, "the emulator does not hold the ceremony's CA");
        QVERIFY2(active, "the emulator holds the ceremony's CA as inactive");
    }

    void tamperedBundleIsRefused_data()
    {
        QTest::addColumn<QString>("tampering");
        QTest::addColumn<QString>("named");
        for (const char* file : {"ca.pem", "verification-tencent-iothub-1.pem", "assoc.csv", "ceremony-record.json"})
            QTest::newRow((QByteArray("byte changed in ") + file).constData())
                << QStringLiteral("flip") << QString::fromLatin1(file);
        QTest::newRow("manifest edited") << QStringLiteral("manifest") << QStringLiteral("manifest.json");
        QTest::newRow("signature edited") << QStringLiteral("flip") << QStringLiteral("manifest.json.sig");
        QTest::newRow("file added") << QStringLiteral("add") << QStringLiteral("notes.txt");
        QTest::newRow("file removed") << QStringLiteral("remove") << QStringLiteral("assoc.csv");
        QTest::newRow("manifest removed") << QStringLiteral("remove") << QStringLiteral("manifest.json");
        QTest::newRow("signature removed") << QStringLiteral("remove") << QStringLiteral("manifest.json.sig");
        QTest::newRow("private key slipped in") << QStringLiteral("key") << QStringLiteral("ca-key.pem");
    }

    void tamperedBundleIsRefused()
    {
        QFETCH(QString, tampering);
        QFETCH(QString, named);
        const QString original = path(QStringLiteral("bundle-tamper-source"));
        if (!QFileInfo::exists(original)) {
            CHECK_STEP(createOfflineCa(QStringLiteral("OffTamper")));
            CHECK_STEP(exportBundle(QStringLiteral("OffTamper"), original));
        }
        const QString folder = path(QStringLiteral("tampered-") + QUuid::createUuid().toString(QUuid::Id128));
        QVERIFY(copyFolder(original, folder));
        const QString target = QDir(folder).filePath(named);
        if (tampering == QLatin1String("flip")) {
            QVERIFY(flipByte(target, 40));
        } else if (tampering == QLatin1String("manifest")) {
            QFile file(target);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QByteArray text = file.readAll();
            file.close();
            QVERIFY(text.contains("OffTamper"));
            text.replace("OffTamper", "OffTamperX"); // still valid JSON, still every hash right
            QVERIFY(writeText(target, text));
        } else if (tampering == QLatin1String("add")) {
            QVERIFY(writeText(target, "added later\n"));
        } else if (tampering == QLatin1String("remove")) {
            QVERIFY(QFile::remove(target));
        } else if (tampering == QLatin1String("key")) {
            const auto key = runOpenSsl(args("genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256"));
            QVERIFY2(key.ok(), key.transcript().constData());
            QVERIFY(writeText(target, key.standardOutput));
        }
        const QByteArray before = onlineSnapshot();
        const CliRun refused = runCli(in(m_online, args("bundle", "import", folder)));
        QVERIFY2(refused.exitCode == 1, refused.transcript().constData());
        QVERIFY2(refused.err.contains(named.toUtf8()), refused.transcript().constData());
        QCOMPARE(onlineSnapshot(), before);
        QVERIFY(runCli(in(m_online, args("ca", "show", "OffTamper"))).exitCode != 0);
    }

    void exportRefusesAPrivateKey_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("PEM PKCS#8 as a CSV") << QStringLiteral("pem");
        QTest::newRow("DER PKCS#8 as the record") << QStringLiteral("der");
        QTest::newRow("PKCS#12 as the record") << QStringLiteral("p12");
    }

    void exportRefusesAPrivateKey()
    {
        QFETCH(QString, format);
        const QString ca = QStringLiteral("OffKeyCheck");
        if (runCli(in(m_offline, args("ca", "show", ca))).exitCode != 0)
            CHECK_STEP(createOfflineCa(ca));
        const QString keyPem = path(QStringLiteral("stray-key.pem"));
        const auto key =
            runOpenSsl(args("genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", keyPem));
        QVERIFY2(key.ok(), key.transcript().constData());
        QString file = keyPem;
        if (format == QLatin1String("der")) {
            file = path(QStringLiteral("stray-key.der"));
            const auto der =
                runOpenSsl(args("pkcs8", "-topk8", "-nocrypt", "-in", keyPem, "-outform", "DER", "-out", file));
            QVERIFY2(der.ok(), der.transcript().constData());
        } else if (format == QLatin1String("p12")) {
            file = path(QStringLiteral("stray.p12"));
            const auto cert = runOpenSsl(args("req", "-new", "-x509", "-key", keyPem, "-subj", "/CN=stray", "-days",
                                              "2", "-out", path(QStringLiteral("stray.crt"))));
            QVERIFY2(cert.ok(), cert.transcript().constData());
            const auto p12 = runOpenSsl(args("pkcs12", "-export", "-inkey", keyPem, "-in",
                                             path(QStringLiteral("stray.crt")), "-passout", "pass:x", "-out", file));
            QVERIFY2(p12.ok(), p12.transcript().constData());
        }
        const QString folder = path(QStringLiteral("refused-") + format);
        const QStringList carry = format == QLatin1String("pem") ? args("--csv", file) : args("--record", file);
        const CliRun refused = runCli(
            in(m_offline,
               args("bundle", "export", "--ca", ca, "--out", folder, "--passphrase-file", m_passphrase) + carry));
        QVERIFY2(refused.exitCode == 1, refused.transcript().constData());
        QVERIFY2(refused.err.contains("private key") && refused.err.contains(QFileInfo(file).fileName().toUtf8()),
                 refused.transcript().constData());
        QVERIFY2(!QFileInfo::exists(folder), "the refused export left its folder");
    }

    /// `ca mark-registered`: the platform is asked; refused when it says otherwise; unconfirmed offline until sync.
    void markRegisteredFollowsThePlatform()
    {
        // The "console" registration: a third workspace registers the CA from its own copy of the bundle.
        const QString console = path(QStringLiteral("console"));
        const QString secretFile = path(QStringLiteral("tc.secret"));
        verifyRun(runCli(in(console,
                            args("account", "add", "tc", "--platform", "tencent-iothub", "--region", "ap-guangzhou",
                                 "--endpoint", m_emulator.url(), "--ca-bundle", m_emulator.caBundle(),
                                 "--access-key-id", m_keyId, "--secret-file", secretFile, "--product", "EMUPRD0001"))),
                  0);
        for (const char* ca : {"OffHand1", "OffHand2"}) {
            CHECK_STEP(createOfflineCa(QString::fromLatin1(ca)));
            const QString folder = path(QStringLiteral("bundle-") + QString::fromLatin1(ca));
            CHECK_STEP(exportBundle(QString::fromLatin1(ca), folder));
            verifyRun(runCli(in(console, args("bundle", "import", folder))), 0);
            verifyRun(runCli(in(console, args("ca", "register", ca, "--account", "tc"))), 0);
            verifyRun(runCli(in(m_online, args("bundle", "import", folder))), 0);
        }
        (void)runCli(in(console, args("account", "remove", "tc", "--yes")));

        // Unknown on the platform, and another CA's id: refused, nothing recorded.
        const QByteArray before = onlineSnapshot();
        verifyRun(runCli(in(m_online,
                            args("ca", "mark-registered", "--ca", "OffHand1", "--platform", "tc", "--platform-ca-id",
                                 "NoSuchCa"))),
                  1);
        verifyRun(runCli(in(m_online,
                            args("ca", "mark-registered", "--ca", "OffHand1", "--platform", "tc", "--platform-ca-id",
                                 "OffHand2"))),
                  1, "another certificate");
        QCOMPARE(onlineSnapshot(), before);
        // The right one: confirmed by the platform and recorded as it reports it.
        verifyRun(runCli(in(m_online,
                            args("ca", "mark-registered", "--ca", "OffHand1", "--platform", "tc", "--platform-ca-id",
                                 "OffHand1"))),
                  0, "confirms");
        const CliRun listed = runCli(in(m_online, args("ca", "remote-list", "--account", "tc")));
        verifyRun(listed, 0);

        // Offline: recorded as unconfirmed and shown so; `ca sync` confirms it.
        verifyRun(runCli(in(m_online,
                            args("ca", "mark-registered", "--ca", "OffHand2", "--platform", "tc", "--platform-ca-id",
                                 "OffHand2", "--offline"))),
                  0, "UNCONFIRMED");
        verifyRun(runCli(in(m_online, args("ca", "show", "OffHand2"))), 0, "UNCONFIRMED registration");
        const CliRun synced = runCli(in(m_online, args("ca", "sync", "--account", "tc", "--json")));
        verifyRun(synced, 0);
        const QJsonObject result = synced.json().object().value(QStringLiteral("accounts")).toArray().at(0).toObject();
        QCOMPARE(result.value(QStringLiteral("confirmed")).toInt(), 1);
        QVERIFY(!runCli(in(m_online, args("ca", "show", "OffHand2"))).out.contains("UNCONFIRMED"));
    }
};

QTEST_GUILESS_MAIN(TestCliTransferBundle)
#include "TestCliTransferBundle.moc"
