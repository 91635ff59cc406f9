#include "HttpCanonicalRequest.h"

#include "crypto/Digest.h"

#include <algorithm>

namespace iotca::model {

QByteArray HttpCanonicalRequest::percentEncode(const QByteArray& utf8)
{
    // QByteArray::toPercentEncoding() leaves exactly the RFC 3986 unreserved set (ALPHA DIGIT - . _ ~) as it is and
    // writes upper-case hex; the signer tests pin this down against the platforms' official vectors.
    return utf8.toPercentEncoding();
}

QByteArray HttpCanonicalRequest::canonicalQuery(const QList<std::pair<QString, QString>>& query)
{
    QList<std::pair<QByteArray, QByteArray>> encoded;
    encoded.reserve(query.size());
    for (const auto& [name, value] : query)
        encoded.append({percentEncode(name.toUtf8()), percentEncode(value.toUtf8())});
    std::sort(encoded.begin(), encoded.end());
    QByteArray out;
    for (const auto& [name, value] : encoded) {
        if (!out.isEmpty())
            out += '&';
        out += name + '=' + value;
    }
    return out;
}

QList<SignedHeader> HttpCanonicalRequest::normalised(const QList<SignedHeader>& headers)
{
    QList<SignedHeader> out;
    out.reserve(headers.size());
    for (const auto& [name, value] : headers)
        out.append({name.trimmed().toLower(), value.simplified()});
    std::sort(out.begin(), out.end());
    return out;
}

QByteArray HttpCanonicalRequest::canonicalHeaders(const QList<SignedHeader>& headers)
{
    QByteArray out;
    for (const auto& [name, value] : normalised(headers))
        out += name + ':' + value + '\n';
    return out;
}

QByteArray HttpCanonicalRequest::signedHeaderNames(const QList<SignedHeader>& headers)
{
    QByteArrayList names;
    for (const auto& header : normalised(headers))
        names.append(header.first);
    return names.join(';');
}

QByteArray HttpCanonicalRequest::build(const QByteArray& method, const QByteArray& path,
                                       const QByteArray& canonicalQueryString, const QList<SignedHeader>& headers,
                                       const QByteArray& payloadHash)
{
    return method + '\n' + path + '\n' + canonicalQueryString + '\n' + canonicalHeaders(headers) + '\n'
        + signedHeaderNames(headers) + '\n' + payloadHash;
}

QByteArray HttpCanonicalRequest::hexSha256(const QByteArray& data)
{
    return crypto::sha256(data).toHex();
}

} // namespace iotca::model
