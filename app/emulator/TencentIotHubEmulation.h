#pragma once

#include "EmulatedPlatform.h"

#include <QStringList>

#include <variant>

namespace iotca::app {

/// Tencent Cloud IoT Hub (iotcloud 2021-04-08): POST "/" with X-TC-Action and a JSON body, TC3-HMAC-SHA256 checked
/// against the emulator's credentials (5 minutes skew). Errors are HTTP 200 with Response.Error{Code,Message}.
///
/// The console's verification code has no API; the emulator gives each account a fixed code, verificationCode().
/// Every account has one certificate-auth product, "EMUPRD0001": ten upper-case letters and digits, like every
/// ProductId in the official examples (tencentcloud-cli tccli/services/iotcloud/v20210408/examples.json, e.g.
/// "EQPOKD5111", "UTY6QRLMQY", "7ZISKXPJVU").
class TencentIotHubEmulation : public EmulatedPlatform
{
public:
    using EmulatedPlatform::EmulatedPlatform;

    [[nodiscard]] static QString productId() { return QStringLiteral("EMUPRD0001"); }
    [[nodiscard]] static QString productName(const QString& product) { return product.toLower(); }
    /// The products bound to the CA `certName`, sorted.
    [[nodiscard]] static QStringList boundProducts(const EmulatedAccount& account, const QString& certName);
    /// The verification code the "console" shows this account: hex SHA-256 of the SecretId, 32 characters.
    [[nodiscard]] static QString verificationCode(const QString& secretId);

    [[nodiscard]] bool accepts(const EmulatorRequest& request) const override;
    [[nodiscard]] EmulatorResponse handle(const EmulatorRequest& request) override;
    [[nodiscard]] EmulatorResponse serverError(int status) const override;

private:
    [[nodiscard]] static EmulatorResponse error(const QString& code, const QString& message);
    [[nodiscard]] static EmulatorResponse ok(QJsonObject fields);
    [[nodiscard]] std::variant<QString, EmulatorResponse> authenticate(const EmulatorRequest& request) const;
    [[nodiscard]] EmulatorResponse createCa(EmulatedAccount& account, const QString& secretId, const QJsonObject& body);
    [[nodiscard]] EmulatorResponse deviceAction(EmulatedAccount& account, const QString& action,
                                                const QJsonObject& body);
    [[nodiscard]] EmulatorResponse describeBoundProducts(const EmulatedAccount& account, const QJsonObject& body);
    [[nodiscard]] EmulatorResponse productCaAction(EmulatedAccount& account, const QString& action,
                                                   const QJsonObject& body);
};

} // namespace iotca::app
