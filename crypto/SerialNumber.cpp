#include "SerialNumber.h"

#include "CryptoErrorCode.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <algorithm>
#include <array>
#include <unistd.h>

namespace iotca::crypto {

namespace {

constexpr qsizetype maximumOctets = 20;

QByteArray stripLeadingZeros(QByteArrayView bytes)
{
    qsizetype first = 0;
    while (first < bytes.size() && bytes[first] == '\0')
        ++first;
    return bytes.sliced(first).toByteArray();
}

} // namespace

SerialNumber SerialNumber::random()
{
    // Each RAND_bytes() call costs about 2 µs in OpenSSL 3 (the DRBG's locking and dispatch), the same for 16 bytes as
    // for 4 KiB, and a bulk issue draws a serial per device on the one thread that reserves them (issue 21): so each
    // thread draws 256 serials' worth at once. The pool is dropped in a forked child (its pid differs), which must
    // not hand out the parent's next serials.
    thread_local std::array<unsigned char, 16 * 256> pool {};
    thread_local std::size_t used = pool.size();
    thread_local pid_t owner = 0;
    std::array<unsigned char, 16> bytes {};
    for (;;) {
        if (used == pool.size() || owner != ::getpid()) {
            // RAND_bytes only fails when the generator cannot be seeded; then nothing sensible can go on.
            if (RAND_bytes(pool.data(), static_cast<int>(pool.size())) != 1)
                qFatal("The random number generator failed; refusing to create serial numbers.");
            used = 0;
            owner = ::getpid();
        }
        std::copy_n(pool.begin() + std::ptrdiff_t(used), bytes.size(), bytes.begin());
        OPENSSL_cleanse(pool.data() + used, bytes.size());
        used += bytes.size();
        bytes[0] &= 0x7f;
        if (bytes[0] != 0)
            break;
    }
    SerialNumber serial;
    serial.m_magnitude = QByteArray(reinterpret_cast<const char*>(bytes.data()), bytes.size());
    return serial;
}

Result<SerialNumber> SerialNumber::fromBytes(QByteArrayView bigEndian)
{
    QByteArray magnitude = stripLeadingZeros(bigEndian);
    if (magnitude.size() > maximumOctets) {
        //: %1 is a number of bytes
        return Error {tr("A serial number may have at most 20 bytes; this one has %1.").arg(magnitude.size()),
                      {},
                      ErrorCode::InvalidSerialNumber};
    }
    SerialNumber serial;
    serial.m_magnitude = std::move(magnitude);
    return serial;
}

Result<SerialNumber> SerialNumber::fromHex(QStringView text)
{
    const QString original = text.toString();
    QStringView digits = text.trimmed();
    if (digits.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        digits = digits.mid(2);
    QByteArray hex;
    hex.reserve(digits.size());
    for (qsizetype i = 0; i < digits.size(); ++i) {
        const QChar c = digits[i];
        if (c == QLatin1Char(':') || c == QLatin1Char(' ')) {
            if (i == 0 || i == digits.size() - 1 || digits[i - 1] == QLatin1Char(':')
                || digits[i - 1] == QLatin1Char(' ')) {
                //: %1 is the text the user gave
                return Error {tr("'%1' is not a hexadecimal serial number: misplaced separator.").arg(original),
                              {},
                              ErrorCode::InvalidSerialNumber};
            }
            continue;
        }
        const char16_t u = c.unicode();
        const bool hexDigit = (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
        if (!hexDigit) {
            //: %1 is the text the user gave, %2 the offending character
            return Error {tr("'%1' is not a hexadecimal serial number: '%2' is not a hexadecimal digit.")
                              .arg(original, QString(c)),
                          {},
                          ErrorCode::InvalidSerialNumber};
        }
        hex.append(static_cast<char>(c.unicode()));
    }
    if (hex.isEmpty()) {
        return Error {tr("'%1' is not a hexadecimal serial number: it has no digits.").arg(original),
                      {},
                      ErrorCode::InvalidSerialNumber};
    }
    if (hex.size() % 2 != 0)
        hex.prepend('0');
    auto result = fromBytes(QByteArray::fromHex(hex));
    if (!result) {
        //: %1 is the text the user gave
        return Error {tr("'%1' is too long for a serial number: at most 20 bytes (40 hexadecimal digits) are allowed.")
                          .arg(original),
                      {},
                      ErrorCode::InvalidSerialNumber};
    }
    return result;
}

SerialNumber SerialNumber::fromRaw(QByteArrayView magnitude, bool negative)
{
    SerialNumber serial;
    serial.m_magnitude = stripLeadingZeros(magnitude);
    serial.m_negative = negative && !serial.m_magnitude.isEmpty();
    return serial;
}

QString SerialNumber::toHex() const
{
    // i2a_ASN1_INTEGER: '-' for negative values, then two upper-case digits per content octet, "00" for zero.
    if (m_magnitude.isEmpty())
        return QStringLiteral("00");
    const QString digits = QString::fromLatin1(m_magnitude.toHex().toUpper());
    return m_negative ? QLatin1Char('-') + digits : digits;
}

QString SerialNumber::toColonHex() const
{
    if (m_magnitude.isEmpty())
        return QStringLiteral("00");
    const QString digits = QString::fromLatin1(m_magnitude.toHex(':').toUpper());
    return m_negative ? QLatin1Char('-') + digits : digits;
}

std::strong_ordering SerialNumber::operator<=>(const SerialNumber& other) const
{
    if (m_negative != other.m_negative)
        return m_negative ? std::strong_ordering::less : std::strong_ordering::greater;
    std::strong_ordering magnitudeOrder = std::strong_ordering::equal;
    if (m_magnitude.size() != other.m_magnitude.size()) {
        magnitudeOrder =
            m_magnitude.size() < other.m_magnitude.size() ? std::strong_ordering::less : std::strong_ordering::greater;
    } else {
        const int c = m_magnitude.compare(other.m_magnitude); // same length: bytewise is numeric
        magnitudeOrder =
            c < 0 ? std::strong_ordering::less : (c > 0 ? std::strong_ordering::greater : std::strong_ordering::equal);
    }
    if (m_negative && magnitudeOrder != std::strong_ordering::equal)
        return magnitudeOrder == std::strong_ordering::less ? std::strong_ordering::greater
                                                            : std::strong_ordering::less;
    return magnitudeOrder;
}

bool SerialNumber::operator==(const SerialNumber& other) const
{
    return m_negative == other.m_negative && m_magnitude == other.m_magnitude;
}

} // namespace iotca::crypto
