#include "ThrowawayTlsIdentity.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace iotca::app {

namespace {

Status runOpenSsl(const QStringList& arguments, const QString& folder)
{
    QProcess process;
    process.setWorkingDirectory(folder);
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return Error {
            ThrowawayTlsIdentity::tr("The emulator could not make its throwaway TLS certificate with openssl."),
            QString::fromLocal8Bit(process.readAllStandardError()), QStringLiteral("TlsIdentity")};
    return {};
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

Result<ThrowawayTlsIdentity> ThrowawayTlsIdentity::create()
{
    QTemporaryDir folder;
    if (!folder.isValid())
        return Error {tr("The emulator could not create a temporary folder."), folder.errorString(),
                      QStringLiteral("TlsIdentity")};
    const QString dir = folder.path();
    const QStringList ecKey {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                             QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes")};
    if (Status ca = runOpenSsl(
            QStringList {QStringLiteral("req"), QStringLiteral("-x509")} + ecKey
                + QStringList {QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                               QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("2"),
                               QStringLiteral("-subj"), QStringLiteral("/CN=iotca-emulator throwaway CA"),
                               QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                               QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")},
            dir);
        !ca)
        return ca.error();
    if (Status request = runOpenSsl(QStringList {QStringLiteral("req")} + ecKey
                                        + QStringList {QStringLiteral("-keyout"), QStringLiteral("server.key"),
                                                       QStringLiteral("-out"), QStringLiteral("server.csr"),
                                                       QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")},
                                    dir);
        !request)
        return request.error();
    {
        QFile extensions(dir + QStringLiteral("/server.ext"));
        if (!extensions.open(QIODevice::WriteOnly))
            return Error {tr("The emulator could not write its TLS certificate settings."), extensions.errorString(),
                          QStringLiteral("TlsIdentity")};
        extensions.write("basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\n"
                         "extendedKeyUsage=serverAuth\nsubjectAltName=IP:127.0.0.1,DNS:localhost\n");
    }
    if (Status sign = runOpenSsl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                                  QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                                  QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                                  QStringLiteral("-out"), QStringLiteral("server.pem"), QStringLiteral("-days"),
                                  QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("server.ext")},
                                 dir);
        !sign)
        return sign.error();
    ThrowawayTlsIdentity identity;
    identity.caCertificate = QSslCertificate(readAll(dir + QStringLiteral("/ca.pem")), QSsl::Pem);
    identity.serverCertificate = QSslCertificate(readAll(dir + QStringLiteral("/server.pem")), QSsl::Pem);
    identity.serverKey = QSslKey(readAll(dir + QStringLiteral("/server.key")), QSsl::Ec, QSsl::Pem);
    if (identity.caCertificate.isNull() || identity.serverCertificate.isNull() || identity.serverKey.isNull())
        return Error {
            tr("The emulator's throwaway TLS certificate could not be loaded."), {}, QStringLiteral("TlsIdentity")};
    return identity;
}

} // namespace iotca::app
