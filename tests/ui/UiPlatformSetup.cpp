#include "UiPlatformSetup.h"

#include "crypto/Certificate.h"
#include "crypto/DistinguishedName.h"
#include "model/ca/CaCreator.h"
#include "model/ca/CaKeyAccess.h"
#include "model/ca/NewCaParameters.h"
#include "model/platform/PlatformConnectorFactory.h"
#include "model/registration/CaRegistrationService.h"
#include "model/registration/PlatformAccountService.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/PlatformAccountRecord.h"
#include "model/workspace/Workspace.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <memory>
#include <optional>

namespace iotca::test::UiPlatformSetup {

QString passphrase()
{
    return QStringLiteral("correct-Horse-battery-9");
}

Result<qint64> createCa(model::Workspace& workspace, const QString& name, crypto::KeyAlgorithm algorithm)
{
    model::NewCaParameters parameters;
    parameters.name = name;
    auto subject = crypto::DistinguishedName::parse(QStringLiteral("CN=%1,O=Example").arg(name));
    if (!subject)
        return subject.error();
    parameters.subject = *subject;
    parameters.algorithm = algorithm;
    parameters.validityDays = 365;
    return model::CaCreator::createRoot(workspace, parameters, crypto::SecureBuffer::fromString(passphrase()));
}

Result<qint64> addAccount(model::Workspace& workspace, model::SecretStore& secrets, const UiEmulator& emulator,
                          const QString& name, const QString& platform, const QString& product)
{
    model::PlatformAccountRecord record;
    record.name = name;
    record.platformId = platform;
    record.region = platform == QLatin1String("aws-iot") ? QStringLiteral("us-east-1")
        : platform == QLatin1String("tencent-iothub")    ? QStringLiteral("ap-guangzhou")
                                                         : QStringLiteral("cn-hangzhou");
    record.endpoint = emulator.url();
    record.instanceId = QStringLiteral("post-cn-emulator");
    record.product = product;
    record.caBundlePath = emulator.caBundlePath();
    return model::PlatformAccountService(workspace, secrets)
        .add(record, UiEmulator::accessKeyId(), crypto::SecureBuffer::fromBytes(UiEmulator::secret()));
}

Result<model::CaRegistrationRecord> registerCa(model::Workspace& workspace, model::SecretStore& secrets, qint64 caId,
                                               qint64 accountId, const QString& remoteName)
{
    model::PlatformAccountService accounts(workspace, secrets);
    auto loaded = accounts.load(accountId);
    if (!loaded)
        return loaded.error();
    QNetworkAccessManager network;
    auto connector =
        model::createPlatformConnector(std::move(loaded->account), std::move(loaded->secret), &network, nullptr);
    if (!connector)
        return connector.error();
    std::unique_ptr<model::PlatformConnector> owned(connector.value());
    model::CaRegistrationService service(workspace, *owned, accountId);
    model::RegisterCaRequest request;
    request.caId = caId;
    request.remoteName = remoteName;
    auto key = model::CaKeyAccess::unlock(workspace, caId, crypto::SecureBuffer::fromString(passphrase()));
    if (!key)
        return key.error();
    request.caKey = std::move(*key);
    std::optional<Result<model::CaRegistrationRecord>> registered;
    service.registerCa(std::move(request), [&](Result<model::CaRegistrationRecord> r) { registered.emplace(r); });
    if (!QTest::qWaitFor([&] { return registered.has_value(); }, 30000))
        return Error {QStringLiteral("no answer to the registration within 30 s")};
    return *registered;
}

Result<crypto::IssuedDeviceCertificate> issue(model::Workspace& workspace, qint64 caId, const QString& deviceName)
{
    auto ca = workspace.cas().get(caId);
    if (!ca)
        return ca.error();
    auto certificate = crypto::Certificate::fromDer(ca->certificateDer);
    if (!certificate)
        return certificate.error();
    auto key = model::CaKeyAccess::unlock(workspace, caId, crypto::SecureBuffer::fromString(passphrase()));
    if (!key)
        return key.error();
    auto issuer = crypto::DeviceCertificateIssuer::create(*certificate, *key);
    if (!issuer)
        return issuer.error();
    crypto::DeviceCertificateSpec spec;
    auto subject = crypto::DistinguishedName::parse(QStringLiteral("CN=%1").arg(deviceName));
    if (!subject)
        return subject.error();
    spec.subject = *subject;
    return issuer->issue(spec);
}

} // namespace iotca::test::UiPlatformSetup
