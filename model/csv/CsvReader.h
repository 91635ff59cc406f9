#pragma once

#include "CsvRecord.h"
#include "crypto/Result.h"

#include <QByteArray>
#include <QCoreApplication>

#include <optional>

class QIODevice;

namespace iotca::model {

/// Streams RFC 4180 records from a QIODevice without loading the whole file: UTF-8 with or without a BOM, LF, CRLF
/// or CR line ends, quoted fields with doubled quotes, commas and line breaks inside. Keeps the physical line
/// number of every record and field, so that problems can be reported where a person will find them.
///
/// Text that is not UTF-8 ends the stream with one Error instead of garbage records. Error codes:
/// - "Utf16": a UTF-16 (or UTF-32) byte order mark, or NUL bytes in a UTF-16 pattern;
/// - "Binary": NUL or other control bytes (anything below 0x20 but tab, CR and LF; and 0x7F);
/// - "NotUtf8": an invalid UTF-8 sequence (typically a spreadsheet saved in a legacy code page);
/// - "ReadFailed": the device reported a read error.
/// For the first three, currentLine() is the line with the offending byte.
///
/// The device must deliver its data without waiting (a file or a buffer); a read returning no data ends the file.
/// Quoting defects (an unclosed quote, text after a closing quote, a quote inside an unquoted field) do not stop
/// the stream: they are reported on the record (CsvRecord::quoteDefect) and the reader carries on.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    explicit CsvReader(QIODevice* device, qsizetype chunkSize = 64 * 1024);

    /// The next record, blank ones included (see CsvRecord::isBlank()); std::nullopt at the end of the file.
    [[nodiscard]] Result<std::optional<CsvRecord>> next();

    /// The physical line (1-based) the reader has reached.
    [[nodiscard]] int currentLine() const noexcept { return m_line; }
    /// Bytes consumed from the device so far.
    [[nodiscard]] qint64 bytesRead() const noexcept { return m_bytesRead; }
    /// True when the file started with a UTF-8 byte order mark.
    [[nodiscard]] bool hadByteOrderMark() const noexcept { return m_hadBom; }

private:
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };

    [[nodiscard]] Status fillBuffer();
    [[nodiscard]] Status checkFirstChunk();
    [[nodiscard]] Status checkByte(unsigned char byte);
    void startRecordIfNeeded();
    void startField();
    void endField();
    void setDefect(CsvRecord::QuoteDefect defect);
    [[nodiscard]] Error utf8Error() const;
    [[nodiscard]] Error binaryError() const;

    QIODevice* m_device;
    QByteArray m_buffer;
    qsizetype m_chunkSize;
    qsizetype m_pos = 0;
    qsizetype m_length = 0;
    qint64 m_bytesRead = 0;
    bool m_started = false;
    bool m_atEnd = false;
    bool m_hadBom = false;

    State m_state = State::FieldStart;
    CsvRecord m_record;
    QByteArray m_field;
    bool m_inRecord = false;
    bool m_skipLf = false;
    int m_line = 1;

    // UTF-8 validation across chunk boundaries: continuation bytes still expected and the range of the next one.
    int m_utf8Pending = 0;
    unsigned char m_utf8Low = 0x80;
    unsigned char m_utf8High = 0xBF;
};

} // namespace iotca::model
