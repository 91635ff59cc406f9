#include "Certificate.h"

#include "CryptoErrorCode.h"
#include "DerHeader.h"
#include "OpenSslBio.h"
#include "OpenSslConversions.h"
#include "OpenSslError.h"
#include "OpenSslHandles.h"
#include "PemReader.h"

#include <openssl/objects.h>
#include <openssl/pem.h>

#include <array>
#include <limits>

namespace iotca::crypto {

namespace {

bool isCertificateLabel(const QByteArray& label)
{
    return label == "CERTIFICATE" || label == "TRUSTED CERTIFICATE" || label == "X509 CERTIFICATE";
}

template<class Decoded, class Free>
bool decodes(QByteArrayView der, Decoded* (*d2i)(Decoded**, const unsigned char**, long), Free freeFn)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.data());
    Decoded* decoded = d2i(nullptr, &p, static_cast<long>(der.size()));
    if (!decoded)
        return false;
    freeFn(decoded);
    return true;
}

} // namespace

Certificate Certificate::adopt(x509_st* x509)
{
    Certificate result;
    result.m_x509 = std::shared_ptr<x509_st>(x509, X509_free);
    return result;
}

Certificate Certificate::adopt(x509_st* x509, std::shared_ptr<evp_pkey_st> publicKey)
{
    Certificate result = adopt(x509);
    result.m_publicKey = std::move(publicKey);
    return result;
}

evp_pkey_st* Certificate::publicKeyHandle() const
{
    if (m_publicKey)
        return m_publicKey.get();
    if (!m_x509)
        return nullptr;
    EVP_PKEY* key = X509_get0_pubkey(m_x509.get());
    if (!key)
        clearOpenSslErrors();
    return key;
}

Certificate Certificate::completed() const
{
    if (!m_publicKey)
        return *this;
    Result<Certificate> decoded = fromDer(toDer());
    return decoded ? *decoded : *this;
}

Result<Certificate> Certificate::fromDer(QByteArrayView der)
{
    if (der.isEmpty())
        return Error {tr("The file for the certificate is empty."), {}, ErrorCode::Empty};
    if (der.size() > std::numeric_limits<int>::max())
        return Error {tr("The certificate file is too large."), {}, ErrorCode::Malformed};
    const auto* bytes = reinterpret_cast<const unsigned char*>(der.data());
    const unsigned char* p = bytes;
    X509* x509 = d2i_X509(nullptr, &p, static_cast<long>(der.size()));
    if (x509) {
        clearOpenSslErrors();
        return adopt(x509);
    }
    clearOpenSslErrors();
    const qint64 declared = declaredDerSequenceLength(der);
    if (declared > der.size()) {
        //: %1 and %2 are byte counts
        return Error {
            tr("The certificate is cut off: it should have %1 bytes but has only %2.").arg(declared).arg(der.size()),
            {},
            ErrorCode::Truncated};
    }
    const bool isKey = decodes<PKCS8_PRIV_KEY_INFO>(der, d2i_PKCS8_PRIV_KEY_INFO, PKCS8_PRIV_KEY_INFO_free)
        || decodes<X509_SIG>(der, d2i_X509_SIG, X509_SIG_free) || decodes<EVP_PKEY>(der, d2i_PUBKEY, EVP_PKEY_free);
    const bool isRequest = !isKey && decodes<X509_REQ>(der, d2i_X509_REQ, X509_REQ_free);
    clearOpenSslErrors();
    if (isKey)
        return Error {tr("The file holds a key, not a certificate."), {}, ErrorCode::NotACertificate};
    if (isRequest) {
        return Error {
            tr("The file holds a certificate signing request, not a certificate."), {}, ErrorCode::NotACertificate};
    }
    return Error {tr("The certificate is damaged and cannot be decoded."), {}, ErrorCode::Malformed};
}

