#include "DerHeader.h"

namespace iotca::crypto {

qint64 declaredDerSequenceLength(QByteArrayView der)
{
    if (der.size() < 2 || static_cast<unsigned char>(der[0]) != 0x30)
        return -1;
    const auto first = static_cast<unsigned char>(der[1]);
    if (first < 0x80)
        return 2 + first;
    const int octets = first & 0x7f;
    if (octets == 0 || octets > 4 || der.size() < 2 + octets)
        return -1;
    qint64 length = 0;
    for (int i = 0; i < octets; ++i)
        length = (length << 8) | static_cast<unsigned char>(der[2 + i]);
    return 2 + octets + length;
}

} // namespace iotca::crypto
