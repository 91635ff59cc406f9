#include "KeyShareCode.h"

#include "crypto/Digest.h"
#include "crypto/ShamirSecretSharing.h"
#include "model/ModelErrorCode.h"

#include <QRegularExpression>

#include <algorithm>

namespace iotca::model {

namespace {

// RFC 4648 section 6: the base32 alphabet. It has no 0, 1, 8 or 9, which people confuse with O, I and B.
constexpr char base32Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
constexpr int lineBytes = KeyShareCode::PayloadBytesPerLine + 2; // payload + CRC-16
constexpr int headerBytes = 9; // version, L, set id (4), M, N, index
constexpr int checkBytes = 4; // SHA-256 prefix

/// CRC-16/CCITT-FALSE: polynomial 0x1021, initial value 0xFFFF, no reflection, no final XOR (check value 0x29B1 for
/// "123456789"; Python's binascii.crc_hqx(data, 0xFFFF), which the independent script uses).
quint16 crc16(const char* data, qsizetype size)
{
    unsigned crc = 0xFFFF;
    for (qsizetype i = 0; i < size; ++i) {
        crc ^= static_cast<unsigned>(static_cast<quint8>(data[i])) << 8;
        for (int bit = 0; bit < 8; ++bit)
            crc = ((crc & 0x8000u) != 0 ? (crc << 1) ^ 0x1021u : crc << 1) & 0xFFFFu;
    }
    return static_cast<quint16>(crc);
}

quint16 lineCrc(int lineNumber, const char* payload)
{
    char input[1 + KeyShareCode::PayloadBytesPerLine];
    input[0] = static_cast<char>(lineNumber);
    std::copy(payload, payload + KeyShareCode::PayloadBytesPerLine, input + 1);
    return crc16(input, sizeof input);
}

/// 10 bytes to 16 letters (80 bits: no padding).
QString toBase32(const char* bytes)
{
    QString letters;
    quint64 high = 0; // the first 5 bytes, then the last 5
    for (int half = 0; half < 2; ++half) {
        high = 0;
        for (int i = 0; i < 5; ++i)
            high = (high << 8) | static_cast<quint8>(bytes[half * 5 + i]);
        for (int shift = 35; shift >= 0; shift -= 5)
            letters.append(QLatin1Char(base32Alphabet[(high >> shift) & 0x1F]));
    }
    return letters;
}

int base32Value(QChar letter)
{
    const char16_t c = letter.unicode();
    if (c >= u'A' && c <= u'Z')
        return c - u'A';
    if (c >= u'2' && c <= u'7')
        return c - u'2' + 26;
    return -1;
}

Error malformed(const QString& message)
{
    return Error {message, {}, QString(ErrorCode::ShareMalformed)};
}

} // namespace

Result<QStringList> KeyShareCode::encode(const KeyShare& share)
{
    const qsizetype length = share.value.size();
    if (share.setId.size() != 4 || share.threshold < crypto::ShamirSecretSharing::MinimumThreshold
        || share.shareCount < share.threshold || share.shareCount > crypto::ShamirSecretSharing::MaximumShares
        || share.index < 1 || share.index > share.shareCount || length < 1 || length > MaximumSecretLength)
        return malformed(tr("The share cannot be written in the share format."));
    const qsizetype used = headerBytes + length + checkBytes;
    const qsizetype lines = (used + PayloadBytesPerLine - 1) / PayloadBytesPerLine;
    crypto::SecureBuffer payload(lines * PayloadBytesPerLine); // zero-filled: the padding
    char* p = payload.data();
    p[0] = static_cast<char>(FormatVersion);
    p[1] = static_cast<char>(length);
    std::copy(share.setId.cbegin(), share.setId.cend(), p + 2);
    p[6] = static_cast<char>(share.threshold);
    p[7] = static_cast<char>(share.shareCount);
    p[8] = static_cast<char>(share.index);
    std::copy(share.value.data(), share.value.data() + length, p + headerBytes);
    const QByteArray check = crypto::sha256(QByteArrayView(p, headerBytes + length)).left(checkBytes);
    std::copy(check.cbegin(), check.cend(), p + headerBytes + length);

    QStringList result;
    for (qsizetype line = 0; line < lines; ++line) {
        char bytes[lineBytes];
        const char* chunk = p + line * PayloadBytesPerLine;
        std::copy(chunk, chunk + PayloadBytesPerLine, bytes);
        const quint16 crc = lineCrc(static_cast<int>(line + 1), chunk);
        bytes[PayloadBytesPerLine] = static_cast<char>(crc >> 8);
        bytes[PayloadBytesPerLine + 1] = static_cast<char>(crc & 0xFF);
        const QString letters = toBase32(bytes);
        result.append(QStringList {letters.mid(0, 4), letters.mid(4, 4), letters.mid(8, 4), letters.mid(12, 4)}.join(
            QLatin1Char(' ')));
    }
    return result;
}

Result<crypto::SecureBuffer> KeyShareCode::decodeLine(int lineNumber, const QString& typed)
{
    static const QRegularExpression label(QStringLiteral(R"(^\s*(\d{1,3})\s*[:.)]\s*)"));
    QString text = typed;
    if (const QRegularExpressionMatch match = label.match(text); match.hasMatch()) {
        if (match.captured(1).toInt() != lineNumber)
            //: %1 and %2 are line numbers of a share
            return malformed(tr("Line %1 is labelled as line %2.").arg(lineNumber).arg(match.captured(1).toInt()));
        text = text.mid(match.capturedLength());
    }
    QString letters;
    for (const QChar c : std::as_const(text)) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        letters.append(c.toUpper());
    }
    for (const QChar c : std::as_const(letters)) {
        if (base32Value(c) >= 0)
            continue;
        if (c == QLatin1Char('0') || c == QLatin1Char('1') || c == QLatin1Char('8') || c == QLatin1Char('9'))
            //: %1 is a line number, %2 a digit the user typed (0, 1, 8 or 9)
            return malformed(tr("Line %1 has the digit '%2', which shares never use (letters A-Z and digits 2-7 "
                                "only): did you mean the letter O, I or B?")
                                 .arg(lineNumber)
                                 .arg(c));
        //: %1 is a line number, %2 a character
        return malformed(tr("Line %1 has the character '%2'; shares use only the letters A-Z and the digits 2-7.")
                             .arg(lineNumber)
                             .arg(c.isPrint() ? QString(c) : QStringLiteral("U+%1").arg(c.unicode(), 4, 16)));
    }
    if (letters.size() != LettersPerLine)
        //: %1 is a line number, %n the number of letters typed, %2 the number expected (16)
        return malformed(tr("Line %1 has %n letters; each line has %2.", nullptr, static_cast<int>(letters.size()))
                             .arg(lineNumber)
                             .arg(LettersPerLine));
    char bytes[lineBytes];
    for (int half = 0; half < 2; ++half) {
        quint64 bits = 0;
        for (int i = 0; i < 8; ++i)
            bits = (bits << 5) | static_cast<quint64>(base32Value(letters.at(half * 8 + i)));
        for (int i = 0; i < 5; ++i)
            bytes[half * 5 + i] = static_cast<char>((bits >> (32 - 8 * i)) & 0xFF);
    }
    const quint16 typedCrc = static_cast<quint16>((static_cast<quint8>(bytes[PayloadBytesPerLine]) << 8)
                                                  | static_cast<quint8>(bytes[PayloadBytesPerLine + 1]));
    const bool matches = lineNumber >= 1 && lineNumber <= 255 && lineCrc(lineNumber, bytes) == typedCrc;
    crypto::SecureBuffer payload = crypto::SecureBuffer::fromBytes(QByteArrayView(bytes, PayloadBytesPerLine));
    std::fill(std::begin(bytes), std::end(bytes), '\0');
    if (!matches)
        //: %1 is a line number of a share
        return Error {
            tr("Line %1 does not match its check letters: a letter in this line was mistyped.").arg(lineNumber),
            {},
            QString(ErrorCode::ShareTypo)};
    return payload;
}

