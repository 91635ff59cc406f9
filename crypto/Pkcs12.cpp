#include "Pkcs12.h"

#include "CryptoErrorCode.h"
#include "OpenSslAccess.h"
#include "OpenSslBio.h"
#include "OpenSslError.h"
#include "OpenSslHandles.h"

#include <openssl/pkcs12.h>

#include <cstring>
#include <limits>

namespace iotca::crypto {

namespace {

// PKCS#12 passwords are C strings: a NUL-terminated copy in wiped memory.
SecureBuffer terminated(const SecureBuffer& passphrase)
{
    SecureBuffer copy(passphrase.size() + 1);
    if (!passphrase.isEmpty())
        std::memcpy(copy.data(), passphrase.data(), static_cast<std::size_t>(passphrase.size()));
    copy.data()[passphrase.size()] = '\0';
    return copy;
}

} // namespace

Result<QByteArray> Pkcs12::create(const Certificate& certificate, const PrivateKey& key,
                                  const QList<Certificate>& caCertificates, const SecureBuffer& passphrase,
                                  const QString& friendlyName, int iterations)
{
    if (certificate.isNull() || key.isNull())
        return Error {tr("A PKCS#12 bundle needs a certificate and its key."), {}, ErrorCode::InvalidArgument};
    if (passphrase.isEmpty())
        return Error {tr("An empty passphrase cannot protect a PKCS#12 bundle."), {}, ErrorCode::InvalidArgument};
    if (passphrase.view().contains('\0')) {
        return Error {tr("A PKCS#12 passphrase cannot contain a NUL character."), {}, ErrorCode::InvalidArgument};
    }
    if (iterations < 10000) {
        //: %1 is a number
        return Error {tr("A PKCS#12 bundle needs at least 10,000 key derivation iterations, not %1.").arg(iterations),
                      {},
                      ErrorCode::InvalidArgument};
    }
    if (!key.matches(certificate)) {
        //: %1 is the certificate's subject
        return Error {tr("The key does not match the certificate '%1'.").arg(certificate.subjectString()),
                      {},
                      ErrorCode::KeyMismatch};
    }
    X509StackPtr chain(sk_X509_new_null());
    if (!chain)
        return openSslError(tr("Could not create the PKCS#12 bundle."), ErrorCode::OpenSslFailure);
    for (const Certificate& ca : caCertificates) {
        if (ca.isNull())
            continue;
        if (X509_up_ref(OpenSslAccess::handle(ca)) != 1 || sk_X509_push(chain.get(), OpenSslAccess::handle(ca)) <= 0)
            return openSslError(tr("Could not create the PKCS#12 bundle."), ErrorCode::OpenSslFailure);
    }
    const SecureBuffer password = terminated(passphrase);
    const Certificate complete =
        OpenSslAccess::completed(certificate); // PKCS12_create matches key and certificate itself
    QByteArray name = friendlyName.toUtf8();
    // AES-256-CBC with PBKDF2-HMAC-SHA256 for the key bag and the certificate bag; no MAC yet (set below with
    // SHA-256 explicitly).
    Pkcs12Ptr bundle(PKCS12_create_ex(password.data(), friendlyName.isEmpty() ? nullptr : name.data(),
                                      OpenSslAccess::handle(key), OpenSslAccess::handle(complete), chain.get(),
                                      NID_aes_256_cbc, NID_aes_256_cbc, iterations, -1, 0, nullptr, nullptr));
    if (!bundle)
        return openSslError(tr("Could not create the PKCS#12 bundle."), ErrorCode::OpenSslFailure);
    if (PKCS12_set_mac(bundle.get(), password.data(), -1, nullptr, 0, iterations, EVP_sha256()) != 1)
        return openSslError(tr("Could not protect the PKCS#12 bundle."), ErrorCode::OpenSslFailure);
    QByteArray der = derEncoding(bundle.get(), i2d_PKCS12);
    if (der.isEmpty())
        return openSslError(tr("Could not encode the PKCS#12 bundle."), ErrorCode::OpenSslFailure);
    return der;
}

Result<Pkcs12Contents> Pkcs12::read(QByteArrayView der, const SecureBuffer& passphrase)
{
    if (der.isEmpty())
        return Error {tr("The PKCS#12 file is empty."), {}, ErrorCode::Empty};
    if (der.size() > std::numeric_limits<int>::max())
        return Error {tr("The PKCS#12 file is too large."), {}, ErrorCode::Malformed};
    const auto* p = reinterpret_cast<const unsigned char*>(der.data());
    Pkcs12Ptr bundle(d2i_PKCS12(nullptr, &p, static_cast<long>(der.size())));
    if (!bundle) {
        clearOpenSslErrors();
        return Error {tr("The file is not a PKCS#12 bundle, or it is damaged."), {}, ErrorCode::Malformed};
    }
    const SecureBuffer password = terminated(passphrase);
    if (PKCS12_mac_present(bundle.get()) && PKCS12_verify_mac(bundle.get(), password.data(), -1) != 1) {
        clearOpenSslErrors();
        return Error {tr("The passphrase for the PKCS#12 bundle is wrong."), {}, ErrorCode::WrongPassphrase};
    }
    EVP_PKEY* rawKey = nullptr;
    X509* rawCertificate = nullptr;
    STACK_OF(X509)* rawChain = nullptr;
    if (PKCS12_parse(bundle.get(), password.data(), &rawKey, &rawCertificate, &rawChain) != 1)
        return openSslError(tr("The PKCS#12 bundle cannot be decrypted."), ErrorCode::Malformed);
    PKeyPtr key(rawKey);
    X509Ptr certificate(rawCertificate);
    X509StackPtr chain(rawChain);
    if (!key)
        return Error {tr("The PKCS#12 bundle holds no private key."), {}, ErrorCode::NotAPrivateKey};
    if (!certificate)
        return Error {tr("The PKCS#12 bundle holds no certificate."), {}, ErrorCode::NotACertificate};

    Pkcs12Contents contents;
    int aliasLength = 0;
    const unsigned char* alias = X509_alias_get0(certificate.get(), &aliasLength);
    if (alias && aliasLength > 0)
        contents.friendlyName = QString::fromUtf8(reinterpret_cast<const char*>(alias), aliasLength);
    contents.key = OpenSslAccess::adoptKey(key.release());
    contents.certificate = OpenSslAccess::adoptCertificate(certificate.release());
    while (chain && sk_X509_num(chain.get()) > 0)
        contents.caCertificates.prepend(OpenSslAccess::adoptCertificate(sk_X509_pop(chain.get())));
    return contents;
}

} // namespace iotca::crypto
