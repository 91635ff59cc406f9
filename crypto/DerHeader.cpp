#include "DerHeader.h"

namespace iotca::crypto {

DerHeader readDerHeader(QByteArrayView der)
{
    if (der.size() < 2 || (static_cast<unsigned char>(der[0]) & 0x1f) == 0x1f) // no multi-octet tags (X.690 8.1.2.4)
        return {};
    const auto first = static_cast<unsigned char>(der[1]);
    if (first < 0x80)
        return {static_cast<unsigned char>(der[0]), 2, first};
    const int octets = first & 0x7f;
    if (octets == 0 || octets > 4 || der.size() < 2 + octets)
        return {};
    qint64 length = 0;
    for (int i = 0; i < octets; ++i)
        length = (length << 8) | static_cast<unsigned char>(der[2 + i]);
    return {static_cast<unsigned char>(der[0]), 2 + octets, length};
}

qint64 declaredDerSequenceLength(QByteArrayView der)
{
    const DerHeader header = readDerHeader(der);
    if (header.headerLength == 0 || header.tag != 0x30)
        return -1;
    return header.totalLength();
}

qsizetype derHeaderLength(qint64 contentLength)
{
    qsizetype octets = 0;
    for (qint64 rest = contentLength; rest > 0 && contentLength >= 0x80; rest >>= 8)
        ++octets;
    return 2 + octets;
}

void appendDerHeader(QByteArray& out, unsigned char tag, qint64 contentLength)
{
    out.append(static_cast<char>(tag));
    if (contentLength < 0x80) {
        out.append(static_cast<char>(contentLength));
        return;
    }
    const qsizetype octets = derHeaderLength(contentLength) - 2;
    out.append(static_cast<char>(0x80 | octets));
    for (qsizetype i = octets - 1; i >= 0; --i)
        out.append(static_cast<char>((contentLength >> (8 * i)) & 0xff));
}

} // namespace iotca::crypto