Result<QList<Certificate>> Certificate::allFromPem(QByteArrayView pem)
{
    Result<std::vector<PemBlock>> blocks = PemReader::read(pem, tr("the certificate"));
    if (!blocks)
        return blocks.error();
    QList<Certificate> certificates;
    QByteArray otherLabel;
    int index = 0;
    for (const PemBlock& block : std::as_const(*blocks)) {
        if (!isCertificateLabel(block.label)) {
            if (otherLabel.isEmpty())
                otherLabel = block.label;
            continue;
        }
        ++index;
        const auto* p = reinterpret_cast<const unsigned char*>(block.der.data());
        const long length = static_cast<long>(block.der.size());
        X509* x509 =
            block.label == "TRUSTED CERTIFICATE" ? d2i_X509_AUX(nullptr, &p, length) : d2i_X509(nullptr, &p, length);
        if (!x509) {
            // d2i_X509_AUX also reads the trust settings after a TRUSTED CERTIFICATE: damaged settings fail it while
            // the certificate alone decodes, and then fromDer() has no error to give (calling error() on its
            // success threw std::bad_variant_access; found by fuzzing, tests/fuzz/corpus/certificate/crash-*).
            const Result<Certificate> alone = fromDer(block.der.view());
            Error error = alone
                ? Error {tr("The trust settings after the certificate are damaged."), {}, ErrorCode::Malformed}
                : alone.error();
            //: %1 is the position of the certificate in the file (1, 2, ...), %2 the reason
            error.message = tr("Certificate %1 in the file: %2").arg(index).arg(error.message);
            return error;
        }
        certificates.append(adopt(x509));
    }
    if (certificates.isEmpty()) {
        //: %1 is a PEM label such as "PRIVATE KEY"
        return Error {tr("The file holds a \"%1\" but no certificate.").arg(QString::fromLatin1(otherLabel)),
                      {},
                      ErrorCode::NotACertificate};
    }
    return certificates;
}

Result<Certificate> Certificate::fromPem(QByteArrayView pem)
{
    Result<QList<Certificate>> all = allFromPem(pem);
    if (!all)
        return all.error();
    return all->first();
}

Result<Certificate> Certificate::fromData(QByteArrayView data)
{
    if (PemReader::looksLikePem(data))
        return fromPem(data);
    if (data.trimmed().isEmpty())
        return Error {tr("The file for the certificate is empty."), {}, ErrorCode::Empty};
    if (static_cast<unsigned char>(data[0]) != 0x30)
        return Error {tr("The file is neither a PEM nor a DER certificate."), {}, ErrorCode::Malformed};
    return fromDer(data);
}

Result<QList<Certificate>> Certificate::allFromData(QByteArrayView data)
{
    if (PemReader::looksLikePem(data))
        return allFromPem(data);
    Result<Certificate> single = fromData(data);
    if (!single)
        return single.error();
    return QList<Certificate> {*single};
}

DistinguishedName Certificate::subject() const
{
    return m_x509 ? OpenSslConversions::toDistinguishedName(X509_get_subject_name(m_x509.get())) : DistinguishedName();
}

QString Certificate::subjectString() const
{
    return subject().toString();
}

DistinguishedName Certificate::issuer() const
{
    return m_x509 ? OpenSslConversions::toDistinguishedName(X509_get_issuer_name(m_x509.get())) : DistinguishedName();
}

QString Certificate::issuerString() const
{
    return issuer().toString();
}

QString Certificate::commonName() const
{
    return subject().commonName();
}

SerialNumber Certificate::serialNumber() const
{
    return m_x509 ? OpenSslConversions::toSerialNumber(X509_get0_serialNumber(m_x509.get())) : SerialNumber();
}

QString Certificate::serialNumberHex() const
{
    return serialNumber().toHex();
}

QDateTime Certificate::notBefore() const
{
    return m_x509 ? OpenSslConversions::toDateTime(X509_get0_notBefore(m_x509.get())) : QDateTime();
}

QDateTime Certificate::notAfter() const
{
    return m_x509 ? OpenSslConversions::toDateTime(X509_get0_notAfter(m_x509.get())) : QDateTime();
}

bool Certificate::isValidAt(const QDateTime& when) const
{
    return m_x509 && notBefore() <= when && when <= notAfter();
}

std::optional<KeyAlgorithm> Certificate::keyAlgorithm() const
{
    return m_x509 ? OpenSslConversions::keyInfo(publicKeyHandle()).algorithm : std::nullopt;
}

bool Certificate::hasRsaKey() const
{
    return m_x509 && OpenSslConversions::keyInfo(publicKeyHandle()).rsa;
}

bool Certificate::hasEcKey() const
{
    return m_x509 && OpenSslConversions::keyInfo(publicKeyHandle()).ec;
}

int Certificate::keyBits() const
{
    return m_x509 ? OpenSslConversions::keyInfo(publicKeyHandle()).bits : 0;
}

QString Certificate::curveName() const
{
    return m_x509 ? OpenSslConversions::keyInfo(publicKeyHandle()).curve : QString();
}

