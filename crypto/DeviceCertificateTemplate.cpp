#include "DeviceCertificateTemplate.h"

#include "Certificate.h"
#include "CryptoErrorCode.h"
#include "DerHeader.h"
#include "DeviceKeyEncoding.h"
#include "OpenSslAccess.h"
#include "OpenSslBio.h"
#include "OpenSslError.h"

#include <openssl/core_names.h>

#include <array>
#include <chrono>

namespace iotca::crypto {

namespace {

// version [0] EXPLICIT INTEGER v3(2) (RFC 5280 4.1.2.1).
constexpr QByteArrayView versionV3("\xa0\x03\x02\x01\x02", 5);
// Extension { extnID subjectKeyIdentifier 2.5.29.14, extnValue OCTET STRING { KeyIdentifier OCTET STRING (20) } }:
// the SHA-1 key identifier of RFC 5280 4.2.1.2 method (1), not critical (so the BOOLEAN is absent, X.690 11.5).
constexpr QByteArrayView subjectKeyIdentifierPrefix("\x30\x1d\x06\x03\x55\x1d\x0e\x04\x16\x04\x14", 11);
constexpr qsizetype keyIdentifierLength = 20;
constexpr qsizetype maxSignatureLength = 1024; // RSA 8192; our CA keys are at most RSA 4096 or P-384

QByteArray extensionDer(const X509_EXTENSION* extension)
{
    return extension ? derEncoding(extension, i2d_X509_EXTENSION) : QByteArray();
}

// The AlgorithmIdentifier the signature provider reports for this key and digest: what X509_sign() writes too.
QByteArray signatureAlgorithmDer(EVP_PKEY* key, const EVP_MD* digest)
{
    MdCtxPtr context(EVP_MD_CTX_new());
    EVP_PKEY_CTX* keyContext = nullptr; // owned by `context`
    if (!context || EVP_DigestSignInit(context.get(), &keyContext, digest, nullptr, key) != 1)
        return {};
    std::array<unsigned char, 128> algorithm {};
    std::array<OSSL_PARAM, 2> parameters {
        OSSL_PARAM_construct_octet_string(OSSL_SIGNATURE_PARAM_ALGORITHM_ID, algorithm.data(), algorithm.size()),
        OSSL_PARAM_construct_end()};
    if (EVP_PKEY_CTX_get_params(keyContext, parameters.data()) != 1 || !OSSL_PARAM_modified(parameters.data()))
        return {};
    return QByteArray(reinterpret_cast<const char*>(algorithm.data()),
                      static_cast<qsizetype>(parameters[0].return_size));
}

// CertificateSerialNumber ::= INTEGER, positive (RFC 5280 4.1.2.2): a leading 0x00 when the top bit is set
// (X.690 8.3.2); zero is the one octet 0x00.
qsizetype serialContentLength(const QByteArray& magnitude)
{
    if (magnitude.isEmpty())
        return 1;
    return magnitude.size() + ((static_cast<unsigned char>(magnitude[0]) & 0x80) ? 1 : 0);
}

void appendSerial(QByteArray& out, const QByteArray& magnitude)
{
    appendDerHeader(out, 0x02, serialContentLength(magnitude));
    if (magnitude.isEmpty() || (static_cast<unsigned char>(magnitude[0]) & 0x80))
        out.append('\0');
    out.append(magnitude);
}

// Validity times (RFC 5280 4.1.2.5): UTCTime YYMMDDHHMMSSZ through 2049, GeneralizedTime YYYYMMDDHHMMSSZ from 2050
// on (4.1.2.5.1, 4.1.2.5.2); always UTC with seconds, never fractions.
constexpr qsizetype timeLength(bool generalized)
{
    return generalized ? 2 + 15 : 2 + 13;
}

struct CivilTime
{
    int year;
    unsigned month, day, hour, minute, second;
};

std::optional<CivilTime> civilTime(qint64 secondsSinceEpoch)
{
    using namespace std::chrono;
    // 1950-01-01 and 10000-01-01: what the two time types can express.
    if (secondsSinceEpoch < -631'152'000 || secondsSinceEpoch >= 253'402'300'800)
        return std::nullopt;
    const sys_seconds time {seconds(secondsSinceEpoch)};
    const sys_days day = floor<days>(time);
    const year_month_day date {day};
    const hh_mm_ss clock {time - day};
    return CivilTime {int(date.year()),
                      unsigned(date.month()),
                      unsigned(date.day()),
                      unsigned(clock.hours().count()),
                      unsigned(clock.minutes().count()),
                      unsigned(clock.seconds().count())};
}

void appendDigits(QByteArray& out, unsigned value, int digits)
{
    std::array<char, 4> text {};
    for (int i = digits - 1; i >= 0; --i, value /= 10)
        text.at(std::size_t(i)) = char('0' + value % 10);
    out.append(text.data(), digits);
}

void appendTime(QByteArray& out, const CivilTime& time)
{
    const bool generalized = time.year >= 2050;
    out.append(generalized ? '\x18' : '\x17');
    out.append(static_cast<char>(timeLength(generalized) - 2));
    appendDigits(out, unsigned(generalized ? time.year : time.year % 100), generalized ? 4 : 2);
    for (const unsigned part : {time.month, time.day, time.hour, time.minute, time.second})
        appendDigits(out, part, 2);
    out.append('Z');
}

} // namespace

Result<DeviceCertificateTemplate> DeviceCertificateTemplate::create(const Certificate& caCertificate,
                                                                    const PrivateKey& caKey, const EVP_MD* digest,
                                                                    const ConstantExtensions& extensions)
{
    DeviceCertificateTemplate result;
    result.m_caKey = caKey;
    EVP_PKEY* key = OpenSslAccess::handle(caKey);
    if (digest && EVP_MD_up_ref(const_cast<EVP_MD*>(digest)) == 1)
        result.m_digest = std::shared_ptr<EVP_MD>(const_cast<EVP_MD*>(digest), EVP_MD_free);
    result.m_sha1 = std::shared_ptr<EVP_MD>(EVP_MD_fetch(nullptr, "SHA1", nullptr), EVP_MD_free);
    result.m_maxSignatureLength = key ? EVP_PKEY_get_size(key) : 0;
    result.m_signatureAlgorithm = key && digest ? signatureAlgorithmDer(key, digest) : QByteArray();
    // The issuer field is the CA's subject exactly as its certificate encodes it (RFC 5280 4.1.2.4, 7.1: name
    // chaining compares them), which i2d_X509_NAME returns from the decoded certificate's cached encoding.
    result.m_issuerName = derEncoding(X509_get_subject_name(OpenSslAccess::handle(caCertificate)), i2d_X509_NAME);
    const QByteArray basicConstraints = extensionDer(extensions.basicConstraints);
    const QByteArray extendedKeyUsage = extensionDer(extensions.extendedKeyUsage);
    const QByteArray keyUsageRsa = extensionDer(extensions.keyUsageRsa);
    const QByteArray keyUsageEc = extensionDer(extensions.keyUsageEc);
    result.m_extensionsBeforeKeyIdRsa = basicConstraints + keyUsageRsa + extendedKeyUsage;
    result.m_extensionsBeforeKeyIdEc = basicConstraints + keyUsageEc + extendedKeyUsage;
    result.m_authorityKeyIdentifier = extensionDer(extensions.authorityKeyIdentifier);
    if (!result.m_digest || !result.m_sha1 || result.m_maxSignatureLength <= 0
        || result.m_maxSignatureLength > maxSignatureLength || result.m_signatureAlgorithm.isEmpty()
        || result.m_issuerName.isEmpty() || basicConstraints.isEmpty() || extendedKeyUsage.isEmpty()
        || keyUsageRsa.isEmpty() || keyUsageEc.isEmpty() || result.m_authorityKeyIdentifier.isEmpty()) {
        return openSslError(tr("Could not prepare the device certificate template."), ErrorCode::OpenSslFailure);
    }
    return result;
}

Result<QByteArray> DeviceCertificateTemplate::tbsCertificate(const Device& device) const
{
    const QByteArray serial = device.serialNumber.toBytes();
    const std::optional<CivilTime> notBefore = civilTime(device.notBefore);
    const std::optional<CivilTime> notAfter = civilTime(device.notAfter);
    if (device.serialNumber.isNegative() || serial.size() > 20 || !notBefore || !notAfter) {
        return Error {
            tr("The certificate's serial number or validity cannot be encoded."), {}, ErrorCode::InvalidArgument};
    }
    const QByteArray& constantExtensions = device.rsaKey ? m_extensionsBeforeKeyIdRsa : m_extensionsBeforeKeyIdEc;

    // Extensions ::= SEQUENCE OF Extension, inside [3] EXPLICIT (RFC 5280 4.1.2.9), in the X509 builder's order.
    const qsizetype extensionsLength = constantExtensions.size() + subjectKeyIdentifierPrefix.size()
        + keyIdentifierLength + m_authorityKeyIdentifier.size() + device.subjectAltName.size();
    const qsizetype extensionsSequenceLength = derHeaderLength(extensionsLength) + extensionsLength;
    const qsizetype validityLength =
        timeLength(notBefore->year >= 2050) + timeLength(notAfter->year >= 2050); // Validity (4.1.2.5)
    const qsizetype serialLength = serialContentLength(serial);
    const qsizetype tbsLength = versionV3.size() + derHeaderLength(serialLength) + serialLength
        + m_signatureAlgorithm.size() + m_issuerName.size() + derHeaderLength(validityLength) + validityLength
        + device.subjectName.size() + device.subjectPublicKeyInfo.size() + derHeaderLength(extensionsSequenceLength)
        + extensionsSequenceLength;

    // TBSCertificate ::= SEQUENCE { version, serialNumber, signature, issuer, validity, subject,
    //                               subjectPublicKeyInfo, extensions } (RFC 5280 4.1, 4.1.2)
    QByteArray tbs;
    tbs.reserve(derHeaderLength(tbsLength) + tbsLength);
    appendDerHeader(tbs, 0x30, tbsLength);
    tbs.append(versionV3);
    appendSerial(tbs, serial);
    tbs.append(m_signatureAlgorithm);
    tbs.append(m_issuerName);
    appendDerHeader(tbs, 0x30, validityLength);
    appendTime(tbs, *notBefore);
    appendTime(tbs, *notAfter);
    tbs.append(device.subjectName);
    tbs.append(device.subjectPublicKeyInfo);
    appendDerHeader(tbs, 0xa3, extensionsSequenceLength);
    appendDerHeader(tbs, 0x30, extensionsLength);
    tbs.append(constantExtensions);
    tbs.append(subjectKeyIdentifierPrefix);
    std::array<unsigned char, EVP_MAX_MD_SIZE> keyId {};
    unsigned int keyIdLength = 0;
    const QByteArrayView keyBits = subjectPublicKeyBits(device.subjectPublicKeyInfo);
    // SHA-1 only as RFC 5280 4.2.1.2 method (1) names it for key identifiers, not for a signature.
    if (keyBits.isEmpty()
        || EVP_Digest(keyBits.data(), std::size_t(keyBits.size()), keyId.data(), &keyIdLength, m_sha1.get(), nullptr)
            != 1
        || keyIdLength != keyIdentifierLength) {
        return openSslError(tr("Could not compute the subject key identifier."), ErrorCode::OpenSslFailure);
    }
    tbs.append(reinterpret_cast<const char*>(keyId.data()), keyIdentifierLength);
    tbs.append(m_authorityKeyIdentifier);
    tbs.append(device.subjectAltName);
    return tbs;
}

Result<QByteArray> DeviceCertificateTemplate::signedCertificate(QByteArrayView tbsCertificate) const
{
    // One context per thread, reset and initialised per signature as X509_sign() does, without its allocations.
    thread_local const MdCtxPtr context(EVP_MD_CTX_new());
    std::array<unsigned char, maxSignatureLength> signature {};
    std::size_t signatureLength = std::size_t(m_maxSignatureLength);
    if (!context || EVP_MD_CTX_reset(context.get()) != 1
        || EVP_DigestSignInit(context.get(), nullptr, m_digest.get(), nullptr, OpenSslAccess::handle(m_caKey)) != 1
        || EVP_DigestSign(context.get(), signature.data(), &signatureLength,
                          reinterpret_cast<const unsigned char*>(tbsCertificate.data()),
                          std::size_t(tbsCertificate.size()))
            != 1) {
        return openSslError(tr("Could not sign the certificate."), ErrorCode::OpenSslFailure);
    }
    // Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm, signatureValue BIT STRING } (RFC 5280 4.1.1);
    // the BIT STRING's first octet is its unused-bits count, 0.
    const qsizetype bitStringLength = 1 + qsizetype(signatureLength);
    const qsizetype certificateLength =
        tbsCertificate.size() + m_signatureAlgorithm.size() + derHeaderLength(bitStringLength) + bitStringLength;
    QByteArray certificate;
    certificate.reserve(derHeaderLength(certificateLength) + certificateLength);
    appendDerHeader(certificate, 0x30, certificateLength);
    certificate.append(tbsCertificate);
    certificate.append(m_signatureAlgorithm);
    appendDerHeader(certificate, 0x03, bitStringLength);
    certificate.append('\0');
    certificate.append(reinterpret_cast<const char*>(signature.data()), qsizetype(signatureLength));
    return certificate;
}

} // namespace iotca::crypto
