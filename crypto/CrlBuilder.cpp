#include "CrlBuilder.h"

#include "CertificateProfile.h"
#include "CryptoErrorCode.h"
#include "OpenSslAccess.h"
#include "OpenSslConversions.h"
#include "OpenSslError.h"
#include "OpenSslHandles.h"
#include "PemWriter.h"

#include <algorithm>

namespace iotca::crypto {

namespace {

using X509CrlPtr = std::unique_ptr<X509_CRL, OpenSslFree<&X509_CRL_free>>;
using X509RevokedPtr = std::unique_ptr<X509_REVOKED, OpenSslFree<&X509_REVOKED_free>>;
using Asn1EnumeratedPtr = std::unique_ptr<ASN1_ENUMERATED, OpenSslFree<&ASN1_ENUMERATED_free>>;

Asn1TimePtr asn1Time(const QDateTime& time)
{
    return Asn1TimePtr(ASN1_TIME_set(nullptr, static_cast<time_t>(time.toSecsSinceEpoch())));
}

Error failed()
{
    return openSslError(CrlBuilder::tr("Could not build the certificate revocation list."), ErrorCode::OpenSslFailure);
}

Status addRevoked(X509_CRL* crl, const RevokedCertificate& entry)
{
    X509RevokedPtr revoked(X509_REVOKED_new());
    Asn1IntegerPtr serial = OpenSslConversions::toAsn1Integer(entry.serial);
    Asn1TimePtr date = asn1Time(entry.revokedAt.isValid() ? entry.revokedAt : QDateTime::currentDateTimeUtc());
    if (!revoked || !serial || !date || X509_REVOKED_set_serialNumber(revoked.get(), serial.get()) != 1
        || X509_REVOKED_set_revocationDate(revoked.get(), date.get()) != 1) {
        return failed();
    }
    if (entry.reason != RevocationReason::Unspecified) {
        Asn1EnumeratedPtr code(ASN1_ENUMERATED_new());
        if (!code || ASN1_ENUMERATED_set(code.get(), static_cast<long>(entry.reason)) != 1
            || X509_REVOKED_add1_ext_i2d(revoked.get(), NID_crl_reason, code.get(), 0, 0) != 1) {
            return failed();
        }
    }
    if (X509_CRL_add0_revoked(crl, revoked.get()) != 1)
        return failed();
    (void)revoked.release(); // the CRL owns it now
    return {};
}

} // namespace

Result<QByteArray> CrlBuilder::build(const CrlSpec& spec, const Certificate& caCertificate, const PrivateKey& caKey)
{
    if (caCertificate.isNull() || caKey.isNull())
        return Error {tr("A CRL needs the CA certificate and the CA key."), {}, ErrorCode::InvalidArgument};
    if (spec.crlNumber < 1)
        return Error {tr("The CRL number must be 1 or more."), {}, ErrorCode::InvalidArgument};
    if (Status isCa = caCertificate.checkIsCa(); !isCa)
        return isCa.error();
    // RFC 5280 4.2.1.3: the cRLSign bit must be set for a key that signs CRLs.
    if (caCertificate.hasKeyUsage() && !caCertificate.keyUsage().testFlag(KeyUsage::CrlSign)) {
        //: %1 is a certificate subject
        return Error {
            tr("The CA '%1' may not sign CRLs: its keyUsage lacks cRLSign.").arg(caCertificate.subjectString()),
            {},
            ErrorCode::NotACa};
    }
    if (!caKey.matches(caCertificate)) {
        return Error {tr("The key does not match the CA certificate '%1'.").arg(caCertificate.subjectString()),
                      {},
                      ErrorCode::KeyMismatch};
    }
    Result<ValidityPeriod> period = CertificateProfile::validity(spec.thisUpdate, spec.validityDays);
    if (!period)
        return period.error();

    X509CrlPtr crl(X509_CRL_new());
    Asn1TimePtr thisUpdate = asn1Time(period->notBefore);
    Asn1TimePtr nextUpdate = asn1Time(period->notAfter);
    if (!crl || !thisUpdate || !nextUpdate || X509_CRL_set_version(crl.get(), X509_CRL_VERSION_2) != 1
        || X509_CRL_set_issuer_name(crl.get(), X509_get_subject_name(OpenSslAccess::handle(caCertificate))) != 1
        || X509_CRL_set1_lastUpdate(crl.get(), thisUpdate.get()) != 1
        || X509_CRL_set1_nextUpdate(crl.get(), nextUpdate.get()) != 1) {
        return failed();
    }
    QList<RevokedCertificate> revoked = spec.revoked;
    std::sort(revoked.begin(), revoked.end(),
              [](const RevokedCertificate& a, const RevokedCertificate& b) { return a.serial < b.serial; });
    for (const RevokedCertificate& entry : std::as_const(revoked)) {
        if (Status added = addRevoked(crl.get(), entry); !added)
            return added.error();
    }

    // RFC 5280 5.2.1 and 5.2.3: authorityKeyIdentifier and cRLNumber, both non-critical.
    X509ExtensionPtr aki =
        CertificateProfile::authorityKeyIdentifier(CertificateProfile::issuerKeyIdentifier(caCertificate));
    Asn1IntegerPtr number(ASN1_INTEGER_new());
    if (!aki || !number || ASN1_INTEGER_set_int64(number.get(), spec.crlNumber) != 1
        || X509_CRL_add_ext(crl.get(), aki.get(), -1) != 1
        || X509_CRL_add1_ext_i2d(crl.get(), NID_crl_number, number.get(), 0, 0) != 1) {
        return failed();
    }
    const DigestAlgorithm digest = OpenSslConversions::defaultDigestFor(OpenSslAccess::handle(caKey));
    if (X509_CRL_sign(crl.get(), OpenSslAccess::handle(caKey), OpenSslConversions::evpDigest(digest)) <= 0)
        return openSslError(tr("Could not sign the certificate revocation list."), ErrorCode::OpenSslFailure);

    unsigned char* encoded = nullptr;
    const int length = i2d_X509_CRL(crl.get(), &encoded);
    if (length <= 0 || !encoded)
        return failed();
    QByteArray der(reinterpret_cast<const char*>(encoded), length);
    OPENSSL_free(encoded);
    return der;
}

QByteArray CrlBuilder::toPem(const QByteArray& der)
{
    return pemEncode("X509 CRL", der);
}

} // namespace iotca::crypto
