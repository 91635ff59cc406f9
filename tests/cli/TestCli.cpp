#include "CliRunner.h"

#include "tests/support/OpenSslCli.h"
#include "tests/support/TestWorkspaces.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using iotca::test::args;
using iotca::test::CliRun;
using iotca::test::runCli;
using iotca::test::writeText;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

/// Drives the real `iotca` binary, one command at a time, against a temporary workspace.
class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    iotca::test::TestWorkspaces m_workspaces; // a folder, or a database under IOTCA_TEST_WORKSPACE_BACKEND=postgresql
    QString m_workspace;
    QString m_passphrase;
    QString m_wrongPassphrase;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString path(const char* name) const { return m_dir.filePath(QString::fromUtf8(name)); }
    QStringList ws(QStringList arguments) const { return arguments << QStringLiteral("--workspace") << m_workspace; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_workspace = m_workspaces.location(path(QStringLiteral("workspace")));
        m_passphrase = path(QStringLiteral("pass.txt"));
        m_wrongPassphrase = path(QStringLiteral("wrong.txt"));
        QVERIFY(writeText(m_passphrase, "correct horse battery\n"));
        QVERIFY(writeText(m_wrongPassphrase, "not the passphrase\n"));

        const CliRun created = runCli(
            ws(args("ca", "create", "--name", "Fleet Root", "--key", "ec:P-256", "--subject",
                    "CN=Fleet Root,O=Example,C=CN", "--days", "3650", "--passphrase-file", m_passphrase, "--json")));
        QVERIFY2(created.exitCode == 0, created.transcript().constData());
        const QJsonObject ca = created.json().object();
        QCOMPARE(ca.value(QStringLiteral("name")).toString(), QStringLiteral("Fleet Root"));
        QCOMPARE(ca.value(QStringLiteral("keyAlgorithm")).toString(), QStringLiteral("ec:P-256"));
    }

    void helpOnEveryLevel_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("root") << args("--help") << QStringLiteral("Usage: iotca [options]");
        QTest::newRow("group") << args("ca", "--help") << QStringLiteral("verification-cert");
        QTest::newRow("leaf") << args("device", "issue", "--help") << QStringLiteral("--names-file");
    }
    void helpOnEveryLevel()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const CliRun run = runCli(arguments);
        QVERIFY2(run.exitCode == 0, run.transcript().constData());
        QVERIFY2(QString::fromUtf8(run.out).contains(expected), run.transcript().constData());
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown command") << args("frobnicate") << QStringLiteral("'frobnicate' is not a command");
        QTest::newRow("unknown option") << args("ca", "list", "--bogus") << QStringLiteral("bogus");
        QTest::newRow("missing option") << args("ca", "create", "--name", "X")
                                        << QStringLiteral("The option --key is required.");
        QTest::newRow("bad key") << args("ca", "create", "--name", "X", "--key", "dsa:1024", "--subject", "CN=X")
                                 << QStringLiteral("Unknown key type 'dsa:1024'");
        QTest::newRow("bad days") << args("ca", "create", "--name", "X", "--key", "ec:P-256", "--subject", "CN=X",
                                          "--days", "-3")
                                  << QStringLiteral("--days needs a positive whole number");
    }
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliRun run = runCli(ws(arguments));
        QVERIFY2(run.exitCode == 2, run.transcript().constData());
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.transcript().constData());
    }

    void badSubjectString()
    {
        const CliRun run = runCli(ws(args("ca", "create", "--name", "Bad", "--key", "ec:P-256", "--subject",
                                          "CN=Bad,C=China", "--passphrase-file", m_passphrase)));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("Bad --subject") && run.err.contains("two-letter"), run.transcript().constData());
    }

    void noPassphraseWithoutTerminal()
    {
        const CliRun run =
            runCli(ws(args("ca", "create", "--name", "NoPass", "--key", "ec:P-256", "--subject", "CN=x")));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("--passphrase-file"), run.transcript().constData());
    }

    void listAndShowJson()
    {
        const CliRun list = runCli(ws(args("ca", "list", "--json")));
        QVERIFY2(list.exitCode == 0, list.transcript().constData());
        const QJsonArray cas = list.json().object().value(QStringLiteral("cas")).toArray();
        QVERIFY(!cas.isEmpty());
        const QJsonObject ca = cas.at(0).toObject();
        QCOMPARE(ca.value(QStringLiteral("name")).toString(), QStringLiteral("Fleet Root"));
        QCOMPARE(ca.value(QStringLiteral("subject")).toString(), QStringLiteral("CN=Fleet Root,O=Example,C=CN"));
        QCOMPARE(ca.value(QStringLiteral("selfSigned")).toBool(), true);
        QCOMPARE(ca.value(QStringLiteral("keyStored")).toBool(), true);

        // The serial is exactly what openssl prints for the exported certificate.
        const QString exported = path(QStringLiteral("export/root.pem"));
        const CliRun exportRun = runCli(ws(args("ca", "export", "Fleet Root", "--cert", exported)));
        QVERIFY2(exportRun.exitCode == 0, exportRun.transcript().constData());
        const auto serial = iotca::test::runOpenSsl(args("x509", "-in", exported, "-noout", "-serial"));
        QVERIFY2(serial.ok(), serial.transcript().constData());
        QCOMPARE(QString::fromUtf8(serial.standardOutput).trimmed(),
                 QStringLiteral("serial=") + ca.value(QStringLiteral("serial")).toString());

        const CliRun show = runCli(ws(args("ca", "show", "Fleet Root", "--json")));
        QVERIFY2(show.exitCode == 0, show.transcript().constData());
        QCOMPARE(show.json().object().value(QStringLiteral("serial")), ca.value(QStringLiteral("serial")));
        const CliRun text = runCli(ws(args("ca", "show", "Fleet Root")));
        QVERIFY2(text.exitCode == 0 && text.out.contains("Fleet Root"), text.transcript().constData());
    }

    void unknownCa()
    {
        const CliRun run = runCli(ws(args("ca", "show", "Nope")));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("There is no CA named 'Nope'"), run.transcript().constData());
        const CliRun issue = runCli(ws(args("device", "issue", "--ca", "Nope", "--product", "pk1", "--names", "dev1",
                                            "--out", path("nope-out"), "--passphrase-file", m_passphrase)));
        QCOMPARE(issue.exitCode, 1);
        QVERIFY(!QFileInfo::exists(path("nope-out")));
    }

    void wrongPassphrase()
    {
        const CliRun run = runCli(ws(args("ca", "verification-cert", "Fleet Root", "--code", "REG123456", "--out",
                                          path("vc/vc.pem"), "--passphrase-file", m_wrongPassphrase)));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.toLower().contains("passphrase"), run.transcript().constData());
        QVERIFY(!QFileInfo::exists(path("vc/vc.pem")));
    }

    void verificationCertificateNowhereToWriteRecordsNothing()
    {
        // A path below a regular file: the folder cannot be made. The command fails naming the path, and the
        // workspace records no certificate (none left memory).
        const QString blocker = path(QStringLiteral("a-regular-file"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const QString out = blocker + QStringLiteral("/vc.pem");
        const CliRun run = runCli(ws(args("ca", "verification-cert", "Fleet Root", "--code", "REG123456", "--out", out,
                                          "--passphrase-file", m_passphrase)));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("a-regular-file"), run.transcript().constData());
        const CliRun audit = runCli(ws(args("audit", "show", "--json")));
        QVERIFY2(audit.exitCode == 0, audit.transcript().constData());
        QVERIFY2(!audit.out.contains("verification_certificate.made"), audit.transcript().constData());
    }

    void verificationCertificate()
    {
        const QString out = path(QStringLiteral("vc/verification.pem"));
        const QString keyOut = path(QStringLiteral("vc/verification.key"));
        const CliRun run = runCli(ws(args("ca", "verification-cert", "Fleet Root", "--code", "REG123456", "--out", out,
                                          "--key-out", keyOut, "--passphrase-file", m_passphrase)));
        QVERIFY2(run.exitCode == 0, run.transcript().constData());
        const auto subject =
            iotca::test::runOpenSsl(args("x509", "-in", out, "-noout", "-subject", "-nameopt", "RFC2253"));
        QCOMPARE(QString::fromUtf8(subject.standardOutput).trimmed(), QStringLiteral("subject=CN=REG123456"));
        const auto verify = iotca::test::runOpenSsl(args("verify", "-CAfile", path("export/root.pem"), out));
        QVERIFY2(verify.ok(), verify.transcript().constData());
        QCOMPARE(QFileInfo(keyOut).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        // The workspace records what the CA signed (brief rule 1): the audit log names the certificate's serial.
        const auto serial = iotca::test::runOpenSsl(args("x509", "-in", out, "-noout", "-serial"));
        const QByteArray serialHex = serial.standardOutput.trimmed().mid(int(qstrlen("serial=")));
        QVERIFY(!serialHex.isEmpty());
        const CliRun audit = runCli(ws(args("audit", "show", "--json")));
        QVERIFY2(audit.exitCode == 0, audit.transcript().constData());
        QVERIFY2(audit.out.contains("verification_certificate.made"), audit.transcript().constData());
        QVERIFY2(audit.out.contains(serialHex), audit.transcript().constData());
    }

    void issueDevices()
    {
        const QString out = path(QStringLiteral("devices"));
        const QString csv = path(QStringLiteral("devices.csv"));
        const CliRun run =
            runCli(ws(args("device", "issue", "--ca", "Fleet Root", "--product", "a1B2c3D4e5F", "--names",
                           "sensor-01,sensor-02,sensor-03", "--key", "ec:P-256", "--profile", "generic", "--out", out,
                           "--csv", csv, "--batch-size", "2", "--passphrase-file", m_passphrase, "--json")));
        QVERIFY2(run.exitCode == 0, run.transcript().constData());
        const QJsonObject result = run.json().object();
        QCOMPARE(result.value(QStringLiteral("issued")).toInt(), 3);
        QCOMPARE(result.value(QStringLiteral("requested")).toInt(), 3);
        QCOMPARE(result.value(QStringLiteral("complete")).toBool(), true);
        QCOMPARE(result.value(QStringLiteral("csvFiles")).toArray().size(), 1);
        QCOMPARE(QFileInfo(out).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeOther),
                 QFile::Permissions());

        const QJsonArray devices = result.value(QStringLiteral("devices")).toArray();
        QCOMPARE(devices.size(), 3);
        const QByteArray csvText = readAll(csv);
        for (const QJsonValue& value : devices) {
            const QJsonObject device = value.toObject();
            const QString certificate = device.value(QStringLiteral("certificateFile")).toString();
            QVERIFY(QFileInfo::exists(certificate));
            const QString keyFile = device.value(QStringLiteral("keyFile")).toString();
            QVERIFY(readAll(keyFile).contains("BEGIN PRIVATE KEY"));
            // Issue 21: the PKCS#8 key is encoded by the issuer itself; it must be byte for byte what OpenSSL writes
            // for that key (`openssl pkey` reads it and writes PKCS#8 again), and the key of the certificate.
            const auto rewritten = iotca::test::runOpenSsl(args("pkey", "-in", keyFile));
            QVERIFY2(rewritten.ok(), rewritten.transcript().constData());
            QCOMPARE(rewritten.standardOutput, readAll(keyFile));
            const auto keyPublic = iotca::test::runOpenSsl(args("pkey", "-in", keyFile, "-pubout"));
            const auto certificatePublic =
                iotca::test::runOpenSsl(args("x509", "-in", certificate, "-noout", "-pubkey"));
            QVERIFY(keyPublic.ok() && certificatePublic.ok());
            QCOMPARE(keyPublic.standardOutput, certificatePublic.standardOutput);
            const auto verify =
                iotca::test::runOpenSsl(args("verify", "-CAfile", path("export/root.pem"), certificate));
            QVERIFY2(verify.ok(), verify.transcript().constData());
            const auto serial = iotca::test::runOpenSsl(args("x509", "-in", certificate, "-noout", "-serial"));
            const QString serialHex = device.value(QStringLiteral("serial")).toString();
            QCOMPARE(QString::fromUtf8(serial.standardOutput).trimmed(), QStringLiteral("serial=") + serialHex);
            QVERIFY2(csvText.contains("a1B2c3D4e5F," + device.value(QStringLiteral("deviceName")).toString().toUtf8()
                                      + "," + serialHex.toUtf8()),
                     csvText.constData());
        }

        const CliRun list = runCli(ws(args("device", "list", "--ca", "Fleet Root", "--json")));
        QVERIFY2(list.exitCode == 0, list.transcript().constData());
        const QJsonArray listed = list.json().object().value(QStringLiteral("devices")).toArray();
        QCOMPARE(listed.size(), 3);
        QCOMPARE(listed.at(0).toObject().value(QStringLiteral("productKey")).toString(), QStringLiteral("a1B2c3D4e5F"));
        QCOMPARE(listed.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("Issued"));

        // The CSV it wrote passes the validator, also against the workspace.
        const CliRun validate = runCli(ws(args("csv", "validate", csv, "--ca", "Fleet Root", "--json")));
        QVERIFY2(validate.exitCode == 0, validate.transcript().constData());
        QCOMPARE(validate.json().object().value(QStringLiteral("rowCount")).toInt(), 3);
        // Without --json, in the C locale of the tests: the English plural forms, not "row(s)".
        const CliRun validateText = runCli(ws(args("csv", "validate", csv, "--ca", "Fleet Root")));
        QVERIFY2(validateText.exitCode == 0 && validateText.out.contains(": valid, 3 rows."),
                 validateText.transcript().constData());

        // Issuing the same devices again is refused before any key is made.
        const CliRun again =
            runCli(ws(args("device", "issue", "--ca", "Fleet Root", "--product", "a1B2c3D4e5F", "--names", "sensor-01",
                           "--out", path("devices2"), "--passphrase-file", m_passphrase)));
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains("already has a certificate"), again.transcript().constData());
        QVERIFY(!QFileInfo::exists(path("devices2")));
    }

    void alibabaProfileIsRsaOnly()
    {
        const CliRun run = runCli(
            ws(args("device", "issue", "--ca", "Fleet Root", "--product", "a1AliPk", "--names", "ali-0001", "--key",
                    "ec:P-256", "--profile", "alibaba-iot", "--out", path("ali"), "--passphrase-file", m_passphrase)));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("RSA device keys only"), run.transcript().constData());
        QVERIFY(!QFileInfo::exists(path("ali")));
    }

    void alibabaFileNames()
    {
        // Alibaba IoT takes only device certificates signed with RSA (seed 000): the EC "Fleet Root" cannot sign them.
        const CliRun refused =
            runCli(ws(args("device", "issue", "--ca", "Fleet Root", "--product", "a1AliPk", "--names", "ali-0001",
                           "--profile", "alibaba-iot", "--out", path("ali-ec"), "--passphrase-file", m_passphrase)));
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("accepts only device certificates signed with RSA"),
                 refused.transcript().constData());
        QVERIFY(!QFileInfo::exists(path("ali-ec")));
        const CliRun rsaCa = runCli(ws(args("ca", "create", "--name", "Ali Root", "--key", "rsa:2048", "--subject",
                                            "CN=Ali Root,O=Example", "--passphrase-file", m_passphrase)));
        QVERIFY2(rsaCa.exitCode == 0, rsaCa.transcript().constData());
        const CliRun run = runCli(
            ws(args("device", "issue", "--ca", "Ali Root", "--product", "a1AliPk", "--names", "ali-0001", "--profile",
                    "alibaba-iot", "--out", path("ali-ok"), "--passphrase-file", m_passphrase, "--json")));
        QVERIFY2(run.exitCode == 0, run.transcript().constData());
        const QJsonObject result = run.json().object();
        const QString caSerial = result.value(QStringLiteral("caSerial")).toString();
        const QString base = path(QStringLiteral("ali-ok/a1AliPk_ali-0001_%1").arg(caSerial));
        QVERIFY(QFileInfo::exists(base + QStringLiteral(".cer")));
        QVERIFY(readAll(base + QStringLiteral(".key")).startsWith("-----BEGIN RSA PRIVATE KEY-----"));
    }

    void invalidNamesAndUnwritableOutput()
    {
        const CliRun badName = runCli(ws(args("device", "issue", "--ca", "Fleet Root", "--product", "pk1", "--names",
                                              "abc", "--out", path("bad"), "--passphrase-file", m_passphrase)));
        QCOMPARE(badName.exitCode, 1);
        QVERIFY2(badName.err.contains("4 to 32"), badName.transcript().constData());

        QVERIFY(writeText(path("plainfile"), "x"));
        const CliRun unwritable =
            runCli(ws(args("device", "issue", "--ca", "Fleet Root", "--product", "pk1", "--names", "dev-0001", "--out",
                           path("plainfile/out"), "--passphrase-file", m_passphrase)));
        QCOMPARE(unwritable.exitCode, 1);
        QVERIFY2(unwritable.err.contains("plainfile"), unwritable.transcript().constData());
        const CliRun list = runCli(ws(args("device", "list", "--ca", "Fleet Root", "--json")));
        for (const QJsonValue& device : list.json().object().value(QStringLiteral("devices")).toArray())
            QVERIFY(device.toObject().value(QStringLiteral("productKey")).toString() != QLatin1String("pk1"));
    }

    void signCsr()
    {
        const QString csrDir = path(QStringLiteral("csrs"));
        QVERIFY(QDir().mkpath(csrDir));
        const auto key = iotca::test::runOpenSsl(
            args("genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", path("csr.key")));
        QVERIFY2(key.ok(), key.transcript().constData());
        const auto csr = iotca::test::runOpenSsl(args("req", "-new", "-key", path("csr.key"), "-subj", "/CN=csr-0001",
                                                      "-out", csrDir + QStringLiteral("/csr-0001.csr")));
        QVERIFY2(csr.ok(), csr.transcript().constData());

        QVERIFY(writeText(csrDir + QStringLiteral("/broken-01.csr"), "-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n"));
        const CliRun bad = runCli(ws(args("device", "sign-csr", "--ca", "Fleet Root", "--product", "csrpk", "--csr-dir",
                                          csrDir, "--out", path("signed"), "--passphrase-file", m_passphrase)));
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains("broken-01.csr"), bad.transcript().constData());
        QVERIFY(QFile::remove(csrDir + QStringLiteral("/broken-01.csr")));

        const CliRun run =
            runCli(ws(args("device", "sign-csr", "--ca", "Fleet Root", "--product", "csrpk", "--csr-dir", csrDir,
                           "--out", path("signed"), "--passphrase-file", m_passphrase, "--json")));
        QVERIFY2(run.exitCode == 0, run.transcript().constData());
        const QJsonObject device = run.json().object().value(QStringLiteral("devices")).toArray().at(0).toObject();
        QCOMPARE(device.value(QStringLiteral("deviceName")).toString(), QStringLiteral("csr-0001"));
        QVERIFY(device.value(QStringLiteral("keyFile")).toString().isEmpty());
        const QString certificate = device.value(QStringLiteral("certificateFile")).toString();
        const auto verify = iotca::test::runOpenSsl(args("verify", "-CAfile", path("export/root.pem"), certificate));
        QVERIFY2(verify.ok(), verify.transcript().constData());
        const auto matches = iotca::test::runOpenSsl(args("x509", "-in", certificate, "-noout", "-pubkey"));
        const auto own = iotca::test::runOpenSsl(args("pkey", "-in", path("csr.key"), "-pubout"));
        QCOMPARE(matches.standardOutput, own.standardOutput);
    }

    void deleteDevices()
    {
        // Serials of the devices of `product` in the workspace, ordered by device name.
        const auto serialsOf = [this](const QString& product) {
            QMap<QString, QString> serialByName;
            const CliRun list = runCli(ws(args("device", "list", "--ca", "Fleet Root", "--json")));
            for (const QJsonValue& value : list.json().object().value(QStringLiteral("devices")).toArray()) {
                const QJsonObject device = value.toObject();
                if (device.value(QStringLiteral("productKey")).toString() == product)
                    serialByName.insert(device.value(QStringLiteral("deviceName")).toString(),
                                        device.value(QStringLiteral("serial")).toString());
            }
            return serialByName.values();
        };
        const QString product = QStringLiteral("delpk");
        const CliRun issued =
            runCli(ws(args("device", "issue", "--ca", "Fleet Root", "--product", product, "--names",
                           "del-0001,del-0002,del-0003", "--out", path("deleted"), "--passphrase-file", m_passphrase)));
        QVERIFY2(issued.exitCode == 0, issued.transcript().constData());
        const QStringList serials = serialsOf(product);
        QCOMPARE(serials.size(), 3);

        // No terminal and no --yes: refused with exit 2, nothing deleted.
        const CliRun refused = runCli(ws(args("device", "delete", "--ca", "Fleet Root", "--serial", serials.at(0))));
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("--yes"), refused.transcript().constData());
        QCOMPARE(serialsOf(product), serials);

        // An unknown serial is named, exit 1, and nothing is deleted (not even the known one).
        const CliRun unknown = runCli(ws(args("device", "delete", "--ca", "Fleet Root", "--serial", serials.at(0),
                                              "--serial", "7E57AB1E", "--yes")));
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains("7E57AB1E") && unknown.err.contains("nothing was deleted"),
                 unknown.transcript().constData());
        QCOMPARE(serialsOf(product), serials);

        // Usage errors.
        QCOMPARE(runCli(ws(args("device", "delete", "--ca", "Fleet Root", "--yes"))).exitCode, 2);
        QCOMPARE(runCli(ws(args("device", "delete", "--ca", "Fleet Root", "--serial", serials.at(0), "--csv",
                                path("template.csv"), "--yes")))
                     .exitCode,
                 2);
        const CliRun unknownCa =
            runCli(ws(args("device", "delete", "--ca", "Nope", "--serial", serials.at(0), "--yes")));
        QCOMPARE(unknownCa.exitCode, 1);
        QVERIFY2(unknownCa.err.contains("Nope"), unknownCa.transcript().constData());

        // --yes with two serials (comma-separated, any case and separators): exactly those go.
        const QString second = serials.at(1).toLower();
        const CliRun deleted = runCli(ws(args("device", "delete", "--ca", "Fleet Root", "--serial",
                                              serials.at(0) + QLatin1Char(',') + second, "--yes")));
        QVERIFY2(deleted.exitCode == 0, deleted.transcript().constData());
        QVERIFY2(deleted.out.contains("Deleted 2 device certificate"), deleted.transcript().constData());
        QCOMPARE(serialsOf(product), QStringList {serials.at(2)});

        // --csv: every row must be a device certificate of the CA; a row of a deleted one fails it all.
        const QString staleCsv = path(QStringLiteral("delete-stale.csv"));
        QVERIFY(writeText(staleCsv,
                          "ProductKey,DeviceName,CertSN\r\ndelpk,del-0001," + serials.at(0).toUtf8()
                              + "\r\ndelpk,del-0003," + serials.at(2).toUtf8() + "\r\n"));
        const CliRun stale = runCli(ws(args("device", "delete", "--ca", "Fleet Root", "--csv", staleCsv, "--yes")));
        QCOMPARE(stale.exitCode, 1);
        QCOMPARE(serialsOf(product), QStringList {serials.at(2)});
        const QString csv = path(QStringLiteral("delete.csv"));
        QVERIFY(writeText(csv, "ProductKey,DeviceName,CertSN\r\ndelpk,del-0003," + serials.at(2).toUtf8() + "\r\n"));
        const CliRun fromCsv = runCli(ws(args("device", "delete", "--ca", "Fleet Root", "--csv", csv, "--yes")));
        QVERIFY2(fromCsv.exitCode == 0, fromCsv.transcript().constData());
        QVERIFY(serialsOf(product).isEmpty());

        // The deletions are in the audit log.
        const CliRun audit = runCli(ws(args("audit", "show", "--json")));
        QVERIFY2(audit.out.contains("devices.deleted"), audit.transcript().constData());
    }

    void csvTemplateValidateSplit()
    {
        const QString templ = path(QStringLiteral("template.csv"));
        const CliRun created = runCli(args("csv", "template", templ));
        QVERIFY2(created.exitCode == 0, created.transcript().constData());
        QVERIFY(readAll(templ).startsWith("ProductKey,DeviceName,CertSN"));
        // The file also goes with --out; exactly one of the two forms.
        const QString templOut = path(QStringLiteral("template-out.csv"));
        const CliRun withOut = runCli(args("csv", "template", "--out", templOut));
        QVERIFY2(withOut.exitCode == 0, withOut.transcript().constData());
        QCOMPARE(readAll(templOut), readAll(templ));
        const CliRun exists = runCli(args("csv", "template", "--out", templOut));
        QCOMPARE(exists.exitCode, 1);
        QVERIFY2(exists.err.contains("already exists"), exists.transcript().constData());
        QCOMPARE(runCli(args("csv", "template")).exitCode, 2);
        QCOMPARE(runCli(args("csv", "template", "--out", path("t1.csv"), path("t2.csv"))).exitCode, 2);
        QVERIFY(!QFileInfo::exists(path("t1.csv")) && !QFileInfo::exists(path("t2.csv")));

        const QString bad = path(QStringLiteral("bad.csv"));
        QVERIFY(writeText(bad, "ProductKey,DeviceName,CertSN\r\npk1,dev-0001,XYZ\r\n"));
        const CliRun validate = runCli(args("csv", "validate", bad, "--json"));
        QCOMPARE(validate.exitCode, 1);
        const QJsonObject report = validate.json().object();
        QCOMPARE(report.value(QStringLiteral("valid")).toBool(), false);
        const QJsonObject diagnostic = report.value(QStringLiteral("diagnostics")).toArray().at(0).toObject();
        QCOMPARE(diagnostic.value(QStringLiteral("line")).toInt(), 2);
        QCOMPARE(diagnostic.value(QStringLiteral("column")).toString(), QStringLiteral("CertSN"));

        const CliRun split =
            runCli(args("csv", "split", path("devices.csv"), "--rows", "2", "--out", path("parts"), "--json"));
        QVERIFY2(split.exitCode == 0, split.transcript().constData());
        QCOMPARE(split.json().object().value(QStringLiteral("files")).toArray().size(), 2);
    }

    void auditShowAndVerify()
    {
        const CliRun show = runCli(ws(args("audit", "show", "--json")));
        QVERIFY2(show.exitCode == 0, show.transcript().constData());
        QStringList actions;
        for (const QJsonValue& entry : show.json().object().value(QStringLiteral("entries")).toArray())
            actions.append(entry.toObject().value(QStringLiteral("action")).toString());
        QVERIFY2(actions.contains(QStringLiteral("ca.created")), qPrintable(actions.join(u',')));
        QVERIFY2(actions.contains(QStringLiteral("devices.issued")), qPrintable(actions.join(u',')));
        const CliRun verify = runCli(ws(args("audit", "verify", "--json")));
        QVERIFY2(verify.exitCode == 0, verify.transcript().constData());
        QCOMPARE(verify.json().object().value(QStringLiteral("intact")).toBool(), true);
    }

    void destructiveCommandsNeedConfirmation()
    {
        const QString backup = path(QStringLiteral("backup.db"));
        const CliRun backedUp = runCli(ws(args("workspace", "backup", backup)));
        if (iotca::test::TestWorkspaces::postgres()) {
            // A team workspace is backed up on its server: the command says so and writes nothing.
            QVERIFY2(backedUp.exitCode != 0 && backedUp.err.contains("pg_dump"), backedUp.transcript().constData());
            QVERIFY(!QFileInfo::exists(backup));
        } else {
            QVERIFY2(backedUp.exitCode == 0, backedUp.transcript().constData());
            const CliRun restoreRefused = runCli(ws(args("workspace", "restore", backup)));
            QCOMPARE(restoreRefused.exitCode, 2);
            QVERIFY2(restoreRefused.err.contains("--yes"), restoreRefused.transcript().constData());
            const CliRun restored = runCli(ws(args("workspace", "restore", backup, "--yes")));
            QVERIFY2(restored.exitCode == 0, restored.transcript().constData());
        }

        const CliRun deleteRefused = runCli(ws(args("ca", "delete", "Fleet Root")));
        QCOMPARE(deleteRefused.exitCode, 2);
        QVERIFY2(deleteRefused.err.contains("--yes"), deleteRefused.transcript().constData());
        const CliRun stillThere = runCli(ws(args("ca", "show", "Fleet Root")));
        QCOMPARE(stillThere.exitCode, 0);
    }

    void thousandDevices()
    {
        const QString out = path(QStringLiteral("thousand"));
        const CliRun run = runCli(ws(args("device", "issue", "--ca", "Fleet Root", "--product", "bulkpk", "--count",
                                          "1000", "--name-prefix", "bulk-", "--out", out, "--csv", path("thousand.csv"),
                                          "--passphrase-file", m_passphrase, "--json")));
        QVERIFY2(run.exitCode == 0, run.transcript().left(2000).constData());
        QCOMPARE(run.json().object().value(QStringLiteral("issued")).toInt(), 1000);
        QCOMPARE(QDir(out).entryList(QDir::Files).size(), 2000);
        const QByteArray csv = readAll(path("thousand.csv"));
        QCOMPARE(csv.count('\n'), 1001);
        const auto verify = iotca::test::runOpenSsl(
            args("verify", "-CAfile", path("export/root.pem"), out + QStringLiteral("/bulkpk_bulk-1000.crt")));
        QVERIFY2(verify.ok(), verify.transcript().constData());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
