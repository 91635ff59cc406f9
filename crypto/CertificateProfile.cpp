#include "CertificateProfile.h"

#include "Certificate.h"
#include "CryptoErrorCode.h"
#include "OpenSslAccess.h"
#include "OpenSslConversions.h"
#include "OpenSslError.h"

#include <array>

namespace iotca::crypto {

Result<ValidityPeriod> CertificateProfile::validity(const QDateTime& notBefore, int days,
                                                    const QDateTime& issuerNotAfter)
{
    if (days < 1 || days > 36500) {
        //: %1 is a number of days
        return Error {
            tr("The validity must be between 1 and 36,500 days, not %1.").arg(days), {}, ErrorCode::InvalidValidity};
    }
    ValidityPeriod period;
    const QDateTime start = notBefore.isValid() ? notBefore.toUTC() : QDateTime::currentDateTimeUtc();
    period.notBefore = QDateTime::fromSecsSinceEpoch(start.toSecsSinceEpoch(), Qt::UTC);
    period.notAfter = period.notBefore.addDays(days);
    if (issuerNotAfter.isValid()) {
        if (issuerNotAfter <= period.notBefore) {
            //: %1 is a date and time
            return Error {tr("The issuing CA expired on %1; it cannot issue certificates any more.")
                              .arg(issuerNotAfter.toString(Qt::ISODate)),
                          {},
                          ErrorCode::CaExpired};
        }
        if (period.notAfter > issuerNotAfter) {
            period.notAfter = issuerNotAfter.toUTC();
            period.clamped = true;
        }
    }
    return period;
}

QString CertificateProfile::clampWarning(const ValidityPeriod& period, const QString& caName)
{
    if (!period.clamped)
        return {};
    //: %1 is a date and time, %2 the CA's name
    return tr("The validity was shortened to end on %1, when the CA '%2' expires.")
        .arg(period.notAfter.toString(Qt::ISODate), caName);
}

Status CertificateProfile::setBasics(X509* x509, const SerialNumber& serial, const X509_NAME* subject,
                                     const X509_NAME* issuer, const ValidityPeriod& period, EVP_PKEY* publicKey)
{
    Asn1IntegerPtr serialInteger = OpenSslConversions::toAsn1Integer(serial);
    if (!serialInteger || X509_set_version(x509, X509_VERSION_3) != 1
        || X509_set_serialNumber(x509, serialInteger.get()) != 1 || X509_set_subject_name(x509, subject) != 1
        || X509_set_issuer_name(x509, issuer) != 1
        || !ASN1_TIME_set(X509_getm_notBefore(x509), static_cast<time_t>(period.notBefore.toSecsSinceEpoch()))
        || !ASN1_TIME_set(X509_getm_notAfter(x509), static_cast<time_t>(period.notAfter.toSecsSinceEpoch()))
        || (publicKey && X509_set_pubkey(x509, publicKey) != 1)) {
        return openSslError(tr("Could not fill in the certificate."), ErrorCode::OpenSslFailure);
    }
    return {};
}

X509ExtensionPtr CertificateProfile::basicConstraints(bool ca, std::optional<int> pathLength)
{
    BasicConstraintsPtr constraints(BASIC_CONSTRAINTS_new());
    if (!constraints)
        return {};
    constraints->ca = ca ? 0xff : 0;
    if (ca && pathLength) {
        constraints->pathlen = ASN1_INTEGER_new();
        if (!constraints->pathlen || ASN1_INTEGER_set(constraints->pathlen, *pathLength) != 1)
            return {};
    }
    return X509ExtensionPtr(X509V3_EXT_i2d(NID_basic_constraints, 1, constraints.get()));
}

X509ExtensionPtr CertificateProfile::keyUsage(bool ca, bool rsa)
{
    Asn1BitStringPtr bits(ASN1_BIT_STRING_new());
    if (!bits)
        return {};
    // Bit numbers of RFC 5280 4.2.1.3: digitalSignature(0), keyEncipherment(2), keyCertSign(5), cRLSign(6).
    const auto set = [&bits](int bit) { return ASN1_BIT_STRING_set_bit(bits.get(), bit, 1) == 1; };
    const bool ok = ca ? (set(5) && set(6)) : (set(0) && (!rsa || set(2)));
    if (!ok)
        return {};
    return X509ExtensionPtr(X509V3_EXT_i2d(NID_key_usage, 1, bits.get()));
}

X509ExtensionPtr CertificateProfile::clientAuthExtendedKeyUsage()
{
    ExtendedKeyUsagePtr usages(sk_ASN1_OBJECT_new_null());
    ASN1_OBJECT* clientAuth = OBJ_nid2obj(NID_client_auth); // a static object; no need to free
    if (!usages || !clientAuth || sk_ASN1_OBJECT_push(usages.get(), OBJ_dup(clientAuth)) <= 0)
        return {};
    return X509ExtensionPtr(X509V3_EXT_i2d(NID_ext_key_usage, 0, usages.get()));
}

X509ExtensionPtr CertificateProfile::authorityKeyIdentifier(const QByteArray& issuerKeyId)
{
    AuthorityKeyIdPtr aki(AUTHORITY_KEYID_new());
    if (!aki)
        return {};
    aki->keyid = ASN1_OCTET_STRING_new();
    if (!aki->keyid
        || ASN1_OCTET_STRING_set(aki->keyid, reinterpret_cast<const unsigned char*>(issuerKeyId.constData()),
                                 static_cast<int>(issuerKeyId.size()))
            != 1) {
        return {};
    }
    return X509ExtensionPtr(X509V3_EXT_i2d(NID_authority_key_identifier, 0, aki.get()));
}

QByteArray CertificateProfile::keyIdentifier(X509* x509)
{
    std::array<unsigned char, EVP_MAX_MD_SIZE> md {};
    unsigned int length = 0;
    if (X509_pubkey_digest(x509, EVP_sha1(), md.data(), &length) != 1) {
        clearOpenSslErrors();
        return {};
    }
    return QByteArray(reinterpret_cast<const char*>(md.data()), static_cast<qsizetype>(length));
}

QByteArray CertificateProfile::keyIdentifier(EVP_PKEY* key)
{
    X509Ptr holder(X509_new());
    if (!holder || X509_set_pubkey(holder.get(), key) != 1) {
        clearOpenSslErrors();
        return {};
    }
    return keyIdentifier(holder.get());
}

X509ExtensionPtr CertificateProfile::subjectKeyIdentifier(const QByteArray& keyId)
{
    Asn1OctetStringPtr octets(ASN1_OCTET_STRING_new());
    if (!octets
        || ASN1_OCTET_STRING_set(octets.get(), reinterpret_cast<const unsigned char*>(keyId.constData()),
                                 static_cast<int>(keyId.size()))
            != 1) {
        return {};
    }
    return X509ExtensionPtr(X509V3_EXT_i2d(NID_subject_key_identifier, 0, octets.get()));
}

Status CertificateProfile::add(X509* x509, const X509_EXTENSION* extension)
{
    if (!extension || X509_add_ext(x509, const_cast<X509_EXTENSION*>(extension), -1) != 1)
        return openSslError(tr("Could not add an extension to the certificate."), ErrorCode::OpenSslFailure);
    return {};
}

Status CertificateProfile::addSubjectAltNames(X509* x509, const QStringList& names)
{
    if (names.isEmpty())
        return {};
    Result<GeneralNamesPtr> generalNames = OpenSslConversions::toGeneralNames(names);
    if (!generalNames)
        return generalNames.error();
    if (X509_add1_ext_i2d(x509, NID_subject_alt_name, generalNames->get(), 0, X509V3_ADD_REPLACE) != 1)
        return openSslError(tr("Could not add the subject alternative names."), ErrorCode::OpenSslFailure);
    return {};
}

QByteArray CertificateProfile::issuerKeyIdentifier(const Certificate& issuer)
{
    const QByteArray ski = issuer.subjectKeyIdentifier();
    return ski.isEmpty() ? keyIdentifier(OpenSslAccess::handle(issuer)) : ski;
}

Status CertificateProfile::sign(X509* x509, EVP_PKEY* key, const EVP_MD* digest)
{
    if (X509_sign(x509, key, digest) <= 0)
        return openSslError(tr("Could not sign the certificate."), ErrorCode::OpenSslFailure);
    return {};
}

} // namespace iotca::crypto
