#include "CliRunner.h"

#include "tests/support/CheckStep.h"
#include "tests/support/OpenSslCli.h"
#include "tests/support/PythonCryptography.h"
#include "tests/support/TestWorkspaces.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <unistd.h>

using iotca::test::args;
using iotca::test::CliRun;
using iotca::test::OpenSslRun;
using iotca::test::runCli;
using iotca::test::runOpenSsl;
using iotca::test::runPython;
using iotca::test::writeText;

namespace {

// pyca/cryptography reads the CRL on its own: signed by the CA key, v2, cRLNumber, AKI = the CA's SKI, nextUpdate
// after thisUpdate, and exactly the revoked serials with their RFC 5280 5.3.1 reason codes.
const char* const crlScript = R"PY(
import sys
from cryptography import x509
ca = x509.load_pem_x509_certificate(open(sys.argv[1], 'rb').read())
crl = x509.load_pem_x509_crl(open(sys.argv[2], 'rb').read())
expected_number = int(sys.argv[3])
expected = dict(item.split('=') for item in sys.argv[4:])
assert crl.is_signature_valid(ca.public_key()), 'signature'
assert crl.issuer == ca.subject
ext = lambda t: crl.extensions.get_extension_for_class(t)
assert ext(x509.CRLNumber).value.crl_number == expected_number, ext(x509.CRLNumber)
assert not ext(x509.CRLNumber).critical
ski = ca.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value.digest
assert ext(x509.AuthorityKeyIdentifier).value.key_identifier == ski
assert crl.next_update is not None and crl.next_update > crl.last_update
listed = {}
for revoked in crl:
    try:
        reason = revoked.extensions.get_extension_for_class(x509.CRLReason).value.reason.value
    except x509.ExtensionNotFound:
        reason = 'unspecified'
    listed['%X' % revoked.serial_number] = reason
normalise = lambda s: s.lstrip('0').upper()
assert {normalise(k): v for k, v in listed.items()} == {normalise(k): v for k, v in expected.items()}, listed
print('OK')
)PY";

/// A TCP port nobody listens on right now (the kernel's choice for port 0).
quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace

