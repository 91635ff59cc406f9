#pragma once

#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace iotca::model {

/// Alibaba Cloud RPC parameters (common and action parameters, without `Signature`), sorted by name.
using RpcParameters = QMap<QString, QString>;

/// Alibaba Cloud RPC signature V1 (HMAC-SHA1), as used by ApsaraMQ for MQTT (OnsMqtt 2020-04-20).
///
/// StringToSign = Method & percentEncode("/") & percentEncode(CanonicalizedQueryString);
/// Signature = Base64(HMAC-SHA1(AccessKeySecret + "&", StringToSign)).
class AliyunRpcSigner
{
public:
    /// Alibaba's percentEncode: RFC 3986 unreserved characters stay, every other UTF-8 byte is `%XY`.
    [[nodiscard]] static QByteArray percentEncode(const QString& text);
    /// Sorted, encoded `name=value` pairs joined with `&`; also the body of a signed request.
    [[nodiscard]] static QByteArray canonicalizedQuery(const RpcParameters& parameters);
    [[nodiscard]] static QByteArray stringToSign(const QByteArray& method, const RpcParameters& parameters);
    /// The Base64 signature (not yet percent-encoded).
    [[nodiscard]] static QByteArray signature(const QByteArray& method, const RpcParameters& parameters,
                                              const crypto::SecureBuffer& accessKeySecret);
};

} // namespace iotca::model
