#include "DeviceKeyEncoding.h"

#include "DerHeader.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>

#include <array>
#include <cstring>

namespace iotca::crypto {

std::optional<EcEncoding> ecEncoding(KeyAlgorithm algorithm)
{
    // prime256v1 1.2.840.10045.3.1.7 and secp384r1 1.3.132.0.34 (RFC 5480 2.1.1.1).
    if (algorithm == KeyAlgorithm::EcP256)
        return EcEncoding {NID_X9_62_prime256v1, 32, QByteArrayView("\x06\x08\x2a\x86\x48\xce\x3d\x03\x01\x07", 10)};
    if (algorithm == KeyAlgorithm::EcP384)
        return EcEncoding {NID_secp384r1, 48, QByteArrayView("\x06\x05\x2b\x81\x04\x00\x22", 7)};
    return std::nullopt;
}

QByteArray encodedPublicPoint(EVP_PKEY* key)
{
    std::array<unsigned char, 133> point {};
    std::size_t length = 0;
    if (EVP_PKEY_get_octet_string_param(key, OSSL_PKEY_PARAM_ENCODED_PUBLIC_KEY, point.data(), point.size(), &length)
        != 1) {
        return {};
    }
    return QByteArray(reinterpret_cast<const char*>(point.data()), static_cast<qsizetype>(length));
}

QByteArray ecSubjectPublicKeyInfo(const EcEncoding& encoding, QByteArrayView point)
{
    // id-ecPublicKey 1.2.840.10045.2.1 (RFC 5480 2.1.1).
    static constexpr QByteArrayView ecPublicKeyOid("\x06\x07\x2a\x86\x48\xce\x3d\x02\x01", 9);
    const qsizetype algorithmLength = ecPublicKeyOid.size() + encoding.curveOid.size();
    const qsizetype bitStringLength = 1 + point.size(); // the unused-bits octet, 0
    const qsizetype contentLength =
        derHeaderLength(algorithmLength) + algorithmLength + derHeaderLength(bitStringLength) + bitStringLength;
    QByteArray spki;
    spki.reserve(derHeaderLength(contentLength) + contentLength);
    appendDerHeader(spki, 0x30, contentLength);
    appendDerHeader(spki, 0x30, algorithmLength);
    spki.append(ecPublicKeyOid);
    spki.append(encoding.curveOid);
    appendDerHeader(spki, 0x03, bitStringLength);
    spki.append('\0');
    spki.append(point);
    return spki;
}

SecureBuffer sec1PrivateKeyDer(EVP_PKEY* key, const EcEncoding& encoding, QByteArrayView point, bool withParameters)
{
    BIGNUM* scalar = nullptr;
    if (EVP_PKEY_get_bn_param(key, OSSL_PKEY_PARAM_PRIV_KEY, &scalar) != 1)
        return {};
    const qsizetype parameters = withParameters ? 2 + encoding.curveOid.size() : 0;
    const qsizetype inner = 3 + (2 + encoding.scalarLength) + parameters + (2 + 3 + point.size());
    const qsizetype total = inner + (inner < 128 ? 2 : 3);
    SecureBuffer der(total);
    auto* p = reinterpret_cast<unsigned char*>(der.data());
    *p++ = 0x30;
    if (inner >= 128)
        *p++ = 0x81;
    *p++ = static_cast<unsigned char>(inner);
    *p++ = 0x02, *p++ = 0x01, *p++ = 0x01;
    *p++ = 0x04, *p++ = static_cast<unsigned char>(encoding.scalarLength);
    const bool scalarOk = BN_bn2binpad(scalar, p, encoding.scalarLength) == encoding.scalarLength;
    BN_clear_free(scalar);
    if (!scalarOk)
        return {};
    p += encoding.scalarLength;
    if (withParameters) {
        *p++ = 0xa0, *p++ = static_cast<unsigned char>(encoding.curveOid.size());
        std::memcpy(p, encoding.curveOid.data(), static_cast<std::size_t>(encoding.curveOid.size()));
        p += encoding.curveOid.size();
    }
    *p++ = 0xa1, *p++ = static_cast<unsigned char>(3 + point.size());
    *p++ = 0x03, *p++ = static_cast<unsigned char>(1 + point.size()), *p++ = 0x00;
    std::memcpy(p, point.data(), static_cast<std::size_t>(point.size()));
    return der;
}

namespace {

/// PrivateKeyInfo ::= SEQUENCE { version INTEGER 0, privateKeyAlgorithm AlgorithmIdentifier, privateKey OCTET STRING }
/// (RFC 5208 5; no attributes), written into wiped-on-destruction memory.
SecureBuffer privateKeyInfo(QByteArrayView algorithmContent, QByteArrayView privateKey)
{
    const qsizetype algorithm = derHeaderLength(algorithmContent.size()) + algorithmContent.size();
    const qsizetype octets = derHeaderLength(privateKey.size()) + privateKey.size();
    const qsizetype content = 3 + algorithm + octets;
    QByteArray header;
    appendDerHeader(header, 0x30, content);
    header.append("\x02\x01\x00", 3);
    appendDerHeader(header, 0x30, algorithmContent.size());
    QByteArray octetHeader;
    appendDerHeader(octetHeader, 0x04, privateKey.size());
    SecureBuffer der(header.size() + algorithmContent.size() + octetHeader.size() + privateKey.size());
    char* p = der.data();
    for (const QByteArrayView part :
         {QByteArrayView(header), algorithmContent, QByteArrayView(octetHeader), privateKey}) {
        std::memcpy(p, part.data(), static_cast<std::size_t>(part.size()));
        p += part.size();
    }
    return der;
}

} // namespace

SecureBuffer ecPkcs8PrivateKeyDer(EVP_PKEY* key, const EcEncoding& encoding, QByteArrayView point)
{
    const SecureBuffer inner = sec1PrivateKeyDer(key, encoding, point, false);
    if (inner.isEmpty())
        return {};
    // id-ecPublicKey 1.2.840.10045.2.1 with the named curve as its parameters (RFC 5480 2.1.1).
    QByteArray algorithm("\x06\x07\x2a\x86\x48\xce\x3d\x02\x01", 9);
    algorithm.append(encoding.curveOid);
    return privateKeyInfo(algorithm, inner.view());
}

SecureBuffer rsaPkcs8PrivateKeyDer(QByteArrayView pkcs1PrivateKey)
{
    // rsaEncryption 1.2.840.113549.1.1.1 with NULL parameters (RFC 8017 A.1, C).
    static constexpr QByteArrayView rsaEncryption("\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01\x05\x00", 13);
    return privateKeyInfo(rsaEncryption, pkcs1PrivateKey);
}

QByteArrayView subjectPublicKeyBits(QByteArrayView spki)
{
    // SubjectPublicKeyInfo ::= SEQUENCE { algorithm AlgorithmIdentifier, subjectPublicKey BIT STRING } (RFC 5280
    // 4.1.2.7).
    const DerHeader outer = readDerHeader(spki);
    if (outer.tag != 0x30 || outer.totalLength() != spki.size())
        return {};
    const QByteArrayView content = spki.sliced(outer.headerLength);
    const DerHeader algorithm = readDerHeader(content);
    if (algorithm.tag != 0x30 || algorithm.totalLength() >= content.size())
        return {};
    const QByteArrayView rest = content.sliced(algorithm.totalLength());
    const DerHeader bits = readDerHeader(rest);
    if (bits.tag != 0x03 || bits.totalLength() != rest.size() || bits.contentLength < 1
        || rest[bits.headerLength] != '\0') {
        return {};
    }
    return rest.sliced(bits.headerLength + 1);
}

} // namespace iotca::crypto