std::optional<int> KeyShareCode::lineCount(const crypto::SecureBuffer& firstLine)
{
    if (firstLine.size() < 2 || static_cast<quint8>(firstLine.data()[0]) != FormatVersion)
        return std::nullopt;
    const int length = static_cast<quint8>(firstLine.data()[1]);
    if (length < 1 || length > MaximumSecretLength)
        return std::nullopt;
    return (headerBytes + length + checkBytes + PayloadBytesPerLine - 1) / PayloadBytesPerLine;
}

Result<KeyShare> KeyShareCode::fromPayload(const crypto::SecureBuffer& payload)
{
    const auto lines = lineCount(payload);
    if (!lines)
        return malformed(tr("This is not a key share of a format this program reads (iotca-share-1)."));
    if (payload.size() != qsizetype(*lines) * PayloadBytesPerLine)
        //: %n is a number of lines
        return malformed(tr("This share has %n lines.", nullptr, *lines));
    const auto* p = reinterpret_cast<const quint8*>(payload.data());
    const int length = p[1];
    KeyShare share;
    share.setId = QByteArray(payload.data() + 2, 4);
    share.threshold = p[6];
    share.shareCount = p[7];
    share.index = p[8];
    const QByteArray check = crypto::sha256(QByteArrayView(payload.data(), headerBytes + length)).left(checkBytes);
    if (QByteArrayView(payload.data() + headerBytes + length, checkBytes) != QByteArrayView(check)
        || std::any_of(p + headerBytes + length + checkBytes, p + payload.size(), [](quint8 b) { return b != 0; }))
        return malformed(tr("The lines of this share do not belong together: every line is typed correctly, but "
                            "one of them belongs to another share. Check the order of the lines and that they all come "
                            "from the same sheet."));
    if (share.threshold < crypto::ShamirSecretSharing::MinimumThreshold || share.shareCount < share.threshold
        || share.shareCount > crypto::ShamirSecretSharing::MaximumShares || share.index < 1
        || share.index > share.shareCount)
        return malformed(tr("This share's numbers are out of range (%1 of %2, %3 needed).")
                             .arg(share.index)
                             .arg(share.shareCount)
                             .arg(share.threshold));
    share.value = crypto::SecureBuffer::fromBytes(QByteArrayView(payload.data() + headerBytes, length));
    return share;
}

