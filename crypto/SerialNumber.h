#pragma once

#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <compare>

namespace iotca::crypto {

/// A certificate serial number: a non-negative integer of at most 20 octets (RFC 5280 4.1.2.2), kept as its minimal
/// big-endian magnitude. Certificates from elsewhere may carry zero, negative or over-long serials; those are kept
/// as read (isNegative(), byteLength() > 20) so that they print exactly as OpenSSL prints them.
class SerialNumber
{
    Q_DECLARE_TR_FUNCTIONS(SerialNumber)

public:
    /// Zero.
    SerialNumber() = default;

    /// 16 fresh random bytes; positive: the top bit is cleared and the first byte is never zero, so the DER
    /// encoding is always 16 content octets. Uniqueness within a workspace is the caller's check.
    [[nodiscard]] static SerialNumber random();
    /// Big-endian unsigned magnitude; leading zero bytes are dropped. At most 20 significant bytes.
    /// Error code: InvalidSerialNumber.
    [[nodiscard]] static Result<SerialNumber> fromBytes(QByteArrayView bigEndian);
    /// Hexadecimal text: case-insensitive, optional ':' (or ' ') separators between byte pairs, optional "0x",
    /// leading zeros ignored; at most 20 significant bytes. Error code: InvalidSerialNumber, naming the bad input.
    [[nodiscard]] static Result<SerialNumber> fromHex(QStringView text);
    /// crypto/ internal: as read from a certificate, including sign and length OpenSSL tolerates.
    [[nodiscard]] static SerialNumber fromRaw(QByteArrayView magnitude, bool negative);

    /// Minimal big-endian magnitude (empty for zero).
    [[nodiscard]] QByteArray toBytes() const { return m_magnitude; }
    /// Upper-case hex exactly as `openssl x509 -noout -serial` prints it: two digits per magnitude byte, no
    /// separators, "00" for zero, '-' in front of negative serials. E.g. 0x1 -> "01", 0x123 -> "0123".
    [[nodiscard]] QString toHex() const;
    /// "01:23:AB" form, as `openssl x509 -text` prints longer serials.
    [[nodiscard]] QString toColonHex() const;

    [[nodiscard]] bool isZero() const noexcept { return m_magnitude.isEmpty(); }
    [[nodiscard]] bool isNegative() const noexcept { return m_negative; }
    [[nodiscard]] qsizetype byteLength() const noexcept { return m_magnitude.size(); }

    /// Numeric comparison.
    [[nodiscard]] std::strong_ordering operator<=>(const SerialNumber& other) const;
    [[nodiscard]] bool operator==(const SerialNumber& other) const;

private:
    QByteArray m_magnitude; // minimal, no leading zero byte
    bool m_negative = false;
};

} // namespace iotca::crypto
