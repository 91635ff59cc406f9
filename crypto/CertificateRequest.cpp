#include "CertificateRequest.h"

#include "CryptoErrorCode.h"
#include "OpenSslAccess.h"
#include "OpenSslBio.h"
#include "OpenSslConversions.h"
#include "OpenSslError.h"
#include "OpenSslHandles.h"
#include "PemReader.h"
#include "PrivateKey.h"

#include <openssl/pem.h>

#include <limits>

namespace iotca::crypto {

CertificateRequest CertificateRequest::adopt(X509_req_st* request)
{
    CertificateRequest result;
    result.m_req = std::shared_ptr<X509_req_st>(request, X509_REQ_free);
    return result;
}

Result<CertificateRequest> CertificateRequest::create(const PrivateKey& key, const DistinguishedName& subject,
                                                      const QStringList& subjectAltNames,
                                                      std::optional<DigestAlgorithm> digest)
{
    if (key.isNull())
        return Error {tr("A certificate signing request needs a key."), {}, ErrorCode::InvalidArgument};
    if (subject.isEmpty())
        return Error {tr("A certificate signing request needs a subject name."), {}, ErrorCode::InvalidName};
    X509ReqPtr request(X509_REQ_new());
    if (!request || X509_REQ_set_version(request.get(), X509_REQ_VERSION_1) != 1)
        return openSslError(tr("Could not create the certificate signing request."), ErrorCode::OpenSslFailure);
    Result<X509NamePtr> name = OpenSslConversions::toX509Name(subject);
    if (!name)
        return name.error();
    if (X509_REQ_set_subject_name(request.get(), name->get()) != 1
        || X509_REQ_set_pubkey(request.get(), OpenSslAccess::handle(key)) != 1) {
        return openSslError(tr("Could not fill in the certificate signing request."), ErrorCode::OpenSslFailure);
    }
    if (!subjectAltNames.isEmpty()) {
        Result<GeneralNamesPtr> names = OpenSslConversions::toGeneralNames(subjectAltNames);
        if (!names)
            return names.error();
        X509ExtensionStackPtr extensions(sk_X509_EXTENSION_new_null());
        X509ExtensionPtr san(X509V3_EXT_i2d(NID_subject_alt_name, 0, names->get()));
        if (!extensions || !san || sk_X509_EXTENSION_push(extensions.get(), san.get()) <= 0)
            return openSslError(tr("Could not add the subject alternative names."), ErrorCode::OpenSslFailure);
        san.release();
        if (X509_REQ_add_extensions(request.get(), extensions.get()) != 1)
            return openSslError(tr("Could not add the subject alternative names."), ErrorCode::OpenSslFailure);
    }
    const DigestAlgorithm chosen = digest.value_or(OpenSslConversions::defaultDigestFor(OpenSslAccess::handle(key)));
    if (X509_REQ_sign(request.get(), OpenSslAccess::handle(key), OpenSslConversions::evpDigest(chosen)) <= 0)
        return openSslError(tr("Could not sign the certificate signing request."), ErrorCode::OpenSslFailure);
    return adopt(request.release());
}

Result<CertificateRequest> CertificateRequest::fromDer(QByteArrayView der)
{
    if (der.isEmpty())
        return Error {tr("The file for the certificate signing request is empty."), {}, ErrorCode::Empty};
    if (der.size() > std::numeric_limits<int>::max())
        return Error {tr("The certificate signing request file is too large."), {}, ErrorCode::Malformed};
    const auto* p = reinterpret_cast<const unsigned char*>(der.data());
    X509_REQ* request = d2i_X509_REQ(nullptr, &p, static_cast<long>(der.size()));
    if (request) {
        clearOpenSslErrors();
        return adopt(request);
    }
    clearOpenSslErrors();
    {
        const auto* c = reinterpret_cast<const unsigned char*>(der.data());
        X509Ptr certificate(d2i_X509(nullptr, &c, static_cast<long>(der.size())));
        clearOpenSslErrors();
        if (certificate) {
            return Error {
                tr("The file holds a certificate, not a certificate signing request."), {}, ErrorCode::NotARequest};
        }
    }
    return Error {
        tr("The certificate signing request is damaged or cut off and cannot be decoded."), {}, ErrorCode::Malformed};
}

Result<CertificateRequest> CertificateRequest::fromPem(QByteArrayView pem)
{
    Result<std::vector<PemBlock>> blocks = PemReader::read(pem, tr("the certificate signing request"));
    if (!blocks)
        return blocks.error();
    for (const PemBlock& block : std::as_const(*blocks)) {
        if (block.label == "CERTIFICATE REQUEST" || block.label == "NEW CERTIFICATE REQUEST")
            return fromDer(block.der.view());
    }
    //: %1 is a PEM label such as "CERTIFICATE"
    return Error {tr("The file holds a \"%1\" but no certificate signing request.")
                      .arg(QString::fromLatin1(blocks->front().label)),
                  {},
                  ErrorCode::NotARequest};
}

Result<CertificateRequest> CertificateRequest::fromData(QByteArrayView data)
{
    if (PemReader::looksLikePem(data))
        return fromPem(data);
    if (data.trimmed().isEmpty())
        return Error {tr("The file for the certificate signing request is empty."), {}, ErrorCode::Empty};
    return fromDer(data);
}

Status CertificateRequest::verifySignature() const
{
    if (!m_req)
        return Error {tr("There is no certificate signing request."), {}, ErrorCode::InvalidArgument};
    EVP_PKEY* key = X509_REQ_get0_pubkey(m_req.get());
    if (!key) {
        return openSslError(tr("The certificate signing request carries no usable public key."),
                            ErrorCode::BadSignature);
    }
    if (X509_REQ_verify(m_req.get(), key) != 1) {
        //: %1 is the request's subject
        return openSslError(tr("The signature of the certificate signing request for '%1' does not verify; the "
                               "request was altered or damaged.")
                                .arg(subjectString()),
                            ErrorCode::BadSignature);
    }
    return {};
}

DistinguishedName CertificateRequest::subject() const
{
    return m_req ? OpenSslConversions::toDistinguishedName(X509_REQ_get_subject_name(m_req.get()))
                 : DistinguishedName();
}

QString CertificateRequest::subjectString() const
{
    return subject().toString();
}

QStringList CertificateRequest::subjectAlternativeNames() const
{
    if (!m_req)
        return {};
    X509ExtensionStackPtr extensions(X509_REQ_get_extensions(m_req.get()));
    clearOpenSslErrors();
    if (!extensions)
        return {};
    GeneralNamesPtr names(
        static_cast<GENERAL_NAMES*>(X509V3_get_d2i(extensions.get(), NID_subject_alt_name, nullptr, nullptr)));
    clearOpenSslErrors();
    return OpenSslConversions::fromGeneralNames(names.get());
}

std::optional<KeyAlgorithm> CertificateRequest::keyAlgorithm() const
{
    return m_req ? OpenSslConversions::keyInfo(X509_REQ_get0_pubkey(m_req.get())).algorithm : std::nullopt;
}

bool CertificateRequest::hasRsaKey() const
{
    return m_req && OpenSslConversions::keyInfo(X509_REQ_get0_pubkey(m_req.get())).rsa;
}

bool CertificateRequest::hasEcKey() const
{
    return m_req && OpenSslConversions::keyInfo(X509_REQ_get0_pubkey(m_req.get())).ec;
}

int CertificateRequest::keyBits() const
{
    return m_req ? OpenSslConversions::keyInfo(X509_REQ_get0_pubkey(m_req.get())).bits : 0;
}

QString CertificateRequest::curveName() const
{
    return m_req ? OpenSslConversions::keyInfo(X509_REQ_get0_pubkey(m_req.get())).curve : QString();
}

QString CertificateRequest::keyDescription() const
{
    return m_req ? OpenSslConversions::keyInfo(X509_REQ_get0_pubkey(m_req.get())).description : QString();
}

QByteArray CertificateRequest::publicKeyDer() const
{
    return m_req ? OpenSslConversions::publicKeyDer(X509_REQ_get0_pubkey(m_req.get())) : QByteArray();
}

Status CertificateRequest::checkKeyIsAcceptable() const
{
    if (!m_req)
        return Error {tr("There is no certificate signing request."), {}, ErrorCode::InvalidArgument};
    return OpenSslConversions::checkKeyAcceptable(X509_REQ_get0_pubkey(m_req.get()),
                                                  tr("The key in the certificate signing request"));
}

QByteArray CertificateRequest::toPem() const
{
    BioPtr bio = writableBio();
    if (!m_req || !bio || PEM_write_bio_X509_REQ(bio.get(), m_req.get()) != 1) {
        clearOpenSslErrors();
        return {};
    }
    return bioContents(bio.get());
}

QByteArray CertificateRequest::toDer() const
{
    if (!m_req)
        return {};
    QByteArray der = derEncoding(m_req.get(), i2d_X509_REQ);
    if (der.isEmpty())
        clearOpenSslErrors();
    return der;
}

} // namespace iotca::crypto
