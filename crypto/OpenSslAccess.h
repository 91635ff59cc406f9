#pragma once

// Private to crypto/: the OpenSSL objects inside Certificate, CertificateRequest and PrivateKey. The public headers
// only forward-declare OpenSSL's structs and keep the handles private, with this class as their one friend, so code
// outside crypto/ cannot reach an OpenSSL object at all (KeePassXC hides Botan the same way; scripts/check-layering
// refuses this header outside crypto/). docs/architecture.md R2.

#include "Certificate.h"
#include "CertificateRequest.h"
#include "PrivateKey.h"

#include <memory>

namespace iotca::crypto {

class OpenSslAccess
{
public:
    /// The OpenSSL certificate (borrowed).
    [[nodiscard]] static x509_st* handle(const Certificate& certificate) noexcept { return certificate.handle(); }
    /// The certificate's public key (borrowed), or null.
    [[nodiscard]] static evp_pkey_st* publicKeyHandle(const Certificate& certificate)
    {
        return certificate.publicKeyHandle();
    }
    /// The certificate, re-decoded from DER when OpenSSL's own object lacks the decoded public key (fast-path
    /// certificates), for OpenSSL APIs that read it themselves (X509_STORE, PKCS#12).
    [[nodiscard]] static Certificate completed(const Certificate& certificate) { return certificate.completed(); }
    /// Takes ownership of `x509`.
    [[nodiscard]] static Certificate adoptCertificate(x509_st* x509) { return Certificate::adopt(x509); }
    /// Takes ownership of a certificate built in the fast issuance path, whose public key OpenSSL has not decoded;
    /// `publicKey` is that same key (so no slow re-decoding is needed).
    [[nodiscard]] static Certificate adoptCertificate(x509_st* x509, std::shared_ptr<evp_pkey_st> publicKey)
    {
        return Certificate::adopt(x509, std::move(publicKey));
    }

    /// The OpenSSL key (borrowed; never null unless the key isNull()).
    [[nodiscard]] static evp_pkey_st* handle(const PrivateKey& key) noexcept { return key.handle(); }
    /// Takes ownership of `key` (an EVP_PKEY with a private part).
    [[nodiscard]] static PrivateKey adoptKey(evp_pkey_st* key) { return PrivateKey::adopt(key); }

    /// The OpenSSL request (borrowed).
    [[nodiscard]] static X509_req_st* handle(const CertificateRequest& request) noexcept { return request.handle(); }
    /// Takes ownership of `request`.
    [[nodiscard]] static CertificateRequest adoptRequest(X509_req_st* request)
    {
        return CertificateRequest::adopt(request);
    }
};

} // namespace iotca::crypto
