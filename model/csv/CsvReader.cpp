#include "CsvReader.h"

#include <QIODevice>

#include <algorithm>
#include <cstring>

namespace iotca::model {

namespace {

bool isControlByte(unsigned char byte)
{
    return (byte < 0x20 && byte != '\t' && byte != '\r' && byte != '\n') || byte == 0x7F;
}

/// Plain bytes need no decision: printable ASCII other than the quote and (outside quotes) the comma.
bool isPlain(unsigned char byte, bool quoted)
{
    return byte >= 0x20 && byte < 0x7F && byte != '"' && (quoted || byte != ',');
}

/// NUL bytes in the even or the odd positions of a chunk are how UTF-16 text without a byte order mark looks.
bool looksLikeUtf16(const char* data, qsizetype length)
{
    const qsizetype sample = std::min<qsizetype>(length, 4096);
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        if (data[i] == '\0')
            ++((i % 2 == 0) ? evenZeros : oddZeros);
    }
    return sample >= 2 && std::max(evenZeros, oddZeros) * 4 >= sample;
}

} // namespace

CsvReader::CsvReader(QIODevice* device, qsizetype chunkSize)
    : m_device(device)
    , m_chunkSize(std::max<qsizetype>(chunkSize, 16))
{
    m_field.reserve(256);
}

Status CsvReader::fillBuffer()
{
    if (m_buffer.size() != m_chunkSize)
        m_buffer.resize(m_chunkSize);
    const qint64 count = m_device->read(m_buffer.data(), m_chunkSize);
    if (count < 0) {
        return Error {tr("The CSV file could not be read after %1 bytes.").arg(m_bytesRead), m_device->errorString(),
                      QStringLiteral("ReadFailed")};
    }
    m_pos = 0;
    m_length = static_cast<qsizetype>(count);
    m_bytesRead += count;
    if (count == 0)
        m_atEnd = true;
    return {};
}

Status CsvReader::checkFirstChunk()
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(m_buffer.constData());
    if (m_length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))) {
        return Error {tr("The file is UTF-16 text, not UTF-8; save it as UTF-8 (in Excel: \"CSV UTF-8\") and try "
                         "again."),
                      {},
                      QStringLiteral("Utf16")};
    }
    if (m_length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) {
        m_pos = 3;
        m_hadBom = true;
    }
    // Decide "binary" or "UTF-16" from the whole first chunk, before an early invalid byte reads as bad UTF-8.
    const void* nul = std::memchr(m_buffer.constData(), 0, static_cast<size_t>(m_length));
    if (nul == nullptr)
        return {};
    if (looksLikeUtf16(m_buffer.constData(), m_length)) {
        return Error {tr("The file is UTF-16 text, not UTF-8; save it as UTF-8 (in Excel: \"CSV UTF-8\") and try "
                         "again."),
                      {},
                      QStringLiteral("Utf16")};
    }
    const auto nulOffset = static_cast<const char*>(nul) - m_buffer.constData();
    m_line = 1 + static_cast<int>(std::count(m_buffer.constData(), m_buffer.constData() + nulOffset, '\n'));
    return binaryError();
}

Error CsvReader::utf8Error() const
{
    //: %1 is a line number
    return Error {tr("The file is not UTF-8 text: line %1 has bytes that are not valid UTF-8; save it as UTF-8 (in "
                     "Excel: \"CSV UTF-8\") and try again.")
                      .arg(m_line),
                  {},
                  QStringLiteral("NotUtf8")};
}

Error CsvReader::binaryError() const
{
    return Error {
        tr("The file is not a CSV text file: line %1 contains binary data.").arg(m_line), {}, QStringLiteral("Binary")};
}

Status CsvReader::checkByte(unsigned char byte)
{
    if (m_utf8Pending > 0) {
        if (byte < m_utf8Low || byte > m_utf8High)
            return utf8Error();
        --m_utf8Pending;
        m_utf8Low = 0x80;
        m_utf8High = 0xBF;
        return {};
    }
    if (byte < 0x80)
        return isControlByte(byte) ? Status {binaryError()} : Status {};
    // Lead bytes per RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF.
    if (byte >= 0xC2 && byte <= 0xDF) {
        m_utf8Pending = 1;
    } else if (byte == 0xE0) {
        m_utf8Pending = 2;
        m_utf8Low = 0xA0;
    } else if (byte == 0xED) {
        m_utf8Pending = 2;
        m_utf8High = 0x9F;
    } else if (byte >= 0xE1 && byte <= 0xEF) {
        m_utf8Pending = 2;
    } else if (byte == 0xF0) {
        m_utf8Pending = 3;
        m_utf8Low = 0x90;
    } else if (byte >= 0xF1 && byte <= 0xF3) {
        m_utf8Pending = 3;
    } else if (byte == 0xF4) {
        m_utf8Pending = 3;
        m_utf8High = 0x8F;
    } else {
        return utf8Error();
    }
    return {};
}

