#include "OpenSslBio.h"

#include <openssl/crypto.h>

#include <limits>

namespace iotca::crypto {

BioPtr readOnlyBio(QByteArrayView data)
{
    if (data.size() > std::numeric_limits<int>::max())
        return {};
    return BioPtr(BIO_new_mem_buf(data.data(), static_cast<int>(data.size())));
}

BioPtr writableBio()
{
    return BioPtr(BIO_new(BIO_s_mem()));
}

BioPtr secureWritableBio()
{
    return BioPtr(BIO_new(BIO_s_secmem()));
}

QByteArray bioContents(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    if (size <= 0 || !data)
        return {};
    return QByteArray(data, static_cast<qsizetype>(size));
}

SecureBuffer bioSecureContents(BIO* bio)
{
    BUF_MEM* memory = nullptr;
    BIO_get_mem_ptr(bio, &memory);
    if (!memory || memory->length == 0)
        return {};
    SecureBuffer result = SecureBuffer::fromBytes(QByteArrayView(memory->data, static_cast<qsizetype>(memory->length)));
    // A BUF_MEM may have grown by reallocating; the old blocks are beyond reach, but the final one is wiped here.
    OPENSSL_cleanse(memory->data, memory->max);
    return result;
}

} // namespace iotca::crypto