Result<KeyShare> KeyShareCode::decode(const QStringList& lines)
{
    if (lines.isEmpty())
        return malformed(tr("The share has no lines."));
    crypto::SecureBuffer payload;
    std::optional<int> expected;
    for (int i = 0; i < lines.size(); ++i) {
        auto line = decodeLine(i + 1, lines.at(i));
        if (!line)
            return line.error();
        if (i == 0) {
            expected = lineCount(*line);
            if (!expected)
                return malformed(tr("Line 1 is not the first line of a key share of a format this program reads "
                                    "(iotca-share-1)."));
            if (lines.size() != *expected)
                //: %n is the number of lines a share has, %1 the number given
                return malformed(
                    tr("This share has %n lines, but %1 were given.", nullptr, *expected).arg(lines.size()));
            payload = crypto::SecureBuffer(qsizetype(*expected) * PayloadBytesPerLine);
        }
        std::copy(line->data(), line->data() + PayloadBytesPerLine, payload.data() + i * PayloadBytesPerLine);
    }
    return fromPayload(payload);
}

QString KeyShareCode::setIdText(const QByteArray& setId)
{
    const QString hex = QString::fromLatin1(setId.toHex().toUpper());
    return hex.size() == 8 ? hex.left(4) + QLatin1Char('-') + hex.mid(4) : hex;
}

} // namespace iotca::model