void CsvReader::startRecordIfNeeded()
{
    if (m_inRecord)
        return;
    m_inRecord = true;
    m_record.line = m_line;
}

void CsvReader::startField()
{
    m_field.resize(0);
    m_record.fieldLines.append(m_line);
}

void CsvReader::endField()
{
    m_record.fields.append(QString::fromUtf8(m_field));
}

void CsvReader::setDefect(CsvRecord::QuoteDefect defect)
{
    if (m_record.quoteDefect != CsvRecord::QuoteDefect::None)
        return;
    m_record.quoteDefect = defect;
    m_record.quoteDefectField = static_cast<int>(m_record.fieldLines.size()) - 1;
}

Result<std::optional<CsvRecord>> CsvReader::next()
{
    if (!m_started) {
        m_started = true;
        if (Status filled = fillBuffer(); !filled)
            return filled.error();
        if (Status checked = checkFirstChunk(); !checked)
            return checked.error();
    }

    auto finishRecord = [this]() {
        std::optional<CsvRecord> record(std::move(m_record));
        m_record = CsvRecord {};
        m_inRecord = false;
        m_state = State::FieldStart;
        return record;
    };

    for (;;) {
        if (m_pos >= m_length) {
            if (!m_atEnd) {
                if (Status filled = fillBuffer(); !filled)
                    return filled.error();
                continue;
            }
            if (m_utf8Pending > 0)
                return utf8Error();
            if (!m_inRecord)
                return std::optional<CsvRecord> {};
            switch (m_state) {
            case State::FieldStart: // the record ended with a comma: one more, empty field
                startField();
                break;
            case State::Quoted:
                setDefect(CsvRecord::QuoteDefect::UnclosedQuote);
                break;
            case State::Unquoted:
            case State::QuoteInQuoted:
                break;
            }
            endField();
            return finishRecord();
        }

        const char* data = m_buffer.constData();
        // Fast path: a run of plain printable ASCII inside a field.
        if ((m_state == State::Unquoted || m_state == State::Quoted) && m_utf8Pending == 0) {
            const bool quoted = m_state == State::Quoted;
            qsizetype end = m_pos;
            while (end < m_length && isPlain(static_cast<unsigned char>(data[end]), quoted))
                ++end;
            if (end > m_pos) {
                m_field.append(data + m_pos, end - m_pos);
                m_pos = end;
                m_skipLf = false;
                continue;
            }
        }

        const auto byte = static_cast<unsigned char>(data[m_pos++]);
        const bool lfAfterCr = byte == '\n' && m_skipLf;
        m_skipLf = byte == '\r';
        if (Status checked = checkByte(byte); !checked)
            return checked.error();
        const bool lineBreak = byte == '\r' || byte == '\n';

        switch (m_state) {
        case State::FieldStart:
            if (lfAfterCr && !m_inRecord)
                break; // the LF of a CRLF that ended the previous record
            startRecordIfNeeded();
            if (lineBreak) {
                startField();
                endField();
                ++m_line;
                return finishRecord();
            }
            startField();
            if (byte == ',') {
                endField();
            } else if (byte == '"') {
                m_state = State::Quoted;
            } else {
                m_field.append(static_cast<char>(byte));
                m_state = State::Unquoted;
            }
            break;
        case State::Unquoted:
            if (lineBreak) {
                endField();
                ++m_line;
                return finishRecord();
            }
            if (byte == ',') {
                endField();
                m_state = State::FieldStart;
                break;
            }
            if (byte == '"')
                setDefect(CsvRecord::QuoteDefect::QuoteInUnquotedField);
            m_field.append(static_cast<char>(byte));
            break;
        case State::Quoted:
            if (byte == '"') {
                m_state = State::QuoteInQuoted;
                break;
            }
            if (lineBreak && !lfAfterCr)
                ++m_line;
            m_field.append(static_cast<char>(byte));
            break;
        case State::QuoteInQuoted:
            if (byte == '"') {
                m_field.append('"');
                m_state = State::Quoted;
            } else if (byte == ',') {
                endField();
                m_state = State::FieldStart;
            } else if (lineBreak) {
                endField();
                ++m_line;
                return finishRecord();
            } else {
                setDefect(CsvRecord::QuoteDefect::TextAfterClosingQuote);
                m_field.append(static_cast<char>(byte));
                m_state = State::Unquoted;
            }
            break;
        }
    }
}

} // namespace iotca::model
