#include "PlatformTestPki.h"

#include "OpenSslCli.h"

#include <QFile>
#include <QStringList>

namespace iotca::test {

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QStringList ecKey {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                         QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes")};

} // namespace

PlatformTestPki::PlatformTestPki(QString folder)
    : m_folder(std::move(folder))
{ }

bool PlatformTestPki::run(const QStringList& arguments)
{
    const OpenSslRun result = runOpenSsl(arguments, m_folder);
    if (!result.ok())
        m_lastError = result.transcript();
    return result.ok();
}

PlatformTestCa PlatformTestPki::makeCa(const QString& name, const QString& commonName)
{
    PlatformTestCa ca;
    const QString key = name + QStringLiteral(".key");
    const QString cert = name + QStringLiteral(".pem");
    if (!run(QStringList {QStringLiteral("req"), QStringLiteral("-x509")} + ecKey
             + QStringList {QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert, QStringLiteral("-days"),
                            QStringLiteral("30"), QStringLiteral("-subj"), QStringLiteral("/CN=") + commonName,
                            QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                            QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")}))
        return ca;
    ca.keyPath = m_folder + QLatin1Char('/') + key;
    ca.certificatePath = m_folder + QLatin1Char('/') + cert;
    ca.pem = readFile(ca.certificatePath);
    return ca;
}

QByteArray PlatformTestPki::issue(const PlatformTestCa& ca, const QString& name, const QString& commonName)
{
    const QString key = name + QStringLiteral(".key");
    const QString csr = name + QStringLiteral(".csr");
    const QString cert = name + QStringLiteral(".pem");
    if (!run(QStringList {QStringLiteral("req")} + ecKey
             + QStringList {QStringLiteral("-keyout"), key, QStringLiteral("-out"), csr, QStringLiteral("-subj"),
                            QStringLiteral("/CN=") + commonName}))
        return {};
    if (!run({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr, QStringLiteral("-CA"),
              ca.certificatePath, QStringLiteral("-CAkey"), ca.keyPath, QStringLiteral("-CAcreateserial"),
              QStringLiteral("-CAserial"), name + QStringLiteral(".srl"), QStringLiteral("-days"), QStringLiteral("10"),
              QStringLiteral("-sha256"), QStringLiteral("-out"), cert}))
        return {};
    return readFile(m_folder + QLatin1Char('/') + cert);
}

} // namespace iotca::test
