#include "CliRunner.h"

#include "tests/support/CheckStep.h"
#include "tests/support/OpenSslCli.h"
#include "tests/support/TestWorkspaces.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using iotca::test::args;
using iotca::test::CliRun;
using iotca::test::runCli;
using iotca::test::writeText;

/// `iotca ca register NAME --account A --code C --out DIR`: the upload bundle instead of a registration, for Alibaba
/// Cloud IoT Platform (no CA API) and, offline, for the platforms with one. The API accounts point at a port where
/// nothing listens, so a request would fail the command: a passing run proves nothing was sent. Needs the keychain of
/// scripts/with-test-session for their credentials.
class TestCliBundle : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    iotca::test::TestWorkspaces m_workspaces; // a folder, or a database under IOTCA_TEST_WORKSPACE_BACKEND=postgresql
    QString m_workspace;
    QString m_passphrase;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QStringList ws(QStringList arguments) const { return arguments << QStringLiteral("--workspace") << m_workspace; }

    void createCa(const QString& name, const char* key = "ec:P-256") const
    {
        const CliRun created =
            runCli(ws(args("ca", "create", "--name", name, "--key", key, "--subject",
                           QStringLiteral("CN=%1,O=Example,C=CN").arg(name), "--passphrase-file", m_passphrase)));
        QVERIFY2(created.exitCode == 0, created.transcript().constData());
    }

    CliRun registerCa(const QString& name, const QString& account, QStringList extra) const
    {
        return runCli(
            ws(args("ca", "register", name, "--account", account, "--passphrase-file", m_passphrase) + extra));
    }

    static void verifyRun(const CliRun& run, int exitCode, const QByteArray& errorText = {})
    {
        QVERIFY2(run.exitCode == exitCode, run.transcript().constData());
        if (!errorText.isEmpty())
            QVERIFY2(run.err.contains(errorText), run.transcript().constData());
    }

    /// openssl's own view of `file`: its subject is CN=`code` and `caPem` issued it.
    static void verifyVerificationCertificate(const QString& file, const QString& caPem, const QString& code)
    {
        const auto subject =
            iotca::test::runOpenSsl(args("x509", "-in", file, "-noout", "-subject", "-nameopt", "RFC2253"));
        QVERIFY2(subject.ok(), subject.transcript().constData());
        QCOMPARE(QString::fromUtf8(subject.standardOutput).trimmed(), QStringLiteral("subject=CN=") + code);
        const auto verify = iotca::test::runOpenSsl(args("verify", "-CAfile", caPem, file));
        QVERIFY2(verify.ok(), verify.transcript().constData());
    }

    static QByteArray readAll(const QString& file)
    {
        QFile opened(file);
        return opened.open(QIODevice::ReadOnly) ? opened.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "run through scripts/with-test-session, which provides the keychain");
        QVERIFY(m_dir.isValid());
        m_workspace = m_workspaces.location(path(QStringLiteral("workspace")));
        m_passphrase = path(QStringLiteral("pass.txt"));
        QVERIFY(writeText(m_passphrase, "bundle test passphrase\n"));
        QVERIFY(writeText(path(QStringLiteral("secret.txt")), "not-a-real-secret\n"));
    }

    void cleanupTestCase()
    {
        // Leave nothing behind in the session's keychain.
        for (const char* account : {"ali", "mq"})
            (void)runCli(ws(args("account", "remove", account, "--yes")));
    }

    void alibabaIotUploadBundle()
    {
        // Alibaba Cloud IoT Platform has no CA API: an account without credentials, and a bundle for its console.
        verifyRun(runCli(ws(args("account", "add", "ali", "--platform", "alibaba-iot", "--region", "cn-shanghai",
                                 "--instance", "iot-emu-1"))),
                  0);
        verifyRun(runCli(ws(args("account", "test", "ali"))), 1, "no API for CA certificates");
        const QString out = path(QStringLiteral("ali-bundle"));
        // Seed 000: only device certificates signed by the RSA algorithm, so an EC CA is refused before anything is
        // signed or written, and its devices are never issued.
        CHECK_STEP(createCa(QStringLiteral("AliEcRoot")));
        verifyRun(registerCa(QStringLiteral("AliEcRoot"), QStringLiteral("ali"),
                             args("--code", "a1b2c3d4e5f6", "--out", out)),
                  1, "error code: Preflight.KeyAlgorithm");
        QVERIFY(!QFileInfo::exists(out));
        const QString ecDevices = path(QStringLiteral("ali-ec-devices"));
        verifyRun(
            runCli(ws(args("device", "issue", "--ca", "AliEcRoot", "--profile", "alibaba-iot", "--product", "a1Product",
                           "--names", "dev-0001", "--out", ecDevices, "--passphrase-file", m_passphrase))),
            1, "accepts only device certificates signed with RSA");
        QVERIFY(!QFileInfo::exists(ecDevices) || QDir(ecDevices).isEmpty());

        CHECK_STEP(createCa(QStringLiteral("AliRoot"), "rsa:2048"));
        verifyRun(registerCa(QStringLiteral("AliRoot"), QStringLiteral("ali"), args("--out", out)), 2, "--code");
        verifyRun(registerCa(QStringLiteral("AliRoot"), QStringLiteral("ali"), args("--code", "a1b2c3d4e5f6")), 2,
                  "--out");
        QVERIFY(!QFileInfo::exists(out));
        // The bundle's CA name follows the console's rule too; --remote-name is the way out.
        const CliRun badName = registerCa(QStringLiteral("AliRoot"), QStringLiteral("ali"),
                                          args("--code", "a1b2c3d4e5f6", "--out", out, "--remote-name", "Ali Root"));
        verifyRun(badName, 1, "error code: Preflight.CaName");
        QVERIFY2(badName.err.contains("--remote-name NAME"), badName.transcript().constData());
        QVERIFY(!QFileInfo::exists(out));
        const CliRun written =
            registerCa(QStringLiteral("AliRoot"), QStringLiteral("ali"), args("--code", "a1b2c3d4e5f6", "--out", out));
        verifyRun(written, 0);
        QCOMPARE(
            QDir(out).entryList(QDir::Files | QDir::Hidden, QDir::Name),
            (QStringList {QStringLiteral("README.txt"), QStringLiteral("ca.pem"), QStringLiteral("verification.pem")}));
        const QString rootPem = path(QStringLiteral("ali-root.pem"));
        verifyRun(runCli(ws(args("ca", "export", "AliRoot", "--cert", rootPem))), 0);
        CHECK_STEP(verifyVerificationCertificate(QDir(out).filePath(QStringLiteral("verification.pem")), rootPem,
                                                 QStringLiteral("a1b2c3d4e5f6")));
        QVERIFY(readAll(QDir(out).filePath(QStringLiteral("README.txt"))).contains("Register CA Certificate"));

        // Devices issued from the CA go into the bundle's association CSV, as the wizard's bundle has them.
        const QString devices = path(QStringLiteral("ali-devices"));
        verifyRun(
            runCli(ws(args("device", "issue", "--ca", "AliRoot", "--profile", "alibaba-iot", "--product", "a1Product",
                           "--names", "dev-0001,dev-0002", "--out", devices, "--passphrase-file", m_passphrase))),
            0);
        const QString withCsv = path(QStringLiteral("ali-bundle-csv"));
        verifyRun(registerCa(QStringLiteral("AliRoot"), QStringLiteral("ali"),
                             args("--code", "a1b2c3d4e5f6", "--out", withCsv)),
                  0);
        const QByteArray csv = readAll(QDir(withCsv).filePath(QStringLiteral("association.csv")));
        QVERIFY2(csv.startsWith("ProductKey,DeviceName,CertSN"), csv.constData());
        QVERIFY2(csv.contains("a1Product,dev-0001,") && csv.contains("a1Product,dev-0002,"), csv.constData());
        QCOMPARE(csv.count('\n'), 3);
    }

    void alibabaIotAccountOnlyInShanghai()
    {
        // Seeds 000 / 003: private CAs only in China (Shanghai).
        verifyRun(runCli(ws(args("account", "add", "ali-hz", "--platform", "alibaba-iot", "--region", "cn-hangzhou"))),
                  1, "only in China (Shanghai)");
        const QJsonArray accounts =
            runCli(ws(args("account", "list", "--json"))).json().object().value(QStringLiteral("accounts")).toArray();
        for (const QJsonValue& account : accounts)
            QVERIFY(account.toObject().value(QStringLiteral("name")).toString() != QLatin1String("ali-hz"));
    }

    void offlineBundleForAnApiPlatform()
    {
        // An air-gapped machine: --out writes the bundle for an ApsaraMQ account instead of registering, with the
        // code the administrator brought along. Nothing is sent and nothing recorded.
        verifyRun(
            runCli(ws(args("account", "add", "mq", "--platform", "apsaramq", "--region", "cn-hangzhou", "--instance",
                           "post-cn-offline1", "--endpoint", "https://127.0.0.1:9", "--access-key-id", "LTAIoffline",
                           "--secret-file", path(QStringLiteral("secret.txt"))))),
            0);
        CHECK_STEP(createCa(QStringLiteral("OffRoot")));
        const QString out = path(QStringLiteral("mq-bundle"));
        verifyRun(registerCa(QStringLiteral("OffRoot"), QStringLiteral("mq"), args("--out", out)), 2, "--code");
        QVERIFY(!QFileInfo::exists(out));

        const QString code = QStringLiteral("13274673-8f90-4630-bea1-9cccb25756ad2089abcdef");
        const CliRun written = registerCa(QStringLiteral("OffRoot"), QStringLiteral("mq"),
                                          args("--code", code, "--out", out, "--remote-name", "off_root", "--json"));
        verifyRun(written, 0);
        const QJsonObject bundle = written.json().object();
        QCOMPARE(bundle.value(QStringLiteral("platform")).toString(), QStringLiteral("apsaramq-mqtt"));
        QCOMPARE(bundle.value(QStringLiteral("caName")).toString(), QStringLiteral("off_root"));
        QCOMPARE(bundle.value(QStringLiteral("files")).toArray().size(), 3);
        QCOMPARE(
            QDir(out).entryList(QDir::Files | QDir::Hidden, QDir::Name),
            (QStringList {QStringLiteral("README.txt"), QStringLiteral("ca.pem"), QStringLiteral("verification.pem")}));
        const QString verification = bundle.value(QStringLiteral("verificationCertificate")).toString();
        CHECK_STEP(verifyVerificationCertificate(verification, QDir(out).filePath(QStringLiteral("ca.pem")), code));
        const QByteArray readme = readAll(bundle.value(QStringLiteral("readme")).toString());
        QVERIFY2(readme.contains("RegisterCaCertificate") && readme.contains("MqttInstanceId      = post-cn-offline1")
                     && readme.contains("CaName              = off_root"),
                 readme.constData());
        for (const QString& file : QDir(out).entryList(QDir::Files))
            QVERIFY2(!readAll(QDir(out).filePath(file)).contains("PRIVATE KEY"), qPrintable(file));

        // The same folder again: refused (exit 1), the bundle unchanged.
        const QByteArray verificationPem = readAll(verification);
        verifyRun(registerCa(QStringLiteral("OffRoot"), QStringLiteral("mq"), args("--code", code, "--out", out)), 1,
                  "FileExists");
        QCOMPARE(readAll(verification), verificationPem);

        // Nothing recorded: the registration is finished elsewhere.
        const QJsonArray accounts =
            runCli(ws(args("account", "list", "--json"))).json().object().value(QStringLiteral("accounts")).toArray();
        for (const QJsonValue& account : accounts)
            QCOMPARE(account.toObject().value(QStringLiteral("registrations")), QJsonValue(0));
    }
};

QTEST_GUILESS_MAIN(TestCliBundle)
#include "TestCliBundle.moc"
