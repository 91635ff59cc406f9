#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace iotca::model {

/// One HTTP header that takes part in a request signature: the name as sent and the value as sent.
using SignedHeader = std::pair<QByteArray, QByteArray>;

/// The canonical request shared by TC3-HMAC-SHA256 and AWS SigV4 (the two algorithms use the same layout):
/// `Method \n Path \n CanonicalQuery \n CanonicalHeaders \n SignedHeaders \n hex(SHA-256(payload))`.
class HttpCanonicalRequest
{
public:
    /// RFC 3986 percent-encoding: unreserved characters stay, every other byte becomes `%XY` (upper-case hex).
    [[nodiscard]] static QByteArray percentEncode(const QByteArray& utf8);
    /// `name=value` pairs encoded, sorted by encoded name (then value) and joined with `&`.
    [[nodiscard]] static QByteArray canonicalQuery(const QList<std::pair<QString, QString>>& query);
    /// Lower-cased names, values trimmed with inner whitespace runs collapsed, sorted, each line ending in `\n`.
    [[nodiscard]] static QByteArray canonicalHeaders(const QList<SignedHeader>& headers);
    /// Lower-cased, sorted header names joined with `;`.
    [[nodiscard]] static QByteArray signedHeaderNames(const QList<SignedHeader>& headers);
    /// The whole canonical request; `payloadHash` is the lower-case hex SHA-256 of the body.
    [[nodiscard]] static QByteArray build(const QByteArray& method, const QByteArray& path,
                                          const QByteArray& canonicalQueryString, const QList<SignedHeader>& headers,
                                          const QByteArray& payloadHash);
    /// Lower-case hex SHA-256.
    [[nodiscard]] static QByteArray hexSha256(const QByteArray& data);

private:
    [[nodiscard]] static QList<SignedHeader> normalised(const QList<SignedHeader>& headers);
};

} // namespace iotca::model
