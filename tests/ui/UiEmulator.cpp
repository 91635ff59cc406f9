#include "UiEmulator.h"

#include "app/emulator/ThrowawayTlsIdentity.h"

#include <QFile>

#include <chrono>

namespace iotca::test {

UiEmulator::UiEmulator() = default;
UiEmulator::~UiEmulator() = default;

QString UiEmulator::accessKeyId()
{
    return QStringLiteral("ui-test-key");
}

QByteArray UiEmulator::secret()
{
    return QByteArrayLiteral("ui-test-secret/with+special=chars");
}

Status UiEmulator::start()
{
    if (!m_dir.isValid())
        return Error {QStringLiteral("no temporary folder")};
    auto identity = app::ThrowawayTlsIdentity::create();
    if (!identity)
        return identity.error();
    m_caBundle = m_dir.filePath(QStringLiteral("emulator-ca.pem"));
    QFile file(m_caBundle);
    if (!file.open(QIODevice::WriteOnly) || file.write(identity->caCertificate.toPem()) < 0)
        return Error {QStringLiteral("cannot write %1").arg(m_caBundle)};
    file.close();
    m_server = std::make_unique<app::EmulatorServer>(app::EmulatorCredentials {{accessKeyId(), secret()}});
    auto port = m_server->start(identity->serverCertificate, identity->serverKey);
    if (!port)
        return port.error();
    return {};
}

QString UiEmulator::url() const
{
    return m_server ? m_server->url().toString() : QString();
}

void UiEmulator::reset()
{
    if (!m_server)
        return;
    m_server->apsaraMq().account(accessKeyId()) = {};
    m_server->awsIot().account(accessKeyId()) = {};
    m_server->tencentIotHub().account(accessKeyId()) = {};
    m_server->failNext(0, 503);
    m_server->delayNext(0, std::chrono::milliseconds(0));
}

} // namespace iotca::test