QString Certificate::keyDescription() const
{
    return m_x509 ? OpenSslConversions::keyInfo(publicKeyHandle()).description : QString();
}

QString Certificate::signatureAlgorithm() const
{
    if (!m_x509)
        return {};
    const int nid = X509_get_signature_nid(m_x509.get());
    if (nid != NID_undef)
        return QString::fromLatin1(OBJ_nid2ln(nid));
    const X509_ALGOR* algorithm = nullptr;
    X509_get0_signature(nullptr, &algorithm, m_x509.get());
    const ASN1_OBJECT* object = nullptr;
    X509_ALGOR_get0(&object, nullptr, nullptr, algorithm);
    std::array<char, 128> text {};
    OBJ_obj2txt(text.data(), static_cast<int>(text.size()), object, 1);
    return QString::fromLatin1(text.data());
}

QByteArray Certificate::fingerprint(DigestAlgorithm algorithm) const
{
    return m_x509 ? digest(algorithm, toDer()) : QByteArray();
}

QString Certificate::fingerprintText(const QByteArray& digestBytes)
{
    return QString::fromLatin1(digestBytes.toHex(':').toUpper());
}

BasicConstraints Certificate::basicConstraints() const
{
    BasicConstraints result;
    if (!m_x509)
        return result;
    int critical = -1;
    BasicConstraintsPtr constraints(
        static_cast<BASIC_CONSTRAINTS*>(X509_get_ext_d2i(m_x509.get(), NID_basic_constraints, &critical, nullptr)));
    clearOpenSslErrors();
    if (!constraints)
        return result;
    result.present = true;
    result.critical = critical == 1;
    result.isCa = constraints->ca != 0;
    if (constraints->pathlen) {
        const long pathLength = ASN1_INTEGER_get(constraints->pathlen);
        if (pathLength >= 0 && pathLength <= std::numeric_limits<int>::max())
            result.pathLength = static_cast<int>(pathLength);
    }
    return result;
}

KeyUsages Certificate::keyUsage() const
{
    if (!m_x509)
        return {};
    const uint32_t bits = X509_get_key_usage(m_x509.get());
    clearOpenSslErrors();
    if (bits == UINT32_MAX)
        return {};
    KeyUsages usages;
    const std::pair<uint32_t, KeyUsage> map[] = {
        {KU_DIGITAL_SIGNATURE, KeyUsage::DigitalSignature},
        {KU_NON_REPUDIATION, KeyUsage::NonRepudiation},
        {KU_KEY_ENCIPHERMENT, KeyUsage::KeyEncipherment},
        {KU_DATA_ENCIPHERMENT, KeyUsage::DataEncipherment},
        {KU_KEY_AGREEMENT, KeyUsage::KeyAgreement},
        {KU_KEY_CERT_SIGN, KeyUsage::KeyCertSign},
        {KU_CRL_SIGN, KeyUsage::CrlSign},
        {KU_ENCIPHER_ONLY, KeyUsage::EncipherOnly},
        {KU_DECIPHER_ONLY, KeyUsage::DecipherOnly},
    };
    for (const auto& [bit, usage] : map) {
        if (bits & bit)
            usages |= usage;
    }
    return usages;
}

bool Certificate::hasKeyUsage() const
{
    return m_x509 && X509_get_ext_by_NID(m_x509.get(), NID_key_usage, -1) >= 0;
}

QStringList Certificate::extendedKeyUsage() const
{
    QStringList result;
    if (!m_x509)
        return result;
    ExtendedKeyUsagePtr usages(
        static_cast<EXTENDED_KEY_USAGE*>(X509_get_ext_d2i(m_x509.get(), NID_ext_key_usage, nullptr, nullptr)));
    clearOpenSslErrors();
    const int count = usages ? sk_ASN1_OBJECT_num(usages.get()) : 0;
    for (int i = 0; i < count; ++i) {
        const ASN1_OBJECT* object = sk_ASN1_OBJECT_value(usages.get(), i);
        const int nid = OBJ_obj2nid(object);
        if (nid != NID_undef) {
            result << QString::fromLatin1(OBJ_nid2sn(nid));
        } else {
            std::array<char, 128> text {};
            OBJ_obj2txt(text.data(), static_cast<int>(text.size()), object, 1);
            result << QString::fromLatin1(text.data());
        }
    }
    return result;
}

