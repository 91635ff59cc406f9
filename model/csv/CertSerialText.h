#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace iotca::model {

/// A certificate serial number written as text in a CSV: hexadecimal, upper or lower case, optionally with ':'
/// between digits ("0a:1b:2c"); compared as a number, so leading zeros and case do not matter; at most 20 bytes
/// (RFC 5280). Written back as `openssl x509 -noout -serial` prints it: upper-case, two digits per byte ("0ABC").
///
/// Allocation-free on the hot path, because the CSV validator parses up to a million of these, and stricter than
/// crypto::SerialNumber::fromHex(), which reads what a person types (a "0x" prefix, spaces between bytes): a CSV
/// cell is checked exactly as the platforms check it, and each kind of problem gets its own message for that cell.
class CertSerialText
{
    Q_DECLARE_TR_FUNCTIONS(CertSerialText)

public:
    static constexpr int maxBytes = 20;

    enum class Problem {
        None,
        Empty,
        /// Spaces (or tabs) before or after the digits.
        SurroundingSpace,
        /// A character that is neither a hex digit nor a separating ':'.
        NotHexadecimal,
        /// ':' at the start or end, or two in a row.
        MisplacedSeparator,
        /// More than 20 significant bytes.
        TooLong,
        /// All digits zero; serial numbers are positive.
        Zero,
    };

    /// Parses `text` into its minimal big-endian magnitude (no leading zero byte). `magnitude` is reused so that a
    /// caller parsing many serials does not allocate for each one; it is unspecified when a problem is returned.
    static Problem parse(QStringView text, QByteArray& magnitude);

    /// Upper-case hex, two digits per byte; "00" for an empty magnitude.
    [[nodiscard]] static QString toHex(const QByteArray& magnitude);

    /// The normalised text of a valid serial, or an empty string for an invalid one.
    [[nodiscard]] static QString normalised(QStringView text);

    /// One translated sentence about the problem with `text`, e.g. "'XYZ' is not a hexadecimal serial number".
    [[nodiscard]] static QString describe(Problem problem, QStringView text);
};

} // namespace iotca::model
