#include "TerminalText.h"

namespace iotca::app {

bool isTerminalControl(char32_t c) noexcept
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) // C0, DEL, C1
        || c == 0x061C // ARABIC LETTER MARK
        || c == 0x200E || c == 0x200F // LRM, RLM
        || (c >= 0x202A && c <= 0x202E) // LRE, RLE, PDF, LRO, RLO
        || (c >= 0x2066 && c <= 0x2069) // LRI, RLI, FSI, PDI
        || c == 0x2028 || c == 0x2029; // LINE SEPARATOR, PARAGRAPH SEPARATOR
}

QString escapeForTerminal(QStringView text, LineBreaks lineBreaks)
{
    // Only code units below U+2070 can be controls; surrogates pass through as they are.
    const auto needsEscape = [lineBreaks](char16_t c) {
        if (lineBreaks == LineBreaks::Keep && (c == u'\n' || c == u'\t'))
            return false;
        return isTerminalControl(c);
    };
    qsizetype first = 0;
    while (first < text.size() && !needsEscape(text.at(first).unicode()))
        ++first;
    if (first == text.size())
        return text.toString();
    QString result;
    result.reserve(text.size() + 16);
    result.append(text.first(first));
    for (qsizetype i = first; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (!needsEscape(c)) {
            result.append(QChar(c));
            continue;
        }
        result.append(QStringLiteral("\\u"));
        result.append(QString::number(static_cast<unsigned>(c), 16).rightJustified(4, QLatin1Char('0')).toUpper());
    }
    return result;
}

} // namespace iotca::app
