#include "DetachedSignature.h"

#include "CryptoErrorCode.h"
#include "OpenSslAccess.h"
#include "OpenSslError.h"
#include "OpenSslHandles.h"

namespace iotca::crypto {

Result<QByteArray> DetachedSignature::sign(const PrivateKey& key, QByteArrayView data)
{
    if (key.isNull())
        return Error {tr("No key was given to sign with."), {}, ErrorCode::InvalidArgument};
    MdCtxPtr context(EVP_MD_CTX_new());
    if (!context || EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, OpenSslAccess::handle(key)) != 1)
        return openSslError(tr("The signature could not be started."), ErrorCode::OpenSslFailure);
    const auto* bytes = reinterpret_cast<const unsigned char*>(data.data());
    std::size_t length = 0;
    if (EVP_DigestSign(context.get(), nullptr, &length, bytes, std::size_t(data.size())) != 1)
        return openSslError(tr("The signature could not be made."), ErrorCode::OpenSslFailure);
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char*>(signature.data()), &length, bytes,
                       std::size_t(data.size()))
        != 1)
        return openSslError(tr("The signature could not be made."), ErrorCode::OpenSslFailure);
    signature.truncate(qsizetype(length)); // ECDSA signatures are often shorter than the maximum size
    return signature;
}

Status DetachedSignature::verify(const Certificate& signer, QByteArrayView data, QByteArrayView signature)
{
    EVP_PKEY* publicKey = signer.isNull() ? nullptr : OpenSslAccess::publicKeyHandle(signer);
    if (!publicKey)
        return Error {tr("The certificate has no public key to verify with."), {}, ErrorCode::InvalidArgument};
    MdCtxPtr context(EVP_MD_CTX_new());
    if (!context || EVP_DigestVerifyInit(context.get(), nullptr, EVP_sha256(), nullptr, publicKey) != 1)
        return openSslError(tr("The signature could not be checked."), ErrorCode::OpenSslFailure);
    const int verified = EVP_DigestVerify(
        context.get(), reinterpret_cast<const unsigned char*>(signature.data()), std::size_t(signature.size()),
        reinterpret_cast<const unsigned char*>(data.data()), std::size_t(data.size()));
    // 0 is "does not verify"; a negative value is a malformed signature. Both mean: not signed by this key.
    clearOpenSslErrors();
    if (verified != 1)
        return Error {tr("The signature does not verify with the certificate's key."), {}, ErrorCode::BadSignature};
    return {};
}

} // namespace iotca::crypto
