#include "PemWriter.h"

#include <openssl/evp.h>

#include <algorithm>
#include <cstring>

namespace iotca::crypto {

namespace {

constexpr qsizetype bytesPerLine = 48; // 64 base64 characters

qsizetype encodedSize(QByteArrayView label, qsizetype derSize)
{
    const qsizetype lines = (derSize + bytesPerLine - 1) / bytesPerLine;
    const qsizetype base64 = ((derSize + 2) / 3) * 4;
    return 2 * (label.size() + 16) + base64 + lines; // "-----BEGIN " + label + "-----\n" is label + 17 with '\n'
}

// Writes into `out` (at least encodedSize() bytes); returns the number of bytes written.
qsizetype encodeInto(char* out, QByteArrayView label, QByteArrayView der)
{
    char* p = out;
    const auto put = [&p](QByteArrayView text) {
        std::memcpy(p, text.data(), static_cast<std::size_t>(text.size()));
        p += text.size();
    };
    put("-----BEGIN ");
    put(label);
    put("-----\n");
    for (qsizetype offset = 0; offset < der.size(); offset += bytesPerLine) {
        const int chunk = static_cast<int>(std::min(bytesPerLine, der.size() - offset));
        const int written = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(p),
                                            reinterpret_cast<const unsigned char*>(der.data() + offset), chunk);
        p += written;
        *p++ = '\n';
    }
    put("-----END ");
    put(label);
    put("-----\n");
    return p - out;
}

} // namespace

QByteArray pemEncode(QByteArrayView label, QByteArrayView der)
{
    // EVP_EncodeBlock writes a terminating NUL after each chunk: one spare byte.
    QByteArray result(encodedSize(label, der.size()) + 1, Qt::Uninitialized);
    result.truncate(encodeInto(result.data(), label, der));
    return result;
}

SecureBuffer pemEncodeSecret(QByteArrayView label, QByteArrayView der)
{
    SecureBuffer result(encodedSize(label, der.size()) + 1);
    result.truncate(encodeInto(result.data(), label, der));
    return result;
}

} // namespace iotca::crypto