QByteArray Certificate::subjectKeyIdentifier() const
{
    if (!m_x509)
        return {};
    const ASN1_OCTET_STRING* id = X509_get0_subject_key_id(m_x509.get());
    clearOpenSslErrors();
    if (!id)
        return {};
    return QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(id)), ASN1_STRING_length(id));
}

QByteArray Certificate::authorityKeyIdentifier() const
{
    if (!m_x509)
        return {};
    const ASN1_OCTET_STRING* id = X509_get0_authority_key_id(m_x509.get());
    clearOpenSslErrors();
    if (!id)
        return {};
    return QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(id)), ASN1_STRING_length(id));
}

QStringList Certificate::subjectAlternativeNames() const
{
    if (!m_x509)
        return {};
    GeneralNamesPtr names(
        static_cast<GENERAL_NAMES*>(X509_get_ext_d2i(m_x509.get(), NID_subject_alt_name, nullptr, nullptr)));
    clearOpenSslErrors();
    return OpenSslConversions::fromGeneralNames(names.get());
}

bool Certificate::isExtensionCritical(const QString& shortName) const
{
    if (!m_x509)
        return false;
    const int nid = OBJ_sn2nid(shortName.toLatin1().constData());
    const int index = nid == NID_undef ? -1 : X509_get_ext_by_NID(m_x509.get(), nid, -1);
    if (index < 0)
        return false;
    return X509_EXTENSION_get_critical(X509_get_ext(m_x509.get(), index)) == 1;
}

Status Certificate::checkIsCa() const
{
    const QString name = commonName().isEmpty() ? subjectString() : commonName();
    if (!m_x509)
        return Error {tr("There is no certificate."), {}, ErrorCode::NotACa};
    if (X509_get_version(m_x509.get()) != X509_VERSION_3) {
        //: %1 is the certificate's name
        return Error {tr("The certificate '%1' is not a version 3 certificate, so it cannot be a CA.").arg(name),
                      {},
                      ErrorCode::NotACa};
    }
    const BasicConstraints constraints = basicConstraints();
    if (!constraints.present) {
        return Error {tr("The certificate '%1' is not a CA: it has no basicConstraints extension.").arg(name),
                      {},
                      ErrorCode::NotACa};
    }
    if (!constraints.isCa) {
        return Error {tr("The certificate '%1' is not a CA: its basicConstraints say CA:FALSE.").arg(name),
                      {},
                      ErrorCode::NotACa};
    }
    if (hasKeyUsage() && !keyUsage().testFlag(KeyUsage::KeyCertSign)) {
        return Error {tr("The certificate '%1' is not a CA: its keyUsage does not allow signing certificates "
                         "(keyCertSign).")
                          .arg(name),
                      {},
                      ErrorCode::NotACa};
    }
    return {};
}

bool Certificate::isSelfSigned() const
{
    return isSignedBy(*this);
}

bool Certificate::isSignedBy(const Certificate& issuerCertificate) const
{
    if (!m_x509 || issuerCertificate.isNull())
        return false;
    if (X509_NAME_cmp(X509_get_issuer_name(m_x509.get()), X509_get_subject_name(issuerCertificate.handle())) != 0)
        return false;
    EVP_PKEY* issuerKey = issuerCertificate.publicKeyHandle();
    const bool verified = issuerKey && X509_verify(m_x509.get(), issuerKey) == 1;
    clearOpenSslErrors();
    return verified;
}

QByteArray Certificate::publicKeyDer() const
{
    return m_x509 ? OpenSslConversions::publicKeyDer(publicKeyHandle()) : QByteArray();
}

QByteArray Certificate::toPem() const
{
    BioPtr bio = writableBio();
    if (!m_x509 || !bio || PEM_write_bio_X509(bio.get(), m_x509.get()) != 1) {
        clearOpenSslErrors();
        return {};
    }
    return bioContents(bio.get());
}

QByteArray Certificate::toDer() const
{
    if (!m_x509)
        return {};
    QByteArray der = derEncoding(m_x509.get(), i2d_X509);
    if (der.isEmpty())
        clearOpenSslErrors();
    return der;
}

bool Certificate::operator==(const Certificate& other) const
{
    if (m_x509 == other.m_x509)
        return true;
    if (!m_x509 || !other.m_x509)
        return false;
    return X509_cmp(m_x509.get(), other.m_x509.get()) == 0;
}

} // namespace iotca::crypto
