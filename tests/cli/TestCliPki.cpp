#include "CliRunner.h"

#include "tests/support/CheckStep.h"
#include "tests/support/OpenSslCli.h"
#include "tests/support/PythonCryptography.h"
#include "tests/support/TestWorkspaces.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using iotca::test::args;
using iotca::test::CliRun;
using iotca::test::OpenSslRun;
using iotca::test::runCli;
using iotca::test::runOpenSsl;
using iotca::test::runPython;
using iotca::test::writeText;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// pyca/cryptography reads the three certificates (root, intermediate, device) and checks the RFC 5280 profile of the
// hierarchy independently of OpenSSL's verifier: CA flags, path lengths, key usages, AKI = issuer's SKI, the
// intermediate's validity inside the root's, the device certificate for clientAuth only.
const char* const hierarchyScript = R"PY(
import sys
from cryptography import x509
from cryptography.x509.oid import ExtendedKeyUsageOID
load = lambda p: x509.load_pem_x509_certificate(open(p, 'rb').read())
root, inter, dev = load(sys.argv[1]), load(sys.argv[2]), load(sys.argv[3])
expected_root_pathlen = None if sys.argv[4] == 'none' else int(sys.argv[4])
ext = lambda c, t: c.extensions.get_extension_for_class(t)
bc = ext(root, x509.BasicConstraints)
assert bc.critical and bc.value.ca and bc.value.path_length == expected_root_pathlen, bc
bc = ext(inter, x509.BasicConstraints)
assert bc.critical and bc.value.ca and bc.value.path_length == 0, bc
ku = ext(inter, x509.KeyUsage)
assert ku.critical and ku.value.key_cert_sign and ku.value.crl_sign and not ku.value.digital_signature, ku
assert inter.issuer == root.subject and dev.issuer == inter.subject
ski = lambda c: ext(c, x509.SubjectKeyIdentifier).value.digest
aki = lambda c: ext(c, x509.AuthorityKeyIdentifier).value.key_identifier
assert aki(inter) == ski(root), 'intermediate AKI != root SKI'
assert aki(dev) == ski(inter), 'device AKI != intermediate SKI'
nb = lambda c: getattr(c, 'not_valid_before_utc', None) or c.not_valid_before
na = lambda c: getattr(c, 'not_valid_after_utc', None) or c.not_valid_after
assert na(inter) <= na(root), 'intermediate ends after the root'
assert nb(dev) >= nb(inter)
assert na(dev) <= na(inter)
bc = ext(dev, x509.BasicConstraints)
assert bc.critical and not bc.value.ca
assert list(ext(dev, x509.ExtendedKeyUsage).value) == [ExtendedKeyUsageOID.CLIENT_AUTH]
assert root.version == x509.Version.v3 and inter.version == x509.Version.v3
print('OK')
)PY";

} // namespace

