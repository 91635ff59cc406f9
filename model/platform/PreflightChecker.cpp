#include "PreflightChecker.h"

#include "model/ModelErrorCode.h"

namespace iotca::model {

PreflightChecker::PreflightChecker(PlatformCapabilities capabilities)
    : m_capabilities(std::move(capabilities))
{ }

Status PreflightChecker::checkOperation(PlatformCapabilities::Operation operation) const
{
    if (m_capabilities.supports(operation))
        return {};
    //: %1 is a platform name such as "AWS IoT Core"
    return Error {
        tr("%1 does not offer this operation through its API.").arg(platformDisplayName(m_capabilities.platform)),
        {},
        ErrorCode::Unsupported};
}

Status PreflightChecker::checkCaName(const QString& name) const
{
    const auto& caps = m_capabilities;
    // Characters as people count them (a Chinese character outside the BMP is one, not two UTF-16 units).
    const auto length = name.toUcs4().size();
    const bool lengthOk = length >= caps.caNameMinLength && length <= caps.caNameMaxLength;
    const bool patternOk = !caps.caNamePattern.isValid() || caps.caNamePattern.pattern().isEmpty()
        || caps.caNamePattern.match(name).hasMatch();
    if (lengthOk && patternOk && !name.trimmed().isEmpty())
        return {};
    //: %1 is the CA name, %2 the platform, %3 the rule such as "4 to 30 letters, digits or '_'"
    return Error {tr("The CA name '%1' is not accepted by %2: use %3.")
                      .arg(name, platformDisplayName(caps.platform), caps.caNameRule),
                  {},
                  ErrorCode::CaName};
}

Status PreflightChecker::checkCaLimit(int registeredCount) const
{
    const int limit = m_capabilities.maxCasPerAccount;
    if (limit <= 0 || registeredCount < limit)
        return {};
    //: %1 is the number of CA certificates already registered (10 or more)
    return Error {tr("CA limit reached: this account already has %1 CA certificates.").arg(registeredCount),
                  {},
                  ErrorCode::CaLimit};
}

Status PreflightChecker::checkSerial(const QString& serialHex) const
{
    static const QRegularExpression hex(QStringLiteral("^[0-9A-Fa-f]+$"));
    if (!hex.match(serialHex).hasMatch())
        return Error {tr("'%1' is not a hexadecimal serial number.").arg(serialHex), {}, ErrorCode::Serial};
    if (serialHex.size() > m_capabilities.maxSerialBytes)
        return Error {tr("The serial number '%1' is longer than the %2 characters the platform accepts.")
                          .arg(serialHex)
                          .arg(m_capabilities.maxSerialBytes),
                      {},
                      ErrorCode::Serial};
    return {};
}

Status PreflightChecker::checkCaKeyAlgorithm(crypto::KeyAlgorithm algorithm) const
{
    if (m_capabilities.caKeyAlgorithms.contains(algorithm))
        return {};
    //: %1 a key type such as "ECDSA P-256", %2 a platform
    return Error {tr("%2 does not accept %1 CA keys.")
                      .arg(crypto::keyAlgorithmDisplayName(algorithm), platformDisplayName(m_capabilities.platform)),
                  {},
                  ErrorCode::KeyAlgorithm};
}

Status PreflightChecker::checkDeviceKeyAlgorithm(crypto::KeyAlgorithm algorithm) const
{
    if (m_capabilities.deviceKeyAlgorithms.contains(algorithm))
        return {};
    return Error {tr("%2 accepts only RSA device certificates from a private CA, not %1.")
                      .arg(crypto::keyAlgorithmDisplayName(algorithm), platformDisplayName(m_capabilities.platform)),
                  {},
                  ErrorCode::KeyAlgorithm};
}

Status PreflightChecker::checkDelete(RemoteStatus currentStatus) const
{
    if (!m_capabilities.deleteRequiresInactiveCa || currentStatus == RemoteStatus::Inactive)
        return {};
    return Error {tr("The CA is active: %1 deletes only inactive CA certificates. Deactivate it first.")
                      .arg(platformDisplayName(m_capabilities.platform)),
                  {},
                  ErrorCode::DeleteActive};
}

Status PreflightChecker::checkRegistrationCode(const QString& code) const
{
    // The code becomes the verification certificate's CN, which X.520 limits to 64 characters.
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9-]{1,64}$"));
    if (allowed.match(code).hasMatch())
        return {};
    return Error {tr("'%1' does not look like a registration code.").arg(code), {}, ErrorCode::RegistrationCode};
}

} // namespace iotca::model
