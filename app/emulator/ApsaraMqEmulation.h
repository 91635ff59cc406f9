#pragma once

#include "EmulatedPlatform.h"

#include "model/platform/AliyunRpcSigner.h"

namespace iotca::app {

/// ApsaraMQ for MQTT (OnsMqtt 2020-04-20) on path "/": RPC parameters in the query or a form-encoded body, V1
/// HMAC-SHA1 signature checked against the emulator's credentials, fresh nonce required, 15 minutes clock skew.
/// Business errors are HTTP 500 with {"RequestId","HostId","Code","Message"}, as the gateway sends them.
class ApsaraMqEmulation : public EmulatedPlatform
{
    Q_DECLARE_TR_FUNCTIONS(ApsaraMqEmulation)
public:
    using EmulatedPlatform::EmulatedPlatform;

    [[nodiscard]] bool accepts(const EmulatorRequest& request) const override;
    [[nodiscard]] EmulatorResponse handle(const EmulatorRequest& request) override;
    [[nodiscard]] EmulatorResponse serverError(int status) const override;

    /// A device connects with `certificatePem` for the first time: the broker registers it (active) when its CA is
    /// registered and active on the instance. Returns false when the broker would refuse the connection.
    bool connectDevice(const QString& accessKeyId, const QByteArray& certificatePem);

    /// CA certificates an instance may hold before RegisterCaCertificate answers CaNumExceed; 0 (the default) = no
    /// limit. The OnsMqtt API documents the error CaNumExceed ("CA certificate num exceed", platform-alibaba.md §1.5)
    /// but no ApsaraMQ document states the number, so the emulator invents none: a test or demo sets one to see the
    /// platform's refusal (hook: POST /_emulator/apsaramq/ca-limit?count=N).
    void setCaLimit(int limit) { m_caLimit = qMax(0, limit); }

private:
    [[nodiscard]] static EmulatorResponse error(int status, const QString& code, const QString& message);
    [[nodiscard]] EmulatorResponse dispatch(EmulatedAccount& account, const model::RpcParameters& parameters);
    [[nodiscard]] EmulatorResponse registerCa(EmulatedAccount& account, const model::RpcParameters& parameters);
    [[nodiscard]] EmulatorResponse deviceAction(EmulatedAccount& account, const QString& action,
                                                const model::RpcParameters& parameters);
    [[nodiscard]] EmulatorResponse list(const QList<QJsonObject>& items, const model::RpcParameters& parameters,
                                        const QString& arrayName);

    int m_caLimit = 0;
};

} // namespace iotca::app
