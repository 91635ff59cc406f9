#include "CertificateBuilder.h"

#include "CertificateProfile.h"
#include "CryptoErrorCode.h"
#include "OpenSslAccess.h"
#include "OpenSslConversions.h"
#include "OpenSslError.h"
#include "OpenSslHandles.h"

#include <functional>

namespace iotca::crypto {

namespace {

QString displayName(const Certificate& certificate)
{
    const QString cn = certificate.commonName();
    return cn.isEmpty() ? certificate.subjectString() : cn;
}

Status checkPathLength(const CaCertificateSpec& spec)
{
    if (spec.pathLength && *spec.pathLength < 0) {
        return Error {
            CertificateBuilder::tr("The path length constraint cannot be negative."), {}, ErrorCode::InvalidArgument};
    }
    if (spec.subject.isEmpty()) {
        return Error {CertificateBuilder::tr("A CA certificate needs a subject name."), {}, ErrorCode::InvalidName};
    }
    return {};
}

// Everything but the issuer-dependent parts: basics, CA extensions, SKI (`keyId`, or computed from the key).
Result<X509Ptr> draftCa(const X509_NAME* subject, std::optional<int> pathLength, EVP_PKEY* subjectKey,
                        const X509_NAME* issuerName, const ValidityPeriod& period, const SerialNumber& serial,
                        QByteArray keyId = {})
{
    X509Ptr x509(X509_new());
    if (!x509)
        return openSslError(CertificateBuilder::tr("Could not create a certificate."), ErrorCode::OpenSslFailure);
    const X509_NAME* issuer = issuerName ? issuerName : subject;
    if (Status basics = CertificateProfile::setBasics(x509.get(), serial.isZero() ? SerialNumber::random() : serial,
                                                      subject, issuer, period, subjectKey);
        !basics) {
        return basics.error();
    }
    if (keyId.isEmpty())
        keyId = CertificateProfile::keyIdentifier(x509.get());
    for (const X509ExtensionPtr& extension :
         {CertificateProfile::basicConstraints(true, pathLength), CertificateProfile::keyUsage(true, false),
          CertificateProfile::subjectKeyIdentifier(keyId)}) {
        if (Status added = CertificateProfile::add(x509.get(), extension.get()); !added)
            return added.error();
    }
    return x509;
}

Result<X509Ptr> draftCa(const CaCertificateSpec& spec, EVP_PKEY* subjectKey, const X509_NAME* issuerName,
                        const ValidityPeriod& period)
{
    Result<X509NamePtr> subject = OpenSslConversions::toX509Name(spec.subject);
    if (!subject)
        return subject.error();
    return draftCa(subject->get(), spec.pathLength, subjectKey, issuerName, period, spec.serial);
}

// The issuer-dependent part of an intermediate: checks, clamp, AKI = the issuer's key identifier, signature.
using DraftFunction = std::function<Result<X509Ptr>(const ValidityPeriod&)>;

Result<IssuedCertificate> finishIntermediate(const DraftFunction& draft, const CaCertificateSpec& spec,
                                             const Certificate& issuerCertificate, const PrivateKey& issuerKey)
{
    if (Status issuer = CertificateBuilder::checkIssuer(issuerCertificate, issuerKey); !issuer)
        return issuer.error();
    const BasicConstraints issuerConstraints = issuerCertificate.basicConstraints();
    if (issuerConstraints.pathLength && *issuerConstraints.pathLength == 0) {
        //: %1 is the CA's name
        return Error {CertificateBuilder::tr("The CA '%1' has a path length of 0, so it may not sign other CAs.")
                          .arg(displayName(issuerCertificate)),
                      {},
                      ErrorCode::NotACa};
    }
    // RFC 5280 4.2.1.9: a CA below an issuer with pathLenConstraint n may itself allow at most n - 1.
    if (issuerConstraints.pathLength && spec.pathLength && *spec.pathLength >= *issuerConstraints.pathLength) {
        //: %1 is the CA's name, %2 and %3 numbers
        return Error {CertificateBuilder::tr("The CA '%1' has a path length of %2, so a CA it signs may have a path "
                                             "length of at most %3.")
                          .arg(displayName(issuerCertificate))
                          .arg(*issuerConstraints.pathLength)
                          .arg(*issuerConstraints.pathLength - 1),
                      {},
                      ErrorCode::InvalidArgument};
    }
    Result<ValidityPeriod> period =
        CertificateProfile::validity(spec.notBefore, spec.validityDays, issuerCertificate.notAfter());
    if (!period)
        return period.error();
    Result<X509Ptr> x509 = draft(*period);
    if (!x509)
        return x509.error();
    X509ExtensionPtr aki =
        CertificateProfile::authorityKeyIdentifier(CertificateProfile::issuerKeyIdentifier(issuerCertificate));
    if (Status added = CertificateProfile::add(x509->get(), aki.get()); !added)
        return added.error();
    const DigestAlgorithm digest =
        spec.digest.value_or(OpenSslConversions::defaultDigestFor(OpenSslAccess::handle(issuerKey)));
    if (Status signedOk = CertificateProfile::sign(x509->get(), OpenSslAccess::handle(issuerKey),
                                                   OpenSslConversions::evpDigest(digest));
        !signedOk) {
        return signedOk.error();
    }
    IssuedCertificate result;
    result.certificate = OpenSslAccess::adoptCertificate(x509->release());
    result.clamped = period->clamped;
    result.warning = CertificateProfile::clampWarning(*period, displayName(issuerCertificate));
    return result;
}

Result<X509Ptr> draftRenewal(const Certificate& current, const X509_NAME* issuerName, const ValidityPeriod& period,
                             const SerialNumber& serial)
{
    return draftCa(X509_get_subject_name(OpenSslAccess::handle(current)), current.basicConstraints().pathLength,
                   OpenSslAccess::publicKeyHandle(current), issuerName, period, serial, current.subjectKeyIdentifier());
}

} // namespace

Result<Certificate> CertificateBuilder::createRootCa(const PrivateKey& key, const CaCertificateSpec& spec)
{
    if (key.isNull())
        return Error {tr("A root CA needs a key."), {}, ErrorCode::InvalidArgument};
    if (Status acceptable = OpenSslConversions::checkKeyAcceptable(OpenSslAccess::handle(key), tr("The CA key"));
        !acceptable)
        return acceptable.error();
    if (Status valid = checkPathLength(spec); !valid)
        return valid.error();
    Result<ValidityPeriod> period = CertificateProfile::validity(spec.notBefore, spec.validityDays);
    if (!period)
        return period.error();
    Result<X509Ptr> x509 = draftCa(spec, OpenSslAccess::handle(key), nullptr, *period);
    if (!x509)
        return x509.error();
    const QByteArray keyId = CertificateProfile::keyIdentifier(x509->get());
    X509ExtensionPtr aki = CertificateProfile::authorityKeyIdentifier(keyId);
    if (Status added = CertificateProfile::add(x509->get(), aki.get()); !added)
        return added.error();
    const DigestAlgorithm digest =
        spec.digest.value_or(OpenSslConversions::defaultDigestFor(OpenSslAccess::handle(key)));
    if (Status signedOk =
            CertificateProfile::sign(x509->get(), OpenSslAccess::handle(key), OpenSslConversions::evpDigest(digest));
        !signedOk) {
        return signedOk.error();
    }
    return OpenSslAccess::adoptCertificate(x509->release());
}

Status CertificateBuilder::checkIssuer(const Certificate& caCertificate, const PrivateKey& caKey)
{
    if (caCertificate.isNull() || caKey.isNull())
        return Error {tr("Issuing needs the CA certificate and the CA key."), {}, ErrorCode::InvalidArgument};
    if (Status isCa = caCertificate.checkIsCa(); !isCa)
        return isCa;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (caCertificate.notAfter() <= now) {
        //: %1 is the CA's name, %2 a date and time
        return Error {tr("The CA '%1' expired on %2; it cannot issue certificates any more.")
                          .arg(displayName(caCertificate), caCertificate.notAfter().toString(Qt::ISODate)),
                      {},
                      ErrorCode::CaExpired};
    }
    if (caCertificate.notBefore() > now) {
        return Error {tr("The CA '%1' is not valid before %2.")
                          .arg(displayName(caCertificate), caCertificate.notBefore().toString(Qt::ISODate)),
                      {},
                      ErrorCode::CaExpired};
    }
    if (!caKey.matches(caCertificate)) {
        //: %1 is the CA's name
        return Error {tr("The key does not match the certificate of the CA '%1'.").arg(displayName(caCertificate)),
                      {},
                      ErrorCode::KeyMismatch};
    }
    return {};
}

Result<IssuedCertificate> CertificateBuilder::createIntermediateCa(const PrivateKey& subjectKey,
                                                                   const CaCertificateSpec& spec,
                                                                   const Certificate& issuerCertificate,
                                                                   const PrivateKey& issuerKey)
{
    if (subjectKey.isNull())
        return Error {tr("An intermediate CA needs a key."), {}, ErrorCode::InvalidArgument};
    if (Status acceptable = OpenSslConversions::checkKeyAcceptable(OpenSslAccess::handle(subjectKey), tr("The CA key"));
        !acceptable) {
        return acceptable.error();
    }
    if (Status valid = checkPathLength(spec); !valid)
        return valid.error();
    const X509_NAME* issuerName =
        issuerCertificate.isNull() ? nullptr : X509_get_subject_name(OpenSslAccess::handle(issuerCertificate));
    const auto draft = [&](const ValidityPeriod& period) {
        return draftCa(spec, OpenSslAccess::handle(subjectKey), issuerName, period);
    };
    return finishIntermediate(draft, spec, issuerCertificate, issuerKey);
}

Result<IssuedCertificate> CertificateBuilder::signSubCaRequest(const CertificateRequest& request,
                                                               const CaCertificateSpec& spec,
                                                               const Certificate& issuerCertificate,
                                                               const PrivateKey& issuerKey)
{
    if (request.isNull())
        return Error {tr("Signing a sub-CA needs its certificate request."), {}, ErrorCode::InvalidArgument};
    if (Status signature = request.verifySignature(); !signature)
        return signature.error();
    if (Status acceptable = request.checkKeyIsAcceptable(); !acceptable)
        return acceptable.error();
    CaCertificateSpec effective = spec;
    if (effective.subject.isEmpty())
        effective.subject = request.subject();
    if (Status valid = checkPathLength(effective); !valid)
        return valid.error();
    EVP_PKEY* requestKey = X509_REQ_get0_pubkey(OpenSslAccess::handle(request));
    if (!requestKey)
        return openSslError(tr("The certificate request has no usable public key."), ErrorCode::Malformed);
    const X509_NAME* issuerName =
        issuerCertificate.isNull() ? nullptr : X509_get_subject_name(OpenSslAccess::handle(issuerCertificate));
    const auto draft = [&](const ValidityPeriod& period) { return draftCa(effective, requestKey, issuerName, period); };
    return finishIntermediate(draft, effective, issuerCertificate, issuerKey);
}

Result<IssuedCertificate> CertificateBuilder::renewCa(const Certificate& current, int validityDays,
                                                      const Certificate& issuerCertificate,
                                                      const PrivateKey& signingKey, const QDateTime& notBefore,
                                                      const SerialNumber& serial)
{
    if (current.isNull() || signingKey.isNull())
        return Error {tr("Renewing a CA needs its certificate and a signing key."), {}, ErrorCode::InvalidArgument};
    if (Status isCa = current.checkIsCa(); !isCa)
        return isCa.error();
    const Certificate complete = OpenSslAccess::completed(current);
    CaCertificateSpec spec;
    spec.validityDays = validityDays;
    spec.pathLength = complete.basicConstraints().pathLength;
    spec.notBefore = notBefore;
    if (!issuerCertificate.isNull()) {
        const X509_NAME* issuerName = X509_get_subject_name(OpenSslAccess::handle(issuerCertificate));
        const auto draft = [&](const ValidityPeriod& period) {
            return draftRenewal(complete, issuerName, period, serial);
        };
        return finishIntermediate(draft, spec, issuerCertificate, signingKey);
    }
    // A root: its own key signs, so it must be the certificate's key.
    if (!signingKey.matches(complete)) {
        //: %1 is the CA's name
        return Error {tr("The key does not match the certificate of the CA '%1'.").arg(displayName(complete)),
                      {},
                      ErrorCode::KeyMismatch};
    }
    Result<ValidityPeriod> period = CertificateProfile::validity(spec.notBefore, spec.validityDays);
    if (!period)
        return period.error();
    Result<X509Ptr> x509 = draftRenewal(complete, nullptr, *period, serial);
    if (!x509)
        return x509.error();
    const QByteArray keyId = CertificateProfile::issuerKeyIdentifier(complete);
    X509ExtensionPtr aki = CertificateProfile::authorityKeyIdentifier(keyId);
    if (Status added = CertificateProfile::add(x509->get(), aki.get()); !added)
        return added.error();
    const DigestAlgorithm digest = OpenSslConversions::defaultDigestFor(OpenSslAccess::handle(signingKey));
    if (Status signedOk = CertificateProfile::sign(x509->get(), OpenSslAccess::handle(signingKey),
                                                   OpenSslConversions::evpDigest(digest));
        !signedOk) {
        return signedOk.error();
    }
    IssuedCertificate result;
    result.certificate = OpenSslAccess::adoptCertificate(x509->release());
    return result;
}

} // namespace iotca::crypto
