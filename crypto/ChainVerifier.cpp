#include "ChainVerifier.h"

#include "CryptoErrorCode.h"
#include "OpenSslAccess.h"
#include "OpenSslConversions.h"
#include "OpenSslError.h"
#include "OpenSslHandles.h"

namespace iotca::crypto {

ChainVerifier::ChainVerifier(const QList<Certificate>& trusted)
    : m_trusted(trusted)
{ }

void ChainVerifier::addTrusted(const Certificate& certificate)
{
    m_trusted.append(certificate);
}

void ChainVerifier::addIntermediate(const Certificate& certificate)
{
    m_intermediates.append(certificate);
}

void ChainVerifier::setVerificationTime(const QDateTime& when)
{
    m_time = when;
}

void ChainVerifier::setPartialChain(bool partial)
{
    m_partialChain = partial;
}

Status ChainVerifier::verify(const Certificate& certificate, const QList<Certificate>& trusted,
                             const QList<Certificate>& intermediates)
{
    ChainVerifier verifier(trusted);
    for (const Certificate& intermediate : intermediates)
        verifier.addIntermediate(intermediate);
    return verifier.verify(certificate);
}

Status ChainVerifier::verify(const Certificate& certificate) const
{
    if (certificate.isNull())
        return Error {tr("There is no certificate to verify."), {}, ErrorCode::InvalidArgument};
    if (m_trusted.isEmpty())
        return Error {tr("There is no trusted CA certificate to verify against."), {}, ErrorCode::InvalidArgument};
    X509StorePtr store(X509_STORE_new());
    X509StackPtr untrusted(sk_X509_new_null());
    X509StoreCtxPtr context(X509_STORE_CTX_new());
    if (!store || !untrusted || !context)
        return openSslError(tr("Could not set up certificate verification."), ErrorCode::OpenSslFailure);
    for (const Certificate& trusted : m_trusted) {
        if (!trusted.isNull() && X509_STORE_add_cert(store.get(), OpenSslAccess::handle(trusted)) != 1)
            clearOpenSslErrors(); // a duplicate is harmless
    }
    for (const Certificate& intermediate : m_intermediates) {
        if (intermediate.isNull())
            continue;
        if (X509_up_ref(OpenSslAccess::handle(intermediate)) != 1
            || sk_X509_push(untrusted.get(), OpenSslAccess::handle(intermediate)) <= 0)
            return openSslError(tr("Could not set up certificate verification."), ErrorCode::OpenSslFailure);
    }
    // OpenSSL reads the leaf's public key itself (key strength checks), so fast-path certificates are completed.
    const Certificate leaf = OpenSslAccess::completed(certificate);
    if (X509_STORE_CTX_init(context.get(), store.get(), OpenSslAccess::handle(leaf), untrusted.get()) != 1)
        return openSslError(tr("Could not set up certificate verification."), ErrorCode::OpenSslFailure);
    X509_VERIFY_PARAM* param = X509_STORE_CTX_get0_param(context.get());
    X509_VERIFY_PARAM_set_flags(param, X509_V_FLAG_X509_STRICT | (m_partialChain ? X509_V_FLAG_PARTIAL_CHAIN : 0));
    if (m_time.isValid())
        X509_VERIFY_PARAM_set_time(param, static_cast<time_t>(m_time.toSecsSinceEpoch()));

    if (X509_verify_cert(context.get()) == 1) {
        clearOpenSslErrors();
        return {};
    }
    const int code = X509_STORE_CTX_get_error(context.get());
    const int depth = X509_STORE_CTX_get_error_depth(context.get());
    X509* failing = X509_STORE_CTX_get_current_cert(context.get());
    const QString reason = QString::fromLatin1(X509_verify_cert_error_string(code));
    const DistinguishedName failingName =
        failing ? OpenSslConversions::toDistinguishedName(X509_get_subject_name(failing)) : certificate.subject();
    const QString name = failingName.commonName().isEmpty() ? failingName.toString() : failingName.commonName();
    clearOpenSslErrors();

    QLatin1String errorCode = ErrorCode::ChainInvalid;
    switch (code) {
    case X509_V_ERR_CERT_HAS_EXPIRED:
        errorCode = ErrorCode::CertificateExpired;
        break;
    case X509_V_ERR_CERT_NOT_YET_VALID:
        errorCode = ErrorCode::CertificateNotYetValid;
        break;
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
    case X509_V_ERR_CERT_SIGNATURE_FAILURE:
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
        errorCode = ErrorCode::WrongIssuer;
        break;
    case X509_V_ERR_INVALID_CA:
    case X509_V_ERR_KEYUSAGE_NO_CERTSIGN:
    case X509_V_ERR_PATH_LENGTH_EXCEEDED:
        errorCode = ErrorCode::NotACa;
        break;
    default:
        break;
    }
    //: %1 is a certificate's name, %2 its position in the chain (0 = the certificate itself), %3 OpenSSL's reason
    return Error {tr("The certificate chain does not verify at '%1' (depth %2): %3.").arg(name).arg(depth).arg(reason),
                  QStringLiteral("X509_V_ERR %1").arg(code), errorCode};
}

} // namespace iotca::crypto
