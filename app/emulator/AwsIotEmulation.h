#pragma once

#include "EmulatedPlatform.h"

#include <variant>

namespace iotca::app {

/// AWS IoT Core control plane (rest-json 2015-05-28): the CA and certificate paths, SigV4 checked against the
/// emulator's credentials (service "iot", 15 minutes skew), errors as HTTP status + x-amzn-ErrorType + {"message"}.
/// Certificate ids are the SHA-256 of the DER certificate in hex [an assumption: AWS does not document it].
class AwsIotEmulation : public EmulatedPlatform
{
public:
    using EmulatedPlatform::EmulatedPlatform;

    [[nodiscard]] bool accepts(const EmulatorRequest& request) const override;
    [[nodiscard]] EmulatorResponse handle(const EmulatorRequest& request) override;
    [[nodiscard]] EmulatorResponse serverError(int status) const override;

private:
    [[nodiscard]] static EmulatorResponse error(int status, const QString& type, const QString& message);
    /// The AccessKey ID when the signature is right, else the error response.
    [[nodiscard]] std::variant<QString, EmulatorResponse> authenticate(const EmulatorRequest& request) const;
    [[nodiscard]] EmulatorResponse registerCa(EmulatedAccount& account, const EmulatorRequest& request);
    [[nodiscard]] EmulatorResponse caById(EmulatedAccount& account, const EmulatorRequest& request, const QString& id);
    [[nodiscard]] EmulatorResponse registerDevice(EmulatedAccount& account, const EmulatorRequest& request);
    [[nodiscard]] EmulatorResponse deviceById(EmulatedAccount& account, const EmulatorRequest& request,
                                              const QString& id);
    [[nodiscard]] static EmulatorResponse page(const QList<QJsonObject>& items, const EmulatorRequest& request);
};

} // namespace iotca::app