/// The CA tree through the real `iotca` binary: intermediates (--issuer), the CSR round trip, chain export,
/// renewal, one device certificate (show/export) and --expiring, each checked by `openssl verify -x509_strict` and
/// python cryptography.
class TestCliPki : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    iotca::test::TestWorkspaces m_workspaces; // a folder, or a database under IOTCA_TEST_WORKSPACE_BACKEND=postgresql
    QString m_workspace;
    QString m_passphrase;
    QString m_interPassphrase;
    QString m_deviceSerial;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString path(const char* name) const { return m_dir.filePath(QString::fromUtf8(name)); }
    QStringList ws(QStringList arguments) const { return arguments << QStringLiteral("--workspace") << m_workspace; }
    QStringList in(const QString& workspace, QStringList arguments) const
    {
        return arguments << QStringLiteral("--workspace") << workspace;
    }

    void exportCa(const QString& workspace, const char* name, const QString& file, bool chain = false)
    {
        QStringList arguments = args("ca", "export", name, "--cert", file);
        if (chain)
            arguments << QStringLiteral("--chain");
        const CliRun run = runCli(in(workspace, arguments));
        QVERIFY2(run.exitCode == 0, run.transcript().constData());
    }

    void verifyStrict(const QString& rootFile, const QString& untrusted, const QString& leaf)
    {
        const OpenSslRun verify =
            runOpenSsl({QStringLiteral("verify"), QStringLiteral("-x509_strict"), QStringLiteral("-CAfile"), rootFile,
                        QStringLiteral("-untrusted"), untrusted, leaf});
        QVERIFY2(verify.ok() && verify.standardOutput.contains(": OK"), verify.transcript().constData());
    }

    int caCount()
    {
        return runCli(ws(args("ca", "list", "--json"))).json().object().value(QStringLiteral("cas")).toArray().size();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_workspace = m_workspaces.location(path("workspace"));
        m_passphrase = path("pass.txt");
        m_interPassphrase = path("inter-pass.txt");
        QVERIFY(writeText(m_passphrase, "root passphrase\n"));
        QVERIFY(writeText(m_interPassphrase, "intermediate passphrase\n"));
        const CliRun root = runCli(
            ws(args("ca", "create", "--name", "Root", "--key", "ec:P-384", "--subject", "CN=Fleet Root,O=Example,C=CN",
                    "--days", "3650", "--path-length", "1", "--passphrase-file", m_passphrase)));
        QVERIFY2(root.exitCode == 0, root.transcript().constData());
    }

    void intermediateUnderRootVerifiesStrictly()
    {
        // Asked for 20 years under a 10-year root: capped at the root's notAfter, with a warning.
        const CliRun inter =
            runCli(ws(args("ca", "create", "--name", "Issuing", "--issuer", "Root", "--issuer-passphrase-file",
                           m_passphrase, "--key", "ec:P-256", "--subject", "CN=Fleet Issuing CA,O=Example,C=CN",
                           "--days", "7300", "--path-length", "0", "--passphrase-file", m_interPassphrase, "--json")));
        QVERIFY2(inter.exitCode == 0, inter.transcript().constData());
        QVERIFY2(inter.err.contains("shortened"), inter.transcript().constData());
        const QJsonObject created = inter.json().object();
        QCOMPARE(created.value(QStringLiteral("issuer")).toString(), QStringLiteral("CN=Fleet Root,O=Example,C=CN"));
        QVERIFY(created.value(QStringLiteral("parentCaId")).toInt() > 0);
        QCOMPARE(created.value(QStringLiteral("pathLength")).toInt(), 0);

        const CliRun issue =
            runCli(ws(args("device", "issue", "--ca", "Issuing", "--product", "pk1", "--names", "sensor-1", "--key",
                           "ec:P-256", "--out", path("devices"), "--passphrase-file", m_interPassphrase, "--json")));
        QVERIFY2(issue.exitCode == 0, issue.transcript().constData());
        const CliRun listed = runCli(ws(args("device", "list", "--ca", "Issuing", "--json")));
        m_deviceSerial = listed.json()
                             .object()
                             .value(QStringLiteral("devices"))
                             .toArray()
                             .first()
                             .toObject()
                             .value(QStringLiteral("serial"))
                             .toString();
        QVERIFY(!m_deviceSerial.isEmpty());

        CHECK_STEP(exportCa(m_workspace, "Root", path("root.pem")));
        CHECK_STEP(exportCa(m_workspace, "Issuing", path("issuing.pem")));
        CHECK_STEP(verifyStrict(path("root.pem"), path("issuing.pem"), path("devices/pk1_sensor-1.crt")));
        const OpenSslRun python =
            runPython(QString::fromUtf8(hierarchyScript),
                      {path("root.pem"), path("issuing.pem"), path("devices/pk1_sensor-1.crt"), QStringLiteral("1")});
        QVERIFY2(iotca::test::pythonChecksPassed(python), python.transcript().constData());
    }

    void chainExportIsLeafToRoot()
    {
        CHECK_STEP(exportCa(m_workspace, "Issuing", path("issuing-chain.pem"), true));
        const QByteArray chain = readAll(path("issuing-chain.pem"));
        QCOMPARE(chain.count("-----BEGIN CERTIFICATE-----"), 2);
        QVERIFY(chain.startsWith(readAll(path("issuing.pem"))));
        QVERIFY(chain.endsWith(readAll(path("root.pem"))));
        CHECK_STEP(verifyStrict(path("root.pem"), path("issuing-chain.pem"), path("devices/pk1_sensor-1.crt")));
        const CliRun both = runCli(ws(args("ca", "export", "Issuing", "--cert", path("x.pem"), "--chain", "--der")));
        QCOMPARE(both.exitCode, 2);
    }

    void pathLengthZeroSignsNoCa()
    {
        const int before = caCount();
        const CliRun run = runCli(ws(args("ca", "create", "--name", "Too Deep", "--issuer", "Issuing",
                                          "--issuer-passphrase-file", m_interPassphrase, "--key", "ec:P-256",
                                          "--subject", "CN=Too Deep", "--passphrase-file", m_passphrase)));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("path length of 0"), run.transcript().constData());
        QCOMPARE(caCount(), before);
    }

    void wrongIssuerPassphraseCreatesNothing()
    {
        const int before = caCount();
        const CliRun run = runCli(
            ws(args("ca", "create", "--name", "Nope", "--issuer", "Root", "--issuer-passphrase-file", m_interPassphrase,
                    "--key", "ec:P-256", "--subject", "CN=Nope", "--passphrase-file", m_passphrase)));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.toLower().contains("passphrase"), run.transcript().constData());
        QCOMPARE(caCount(), before);
    }

    void signedSubCaFileAppearsOnlyOnceRecorded()
    {
        // `ca sign-csr` writes the certificate file only after the transaction that records the sub-CA committed:
        // when the commit fails (here a deferred foreign key the test plants in the workspace, which SQLite checks at
        // COMMIT: https://www.sqlite.org/foreignkeys.html#fk_deferred), no file holds a certificate the workspace
        // does not record, and no CA is left.
        const QString offline = path("commit-trap");
        const CliRun root = runCli(in(offline,
                                      args("ca", "create", "--name", "Trap Root", "--key", "ec:P-256", "--subject",
                                           "CN=Trap Root", "--passphrase-file", m_passphrase)));
        QVERIFY2(root.exitCode == 0, root.transcript().constData());
        const CliRun request =
            runCli(in(path("commit-trap-sub"),
                      args("ca", "create-csr", "--name", "Trap Sub", "--key", "ec:P-256", "--subject", "CN=Trap Sub",
                           "--out", path("trap-sub.csr"), "--passphrase-file", m_interPassphrase)));
        QVERIFY2(request.exitCode == 0, request.transcript().constData());
        {
            QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("trap"));
            database.setDatabaseName(QDir(offline).filePath(QStringLiteral("workspace.db")));
            QVERIFY(database.open());
            QSqlQuery query(database);
            for (const char* statement :
                 {"CREATE TABLE trap_parent (id INTEGER PRIMARY KEY)",
                  "CREATE TABLE trap_child (parent INTEGER REFERENCES trap_parent(id) DEFERRABLE INITIALLY DEFERRED)",
                  "CREATE TRIGGER trap_on_new_ca AFTER INSERT ON cas BEGIN INSERT INTO trap_child VALUES (1); END"})
                QVERIFY2(query.exec(QString::fromLatin1(statement)), qPrintable(query.lastError().text()));
            database.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("trap"));

        const CliRun signedRun =
            runCli(in(offline,
                      args("ca", "sign-csr", "--ca", "Trap Root", "--csr", path("trap-sub.csr"), "--profile", "sub-ca",
                           "--out", path("trap-sub.crt"), "--passphrase-file", m_passphrase, "--yes")));
        QCOMPARE(signedRun.exitCode, 1);
        QVERIFY2(signedRun.err.contains("FOREIGN KEY"), signedRun.transcript().constData());
        QVERIFY2(!QFileInfo::exists(path("trap-sub.crt")), signedRun.transcript().constData());
        QVERIFY(QDir(QFileInfo(path("trap-sub.crt")).absolutePath())
                    .entryList({QStringLiteral("trap-sub.crt*")}, QDir::Files | QDir::Hidden)
                    .isEmpty());
        const CliRun shown = runCli(in(offline, args("ca", "show", "Trap Sub")));
        QCOMPARE(shown.exitCode, 1);
    }

    void csrSignedSubCaJoinsItsKey()
    {
        // The root lives in another workspace (the offline laptop); the sub-CA's key is made here.
        const QString offline = path("offline");
        const CliRun root = runCli(in(offline,
                                      args("ca", "create", "--name", "Offline Root", "--key", "rsa:3072", "--subject",
                                           "CN=Offline Root,O=Example", "--passphrase-file", m_passphrase)));
        QVERIFY2(root.exitCode == 0, root.transcript().constData());

        const CliRun request = runCli(
            ws(args("ca", "create-csr", "--name", "Online Sub", "--key", "ec:P-256", "--subject",
                    "CN=Online Sub CA,O=Example", "--out", path("sub.csr"), "--passphrase-file", m_interPassphrase)));
        QVERIFY2(request.exitCode == 0, request.transcript().constData());
        const OpenSslRun csrCheck = runOpenSsl({QStringLiteral("req"), QStringLiteral("-in"), path("sub.csr"),
                                                QStringLiteral("-verify"), QStringLiteral("-noout")});
        QVERIFY2(csrCheck.ok(), csrCheck.transcript().constData());

        // Without a terminal, signing needs --yes; nothing is recorded then.
        const CliRun refused =
            runCli(in(offline,
                      args("ca", "sign-csr", "--ca", "Offline Root", "--csr", path("sub.csr"), "--profile", "sub-ca",
                           "--out", path("sub.crt"), "--passphrase-file", m_passphrase)));
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.out.contains("CN=Online Sub CA"), refused.transcript().constData());
        QVERIFY(!QFileInfo::exists(path("sub.crt")));
        const CliRun badProfile = runCli(in(offline,
                                            args("ca", "sign-csr", "--ca", "Offline Root", "--csr", path("sub.csr"),
                                                 "--profile", "device", "--out", path("sub.crt"), "--yes")));
        QCOMPARE(badProfile.exitCode, 2);

        const CliRun signedRun =
            runCli(in(offline,
                      args("ca", "sign-csr", "--ca", "Offline Root", "--csr", path("sub.csr"), "--profile", "sub-ca",
                           "--out", path("sub.crt"), "--passphrase-file", m_passphrase, "--yes")));
        QVERIFY2(signedRun.exitCode == 0, signedRun.transcript().constData());
        // The signed sub-CA is recorded under its issuer in the root's workspace (its key stays elsewhere).
        const CliRun offlineList = runCli(in(offline, args("ca", "show", "Online Sub CA", "--json")));
        QVERIFY2(offlineList.exitCode == 0, offlineList.transcript().constData());
        QCOMPARE(offlineList.json().object().value(QStringLiteral("keyStored")).toBool(), false);

        // Importing the certificate without --key joins it to the key made by create-csr.
        const CliRun joined =
            runCli(ws(args("ca", "import", "--name", "Online Sub", "--cert", path("sub.crt"), "--json")));
        QVERIFY2(joined.exitCode == 0, joined.transcript().constData());
        QCOMPARE(joined.json().object().value(QStringLiteral("keyStored")).toBool(), true);
        // Its root is not in this workspace: the CA tree says so.
        const CliRun shown = runCli(ws(args("ca", "show", "Online Sub")));
        QVERIFY2(shown.out.contains("not in this workspace (missing)"), shown.transcript().constData());
        const CliRun intermediate = runCli(ws(args("ca", "show", "Issuing")));
        QVERIFY2(intermediate.out.contains("the CA 'Root' of this workspace"), intermediate.transcript().constData());
        const CliRun again = runCli(ws(args("ca", "import", "--name", "Twice", "--cert", path("sub.crt"))));
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains("create-csr"), again.transcript().constData());

        const CliRun issue =
            runCli(ws(args("device", "issue", "--ca", "Online Sub", "--product", "pk2", "--names", "meter-1", "--key",
                           "ec:P-256", "--out", path("sub-devices"), "--passphrase-file", m_interPassphrase)));
        QVERIFY2(issue.exitCode == 0, issue.transcript().constData());
        CHECK_STEP(exportCa(offline, "Offline Root", path("offline-root.pem")));
        CHECK_STEP(verifyStrict(path("offline-root.pem"), path("sub.crt"), path("sub-devices/pk2_meter-1.crt")));
        const OpenSslRun python = runPython(
            QString::fromUtf8(hierarchyScript),
            {path("offline-root.pem"), path("sub.crt"), path("sub-devices/pk2_meter-1.crt"), QStringLiteral("none")});
        QVERIFY2(iotca::test::pythonChecksPassed(python), python.transcript().constData());
    }

    void signCsrRefusesABrokenRequest()
    {
        QByteArray csr = readAll(path("sub.csr"));
        QVERIFY(!csr.isEmpty());
        QVERIFY(writeText(path("garbage.csr"),
                          "-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n"
                          "-----END CERTIFICATE REQUEST-----\n"));
        const CliRun run = runCli(in(path("offline"),
                                     args("ca", "sign-csr", "--ca", "Offline Root", "--csr", path("garbage.csr"),
                                          "--out", path("garbage.crt"), "--passphrase-file", m_passphrase, "--yes")));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("garbage.csr"), run.transcript().constData());
        QVERIFY(!QFileInfo::exists(path("garbage.crt")));
    }

    void deviceShowAndExport()
    {
        const CliRun show = runCli(ws(args("device", "show", "--ca", "Issuing", "--serial", m_deviceSerial, "--json")));
        QVERIFY2(show.exitCode == 0, show.transcript().constData());
        const QJsonObject device = show.json().object();
        QCOMPARE(device.value(QStringLiteral("serial")).toString(), m_deviceSerial);
        QCOMPARE(device.value(QStringLiteral("subject")).toString().contains(QLatin1String("sensor-1")), true);
        QCOMPARE(device.value(QStringLiteral("extendedKeyUsage")).toArray().first().toString(),
                 QStringLiteral("clientAuth"));
        QCOMPARE(device.value(QStringLiteral("revoked")).toBool(), false);
        QVERIFY(!device.value(QStringLiteral("audit")).toArray().isEmpty());
        const OpenSslRun fingerprint =
            runOpenSsl({QStringLiteral("x509"), QStringLiteral("-in"), path("devices/pk1_sensor-1.crt"),
                        QStringLiteral("-noout"), QStringLiteral("-fingerprint"), QStringLiteral("-sha256")});
        QVERIFY(fingerprint.standardOutput.trimmed().endsWith(
            device.value(QStringLiteral("sha256Fingerprint")).toString().toLatin1()));

        const CliRun der = runCli(ws(
            args("device", "export", "--serial", m_deviceSerial, "--format", "der", "--out", path("export/dev.der"))));
        QVERIFY2(der.exitCode == 0, der.transcript().constData());
        const OpenSslRun converted = runOpenSsl({QStringLiteral("x509"), QStringLiteral("-inform"),
                                                 QStringLiteral("DER"), QStringLiteral("-in"), path("export/dev.der")});
        QVERIFY2(converted.ok(), converted.transcript().constData());
        QCOMPARE(converted.standardOutput, readAll(path("devices/pk1_sensor-1.crt")));

        const CliRun chain = runCli(ws(args("device", "export", "--ca", "Issuing", "--serial", m_deviceSerial,
                                            "--chain", "--out", path("export/dev-chain.pem"))));
        QVERIFY2(chain.exitCode == 0, chain.transcript().constData());
        QCOMPARE(readAll(path("export/dev-chain.pem")).count("-----BEGIN CERTIFICATE-----"), 3);
        CHECK_STEP(verifyStrict(path("root.pem"), path("export/dev-chain.pem"), path("export/dev-chain.pem")));

        const CliRun unknown = runCli(ws(args("device", "show", "--serial", "0BADC0DE")));
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains("0BADC0DE"), unknown.transcript().constData());
    }

    void renewedRootStillVerifiesOldCertificates()
    {
        const QJsonObject before = runCli(ws(args("ca", "show", "Root", "--json"))).json().object();
        const CliRun renew =
            runCli(ws(args("ca", "renew", "Root", "--days", "5000", "--passphrase-file", m_passphrase, "--json")));
        QVERIFY2(renew.exitCode == 0, renew.transcript().constData());
        const QJsonObject after = renew.json().object();
        QVERIFY(after.value(QStringLiteral("serial")) != before.value(QStringLiteral("serial")));
        QCOMPARE(after.value(QStringLiteral("subject")), before.value(QStringLiteral("subject")));
        QVERIFY(after.value(QStringLiteral("notAfter")).toString()
                > before.value(QStringLiteral("notAfter")).toString());
        QCOMPARE(after.value(QStringLiteral("pathLength")).toInt(), 1);

        CHECK_STEP(exportCa(m_workspace, "Root", path("root-renewed.pem")));
        QVERIFY(readAll(path("root-renewed.pem")) != readAll(path("root.pem")));
        // The intermediate and the device certificate issued before the renewal verify under the renewed root.
        CHECK_STEP(verifyStrict(path("root-renewed.pem"), path("issuing.pem"), path("devices/pk1_sensor-1.crt")));
        const OpenSslRun python = runPython(
            QString::fromUtf8(hierarchyScript),
            {path("root-renewed.pem"), path("issuing.pem"), path("devices/pk1_sensor-1.crt"), QStringLiteral("1")});
        QVERIFY2(iotca::test::pythonChecksPassed(python), python.transcript().constData());

        // An intermediate is renewed by its issuer: the root's passphrase, not its own.
        const CliRun interRenew =
            runCli(ws(args("ca", "renew", "Issuing", "--days", "400", "--passphrase-file", m_passphrase)));
        QVERIFY2(interRenew.exitCode == 0, interRenew.transcript().constData());
        CHECK_STEP(exportCa(m_workspace, "Issuing", path("issuing-renewed.pem")));
        CHECK_STEP(
            verifyStrict(path("root-renewed.pem"), path("issuing-renewed.pem"), path("devices/pk1_sensor-1.crt")));
    }

    void expiringFiltersBothLists()
    {
        const CliRun shortLived = runCli(ws(args("ca", "create", "--name", "Short", "--key", "ec:P-256", "--subject",
                                                 "CN=Short", "--days", "10", "--passphrase-file", m_passphrase)));
        QVERIFY2(shortLived.exitCode == 0, shortLived.transcript().constData());
        const QJsonArray expiring = runCli(ws(args("ca", "list", "--expiring", "30", "--json")))
                                        .json()
                                        .object()
                                        .value(QStringLiteral("cas"))
                                        .toArray();
        QCOMPARE(expiring.size(), 1);
        QCOMPARE(expiring.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Short"));
        QCOMPARE(expiring.first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("expiring"));
        const CliRun table = runCli(ws(args("ca", "list")));
        QVERIFY2(table.out.contains("STATE") && table.out.contains("expiring"), table.transcript().constData());

        const CliRun issue =
            runCli(ws(args("device", "issue", "--ca", "Short", "--product", "pk3", "--names", "dev-a,dev-b", "--out",
                           path("short-devices"), "--passphrase-file", m_passphrase)));
        QVERIFY2(issue.exitCode == 0, issue.transcript().constData());
        QCOMPARE(runCli(ws(args("device", "list", "--ca", "Short", "--expiring", "30", "--json")))
                     .json()
                     .object()
                     .value(QStringLiteral("devices"))
                     .toArray()
                     .size(),
                 2);
        QCOMPARE(runCli(ws(args("device", "list", "--ca", "Issuing", "--expiring", "30", "--json")))
                     .json()
                     .object()
                     .value(QStringLiteral("devices"))
                     .toArray()
                     .size(),
                 0);
        const CliRun bad = runCli(ws(args("ca", "list", "--expiring", "-1")));
        QCOMPARE(bad.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliPki)
#include "TestCliPki.moc"
