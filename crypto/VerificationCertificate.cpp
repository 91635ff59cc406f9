#include "VerificationCertificate.h"

#include "CertificateBuilder.h"
#include "CertificateProfile.h"
#include "CryptoErrorCode.h"
#include "OpenSslAccess.h"
#include "OpenSslConversions.h"
#include "OpenSslError.h"
#include "OpenSslHandles.h"

namespace iotca::crypto {

namespace {

QString displayName(const Certificate& certificate)
{
    const QString cn = certificate.commonName();
    return cn.isEmpty() ? certificate.subjectString() : cn;
}

} // namespace

Result<VerificationCertificate> VerificationCertificate::create(const VerificationCertificateSpec& spec,
                                                                const Certificate& caCertificate,
                                                                const PrivateKey& caKey)
{
    const QString code = spec.registrationCode.trimmed();
    if (code.isEmpty())
        return Error {tr("The registration code is empty."), {}, ErrorCode::InvalidName};
    DistinguishedName subject;
    for (const NameAttribute& attribute : spec.extraSubject.attributes()) {
        if (attribute.type == QLatin1String("CN"))
            continue;
        if (Status added = subject.append(attribute.type, attribute.value); !added)
            return added.error();
    }
    if (Status added = subject.append(u"CN", code); !added) {
        //: %1 is the reason
        return Error {tr("The registration code cannot be used as a Common Name: %1").arg(added.error().message),
                      {},
                      ErrorCode::InvalidName};
    }
    if (Status issuer = CertificateBuilder::checkIssuer(caCertificate, caKey); !issuer)
        return issuer.error();

    Result<PrivateKey> key = PrivateKey::generate(spec.keyAlgorithm);
    if (!key)
        return key.error();
    Result<ValidityPeriod> period = CertificateProfile::validity({}, spec.validityDays, caCertificate.notAfter());
    if (!period)
        return period.error();
    Result<X509NamePtr> subjectName = OpenSslConversions::toX509Name(subject);
    if (!subjectName)
        return subjectName.error();
    X509Ptr x509(X509_new());
    if (!x509)
        return openSslError(tr("Could not create a certificate."), ErrorCode::OpenSslFailure);
    if (Status basics = CertificateProfile::setBasics(
            x509.get(), spec.serial.isZero() ? SerialNumber::random() : spec.serial, subjectName->get(),
            X509_get_subject_name(OpenSslAccess::handle(caCertificate)), *period, OpenSslAccess::handle(*key));
        !basics) {
        return basics.error();
    }
    const QByteArray keyId = CertificateProfile::keyIdentifier(x509.get());
    for (const X509ExtensionPtr& extension :
         {CertificateProfile::basicConstraints(false, std::nullopt), CertificateProfile::keyUsage(false, key->isRsa()),
          CertificateProfile::subjectKeyIdentifier(keyId),
          CertificateProfile::authorityKeyIdentifier(CertificateProfile::issuerKeyIdentifier(caCertificate))}) {
        if (Status added = CertificateProfile::add(x509.get(), extension.get()); !added)
            return added.error();
    }
    if (Status signedOk = CertificateProfile::sign(x509.get(), OpenSslAccess::handle(caKey),
                                                   OpenSslConversions::evpDigest(spec.digest));
        !signedOk) {
        return signedOk.error();
    }
    VerificationCertificate result;
    result.m_certificate = OpenSslAccess::adoptCertificate(x509.release());
    result.m_key = *key;
    result.m_clamped = period->clamped;
    result.m_warning = CertificateProfile::clampWarning(*period, displayName(caCertificate));
    return result;
}

Status VerificationCertificate::check(QByteArrayView fileBytes, const Certificate& caCertificate,
                                      const QString& registrationCode)
{
    Result<Certificate> parsed = Certificate::fromData(fileBytes);
    if (!parsed) {
        Error error = parsed.error();
        //: %1 is the reason the file could not be read
        error.message = tr("The verification certificate cannot be read: %1").arg(error.message);
        return error;
    }
    const Certificate& certificate = *parsed;
    const QString caName = displayName(caCertificate);
    if (caCertificate.isNull())
        return Error {tr("There is no CA certificate to check against."), {}, ErrorCode::InvalidArgument};
    if (X509_NAME_cmp(X509_get_issuer_name(OpenSslAccess::handle(certificate)),
                      X509_get_subject_name(OpenSslAccess::handle(caCertificate)))
        != 0) {
        //: %1 is the issuer's name in the file, %2 the CA's name
        return Error {tr("The verification certificate was issued by '%1', not by the CA '%2'.")
                          .arg(certificate.issuerString(), caName),
                      {},
                      ErrorCode::WrongIssuer};
    }
    if (!certificate.isSignedBy(caCertificate)) {
        return Error {tr("The verification certificate names the CA '%1' as issuer, but its signature was not made "
                         "with that CA's key.")
                          .arg(caName),
                      {},
                      ErrorCode::WrongIssuer};
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (certificate.notAfter() < now) {
        //: %1 is a date and time
        return Error {
            tr("The verification certificate expired on %1.").arg(certificate.notAfter().toString(Qt::ISODate)),
            {},
            ErrorCode::CertificateExpired};
    }
    if (certificate.notBefore() > now) {
        return Error {tr("The verification certificate is not valid before %1.")
                          .arg(certificate.notBefore().toString(Qt::ISODate)),
                      {},
                      ErrorCode::CertificateNotYetValid};
    }
    if (certificate.isCa()) {
        return Error {tr("The verification certificate is itself a CA certificate; it must be an end-entity "
                         "certificate."),
                      {},
                      ErrorCode::NotACa};
    }
    const QString commonName = certificate.commonName();
    if (commonName != registrationCode.trimmed()) {
        //: %1 is the CN found, %2 the registration code expected
        return Error {tr("The verification certificate's Common Name is '%1', but the registration code is '%2'.")
                          .arg(commonName, registrationCode.trimmed()),
                      {},
                      ErrorCode::WrongCommonName};
    }
    return {};
}

} // namespace iotca::crypto
