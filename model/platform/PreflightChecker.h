#pragma once

#include "PlatformCapabilities.h"
#include "RemoteCertificate.h"
#include "crypto/Result.h"

#include <QCoreApplication>

namespace iotca::model {

/// The platform rules, checked before any request is sent. Each failure is a translated Error with code
/// "Preflight.<Rule>" (for example "Preflight.CaLimit").
class PreflightChecker
{
    Q_DECLARE_TR_FUNCTIONS(PreflightChecker)
public:
    explicit PreflightChecker(PlatformCapabilities capabilities);

    [[nodiscard]] const PlatformCapabilities& capabilities() const noexcept { return m_capabilities; }

    [[nodiscard]] Status checkOperation(PlatformCapabilities::Operation operation) const;
    [[nodiscard]] Status checkCaName(const QString& name) const;
    /// `registeredCount`: CAs the account already has (or, for AWS, with the same subject).
    [[nodiscard]] Status checkCaLimit(int registeredCount) const;
    [[nodiscard]] Status checkSerial(const QString& serialHex) const;
    [[nodiscard]] Status checkCaKeyAlgorithm(crypto::KeyAlgorithm algorithm) const;
    [[nodiscard]] Status checkDeviceKeyAlgorithm(crypto::KeyAlgorithm algorithm) const;
    [[nodiscard]] Status checkDelete(RemoteStatus currentStatus) const;
    [[nodiscard]] Status checkRegistrationCode(const QString& code) const;

private:
    PlatformCapabilities m_capabilities;
};

} // namespace iotca::model