/// Revocation through the real `iotca`: device and CA revocation, CRLs checked by `openssl crl -verify`, `openssl
/// verify -crl_check` and python cryptography, and a real mosquitto broker with `crlfile` that refuses the revoked
/// device's TLS client certificate and accepts the other.
class TestCliRevocation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    iotca::test::TestWorkspaces m_workspaces; // a folder, or a database under IOTCA_TEST_WORKSPACE_BACKEND=postgresql
    QString m_workspace;
    QString m_passphrase;
    QString m_revokedSerial;
    QString m_goodSerial;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString path(const char* name) const { return m_dir.filePath(QString::fromUtf8(name)); }
    QStringList ws(QStringList arguments) const { return arguments << QStringLiteral("--workspace") << m_workspace; }

    QString serialOf(const QString& certificateFile)
    {
        const OpenSslRun run = runOpenSsl({QStringLiteral("x509"), QStringLiteral("-in"), certificateFile,
                                           QStringLiteral("-noout"), QStringLiteral("-serial")});
        return QString::fromLatin1(run.standardOutput.trimmed()).section(QLatin1Char('='), 1);
    }

    void publishCrl(const QString& file, int expectedNumber)
    {
        const CliRun crl = runCli(ws(args("ca", "crl", "--ca", "Root", "--out", file, "--days", "7",
                                          "--passphrase-file", m_passphrase, "--json")));
        QVERIFY2(crl.exitCode == 0, crl.transcript().constData());
        QCOMPARE(crl.json().object().value(QStringLiteral("crlNumber")).toInt(), expectedNumber);
        const OpenSslRun verify =
            runOpenSsl({QStringLiteral("crl"), QStringLiteral("-in"), file, QStringLiteral("-CAfile"), path("root.pem"),
                        QStringLiteral("-verify"), QStringLiteral("-noout")});
        QVERIFY2(verify.ok() && verify.transcript().contains("verify OK"), verify.transcript().constData());
    }

    OpenSslRun verifyWithCrl(const QString& crlFile, const QString& certificate)
    {
        return runOpenSsl({QStringLiteral("verify"), QStringLiteral("-x509_strict"), QStringLiteral("-crl_check"),
                           QStringLiteral("-CAfile"), path("root.pem"), QStringLiteral("-CRLfile"), crlFile,
                           certificate});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_workspace = m_workspaces.location(path("workspace"));
        m_passphrase = path("pass.txt");
        QVERIFY(writeText(m_passphrase, "revocation passphrase\n"));
        const CliRun root = runCli(ws(args("ca", "create", "--name", "Root", "--key", "ec:P-256", "--subject",
                                           "CN=Revocation Root,O=Example", "--passphrase-file", m_passphrase)));
        QVERIFY2(root.exitCode == 0, root.transcript().constData());
        const CliRun issue =
            runCli(ws(args("device", "issue", "--ca", "Root", "--product", "pk", "--names", "lost,kept,third", "--key",
                           "ec:P-256", "--out", path("devices"), "--passphrase-file", m_passphrase)));
        QVERIFY2(issue.exitCode == 0, issue.transcript().constData());
        const CliRun exported = runCli(ws(args("ca", "export", "Root", "--cert", path("root.pem"))));
        QVERIFY2(exported.exitCode == 0, exported.transcript().constData());
        m_revokedSerial = serialOf(path("devices/pk_lost.crt"));
        m_goodSerial = serialOf(path("devices/pk_kept.crt"));
        QVERIFY(!m_revokedSerial.isEmpty() && !m_goodSerial.isEmpty());
    }

    void emptyCrlVerifies()
    {
        CHECK_STEP(publishCrl(path("crl-1.pem"), 1));
        const OpenSslRun python =
            runPython(QString::fromUtf8(crlScript), {path("root.pem"), path("crl-1.pem"), QStringLiteral("1")});
        QVERIFY2(iotca::test::pythonChecksPassed(python), python.transcript().constData());
    }

    void unknownSerialRevokesNothing()
    {
        const CliRun run = runCli(ws(args("device", "revoke", "--ca", "Root", "--serials",
                                          m_revokedSerial + QStringLiteral(",0BADC0DE"), "--yes")));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("0BADC0DE"), run.transcript().constData());
        const CliRun noYes = runCli(ws(args("device", "revoke", "--ca", "Root", "--serials", m_revokedSerial)));
        QCOMPARE(noYes.exitCode, 2);
        const CliRun badReason = runCli(
            ws(args("device", "revoke", "--ca", "Root", "--serials", m_revokedSerial, "--reason", "lostIt", "--yes")));
        QCOMPARE(badReason.exitCode, 2);
        const QJsonArray devices = runCli(ws(args("device", "list", "--ca", "Root", "--json")))
                                       .json()
                                       .object()
                                       .value(QStringLiteral("devices"))
                                       .toArray();
        for (const QJsonValue& device : devices)
            QCOMPARE(device.toObject().value(QStringLiteral("revoked")).toBool(), false);
    }

    void revokedDeviceIsListedWithItsReason()
    {
        const CliRun revoke = runCli(ws(args("device", "revoke", "--ca", "Root", "--serials", m_revokedSerial,
                                             "--reason", "keyCompromise", "--yes")));
        QVERIFY2(revoke.exitCode == 0, revoke.transcript().constData());
        const CliRun twice =
            runCli(ws(args("device", "revoke", "--ca", "Root", "--serials", m_revokedSerial, "--yes")));
        QCOMPARE(twice.exitCode, 1);
        QVERIFY2(twice.err.contains("Already revoked"), twice.transcript().constData());
        // A CSV of serials: an association CSV row for the third device.
        const QString third = serialOf(path("devices/pk_third.crt"));
        QVERIFY(writeText(path("revoke.csv"), "ProductKey,DeviceName,CertSN\npk,third," + third.toLatin1() + "\n"));
        const CliRun fromCsv = runCli(ws(args("device", "revoke", "--ca", "Root", "--csv", path("revoke.csv"),
                                              "--reason", "cessationOfOperation", "--yes")));
        QVERIFY2(fromCsv.exitCode == 0, fromCsv.transcript().constData());

        const QJsonArray devices = runCli(ws(args("device", "list", "--ca", "Root", "--json")))
                                       .json()
                                       .object()
                                       .value(QStringLiteral("devices"))
                                       .toArray();
        int revoked = 0;
        for (const QJsonValue& device : devices) {
            const QJsonObject object = device.toObject();
            const bool isRevoked = object.value(QStringLiteral("revoked")).toBool();
            revoked += isRevoked ? 1 : 0;
            QCOMPARE(object.value(QStringLiteral("state")).toString() == QLatin1String("revoked"), isRevoked);
        }
        QCOMPARE(revoked, 2);
        const CliRun show = runCli(ws(args("device", "show", "--serial", m_revokedSerial, "--json")));
        QCOMPARE(show.json().object().value(QStringLiteral("revocationReason")).toString(),
                 QStringLiteral("keyCompromise"));

        CHECK_STEP(publishCrl(path("crl-2.pem"), 2));
        const OpenSslRun text = runOpenSsl({QStringLiteral("crl"), QStringLiteral("-in"), path("crl-2.pem"),
                                            QStringLiteral("-noout"), QStringLiteral("-text")});
        QVERIFY2(text.standardOutput.contains("Version 2") && text.standardOutput.contains("Key Compromise")
                     && text.standardOutput.contains("X509v3 CRL Number")
                     && text.standardOutput.contains("X509v3 Authority Key Identifier")
                     && text.standardOutput.contains("Next Update"),
                 text.standardOutput.constData());
        const OpenSslRun python = runPython(QString::fromUtf8(crlScript),
                                            {path("root.pem"), path("crl-2.pem"), QStringLiteral("2"),
                                             m_revokedSerial + QStringLiteral("=keyCompromise"),
                                             third + QStringLiteral("=cessationOfOperation")});
        QVERIFY2(iotca::test::pythonChecksPassed(python), python.transcript().constData());

        const OpenSslRun refused = verifyWithCrl(path("crl-2.pem"), path("devices/pk_lost.crt"));
        QVERIFY2(!refused.ok() && refused.transcript().contains("certificate revoked"),
                 refused.transcript().constData());
        const OpenSslRun accepted = verifyWithCrl(path("crl-2.pem"), path("devices/pk_kept.crt"));
        QVERIFY2(accepted.ok(), accepted.transcript().constData());
    }

    void revokedIntermediateIsOnItsIssuersCrl()
    {
        const CliRun inter = runCli(
            ws(args("ca", "create", "--name", "Inter", "--issuer", "Root", "--issuer-passphrase-file", m_passphrase,
                    "--key", "ec:P-256", "--subject", "CN=Inter", "--passphrase-file", m_passphrase, "--json")));
        QVERIFY2(inter.exitCode == 0, inter.transcript().constData());
        const QString interSerial = inter.json().object().value(QStringLiteral("serial")).toString();
        const CliRun rootRevoke = runCli(ws(args("ca", "revoke", "Root", "--yes")));
        QCOMPARE(rootRevoke.exitCode, 1);
        const CliRun revoke = runCli(ws(args("ca", "revoke", "Inter", "--reason", "cACompromise", "--yes")));
        QVERIFY2(revoke.exitCode == 0, revoke.transcript().constData());
        const QJsonArray cas =
            runCli(ws(args("ca", "list", "--json"))).json().object().value(QStringLiteral("cas")).toArray();
        for (const QJsonValue& ca : cas) {
            const QJsonObject object = ca.toObject();
            QCOMPARE(object.value(QStringLiteral("revoked")).toBool(),
                     object.value(QStringLiteral("name")).toString() == QLatin1String("Inter"));
        }
        CHECK_STEP(publishCrl(path("crl-3.pem"), 3));
        const OpenSslRun python =
            runPython(QString::fromUtf8(crlScript),
                      {path("root.pem"), path("crl-3.pem"), QStringLiteral("3"),
                       m_revokedSerial + QStringLiteral("=keyCompromise"),
                       serialOf(path("devices/pk_third.crt")) + QStringLiteral("=cessationOfOperation"),
                       interSerial + QStringLiteral("=cACompromise")});
        QVERIFY2(iotca::test::pythonChecksPassed(python), python.transcript().constData());
    }

    void mosquittoRefusesTheRevokedClient()
    {
        // A throwaway server identity from the openssl CLI: the broker's own certificate is not the subject here.
        const OpenSslRun server = runOpenSsl(
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
             QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
             QStringLiteral("-keyout"), path("server.key"), QStringLiteral("-out"), path("server.pem"),
             QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
             QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
        QVERIFY2(server.ok(), server.transcript().constData());
        const quint16 port = freePort();
        QVERIFY(port != 0);
        // mosquitto.conf(5): require_certificate asks every client for a certificate signed by cafile; crlfile
        // makes the broker check it against the CA's CRL.
        const QByteArray config = "listener " + QByteArray::number(port) + " 127.0.0.1\n" + "allow_anonymous true\n"
            + "cafile " + path("root.pem").toUtf8() + "\n" + "certfile " + path("server.pem").toUtf8() + "\n"
            + "keyfile " + path("server.key").toUtf8() + "\n" + "require_certificate true\n" + "crlfile "
            + path("crl-2.pem").toUtf8() + "\n" + "persistence false\n";
        // Started as root, mosquitto switches to the user "mosquitto", who cannot read this test's private folder;
        // "user root" keeps it (mosquitto.conf(5), "user"). Ignored when the test does not run as root.
        const QByteArray userLine = ::getuid() == 0 ? QByteArray("user root\n") : QByteArray();
        QVERIFY(writeText(path("mosquitto.conf"), config + userLine));
        QProcess broker;
        broker.setProcessChannelMode(QProcess::MergedChannels);
        broker.start(QStringLiteral("mosquitto"), {QStringLiteral("-c"), path("mosquitto.conf")});
        QVERIFY2(broker.waitForStarted(10000), qPrintable(broker.errorString()));
        const auto stopBroker = qScopeGuard([&broker] {
            broker.terminate();
            if (!broker.waitForFinished(5000))
                broker.kill();
            broker.waitForFinished(5000);
        });
        bool listening = false;
        for (QDeadlineTimer deadline(15000); !deadline.hasExpired() && !listening;) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, port);
            listening = socket.waitForConnected(500);
            if (!listening)
                QThread::msleep(100);
        }
        QVERIFY2(listening, broker.readAll().constData());

        const auto publishAs = [&](const char* device) {
            QProcess client;
            client.setProcessChannelMode(QProcess::MergedChannels);
            client.start(QStringLiteral("mosquitto_pub"),
                         {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                          QString::number(port), QStringLiteral("--cafile"), path("server.pem"),
                          QStringLiteral("--cert"),
                          path(QStringLiteral("devices/pk_%1.crt").arg(QLatin1String(device))), QStringLiteral("--key"),
                          path(QStringLiteral("devices/pk_%1.key").arg(QLatin1String(device))), QStringLiteral("-t"),
                          QStringLiteral("iotca/test"), QStringLiteral("-m"), QStringLiteral("hello"),
                          QStringLiteral("-q"), QStringLiteral("1")});
            client.waitForFinished(20000);
            return std::pair(client.exitStatus() == QProcess::NormalExit ? client.exitCode() : -1, client.readAll());
        };
        const auto [keptExit, keptOutput] = publishAs("kept");
        QVERIFY2(keptExit == 0, keptOutput.constData());
        const auto [lostExit, lostOutput] = publishAs("lost");
        QVERIFY2(lostExit != 0, lostOutput.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliRevocation)
#include "TestCliRevocation.moc"
