#pragma once

#include "EmulatorMessage.h"
#include "EmulatorState.h"

#include "crypto/Certificate.h"
#include "crypto/Result.h"

#include <QCoreApplication>
#include <QHash>

namespace iotca::app {

/// One emulated platform: its wire protocol (paths, parameters, signature check, JSON shapes, error codes) and its
/// state per account. EmulatorServer picks the platform from the request's shape.
class EmulatedPlatform
{
public:
    static constexpr int MaxCasPerAccount = 10;

    explicit EmulatedPlatform(const EmulatorCredentials& credentials);
    virtual ~EmulatedPlatform();
    EmulatedPlatform(const EmulatedPlatform&) = delete;
    EmulatedPlatform& operator=(const EmulatedPlatform&) = delete;

    /// Whether this request speaks this platform's protocol.
    [[nodiscard]] virtual bool accepts(const EmulatorRequest& request) const = 0;
    [[nodiscard]] virtual EmulatorResponse handle(const EmulatorRequest& request) = 0;
    /// The answer to an injected server failure, in this platform's error shape.
    [[nodiscard]] virtual EmulatorResponse serverError(int status) const = 0;

    /// State of one account (created on first use).
    [[nodiscard]] EmulatedAccount& account(const QString& accessKeyId) { return m_accounts[accessKeyId]; }
    [[nodiscard]] const QHash<QString, EmulatedAccount>& accounts() const noexcept { return m_accounts; }

protected:
    [[nodiscard]] const EmulatorCredentials& credentials() const noexcept { return m_credentials; }
    [[nodiscard]] static QString newRequestId();
    /// Parsed CA and verification certificate, with the common checks: the CA is a CA, the verification
    /// certificate is signed by the CA's key. On failure `reason` says which check failed ("ca", "signature").
    struct UploadCheck
    {
        crypto::Certificate ca;
        crypto::Certificate verification;
        QString failure; ///< empty, "ca-invalid", "verification-invalid", "not-signed-by-ca"
    };
    [[nodiscard]] static UploadCheck checkUpload(const QByteArray& caPem, const QByteArray& verificationPem);
    /// Whether any account of this platform already holds a CA with this serial.
    [[nodiscard]] bool serialInUse(const QString& serialHex) const;

private:
    const EmulatorCredentials& m_credentials;
    QHash<QString, EmulatedAccount> m_accounts;
};

} // namespace iotca::app
