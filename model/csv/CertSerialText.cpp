#include "CertSerialText.h"

#include <array>

namespace iotca::model {

namespace {

/// Hex digit values for ASCII, -1 for everything else: a table, because serial digits are random and branches on
/// them mispredict.
constexpr std::array<signed char, 128> hexTable = [] {
    std::array<signed char, 128> table {};
    for (auto& entry : table)
        entry = -1;
    for (int c = '0'; c <= '9'; ++c)
        table[static_cast<std::size_t>(c)] = static_cast<signed char>(c - '0');
    for (int c = 'a'; c <= 'f'; ++c)
        table[static_cast<std::size_t>(c)] = static_cast<signed char>(c - 'a' + 10);
    for (int c = 'A'; c <= 'F'; ++c)
        table[static_cast<std::size_t>(c)] = static_cast<signed char>(c - 'A' + 10);
    return table;
}();

int hexValue(char16_t c)
{
    return c < hexTable.size() ? hexTable[c] : -1;
}

bool isSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\u00A0' || c == u'\u3000';
}

} // namespace

CertSerialText::Problem CertSerialText::parse(QStringView text, QByteArray& magnitude)
{
    if (text.isEmpty())
        return Problem::Empty;
    if (isSpace(text.front().unicode()) || isSpace(text.back().unicode()))
        return text.trimmed().isEmpty() ? Problem::Empty : Problem::SurroundingSpace;

    // One pass: check every character, keep the significant digits (up to one more than fit, to tell "too long").
    std::array<unsigned char, 2 * maxBytes + 1> digits {};
    int significant = 0;
    bool previousWasSeparator = true; // a leading ':' is misplaced
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c == u':') {
            if (previousWasSeparator)
                return Problem::MisplacedSeparator;
            previousWasSeparator = true;
            continue;
        }
        const int value = hexValue(c);
        if (value < 0)
            return Problem::NotHexadecimal;
        previousWasSeparator = false;
        if (significant == 0 && value == 0)
            continue;
        if (significant < static_cast<int>(digits.size()))
            digits[static_cast<std::size_t>(significant)] = static_cast<unsigned char>(value);
        ++significant;
    }
    if (previousWasSeparator)
        return Problem::MisplacedSeparator;
    if (significant == 0)
        return Problem::Zero;
    if (significant > 2 * maxBytes)
        return Problem::TooLong;

    // Pack the digits right-aligned: an odd count puts a single digit in the first byte.
    const int byteCount = (significant + 1) / 2;
    magnitude.resize(byteCount);
    char* bytes = magnitude.data();
    int digit = 0;
    int byte = 0;
    if (significant % 2 != 0)
        bytes[byte++] = static_cast<char>(digits[static_cast<std::size_t>(digit++)]);
    for (; byte < byteCount; ++byte, digit += 2) {
        bytes[byte] = static_cast<char>((digits[static_cast<std::size_t>(digit)] << 4)
                                        | digits[static_cast<std::size_t>(digit + 1)]);
    }
    return Problem::None;
}

QString CertSerialText::toHex(const QByteArray& magnitude)
{
    if (magnitude.isEmpty())
        return QStringLiteral("00");
    static constexpr char16_t digits[] = u"0123456789ABCDEF";
    QString hex(magnitude.size() * 2, Qt::Uninitialized);
    char16_t* out = reinterpret_cast<char16_t*>(hex.data());
    for (const char c : magnitude) {
        const auto byte = static_cast<unsigned char>(c);
        *out++ = digits[byte >> 4];
        *out++ = digits[byte & 0x0F];
    }
    return hex;
}

QString CertSerialText::normalised(QStringView text)
{
    QByteArray magnitude;
    return parse(text, magnitude) == Problem::None ? toHex(magnitude) : QString();
}

QString CertSerialText::describe(Problem problem, QStringView text)
{
    const QString shown = text.toString();
    switch (problem) {
    case Problem::None:
        break;
    case Problem::Empty:
        return tr("the certificate serial number is empty");
    case Problem::SurroundingSpace:
        return tr("'%1' has spaces around the serial number").arg(shown);
    case Problem::NotHexadecimal:
        return tr("'%1' is not a hexadecimal serial number").arg(shown);
    case Problem::MisplacedSeparator:
        return tr("'%1' has a ':' separator that is not between two digits").arg(shown);
    case Problem::TooLong:
        //: %2 is the limit in bytes (20)
        return tr("'%1' is longer than the %2 bytes a certificate serial number may have").arg(shown).arg(maxBytes);
    case Problem::Zero:
        return tr("'%1' is zero; certificate serial numbers are positive").arg(shown);
    }
    return {};
}

} // namespace iotca::model
