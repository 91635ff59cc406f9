#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace iotca::model {

/// One logical CSV record as read by CsvReader: its fields and where they are in the file.
struct CsvRecord
{
    /// What is wrong with the record's quoting (RFC 4180), if anything. The fields are still as read.
    enum class QuoteDefect {
        None,
        /// A quoted field runs to the end of the file.
        UnclosedQuote,
        /// Text follows the closing quote of a field: `"abc"def`.
        TextAfterClosingQuote,
        /// A quote inside an unquoted field: `ab"c`.
        QuoteInUnquotedField,
    };

    /// Physical line (1-based) on which the record starts.
    int line = 0;
    QStringList fields;
    /// Physical line on which each field starts (a quoted field may span lines); same size as `fields`.
    QList<int> fieldLines;
    QuoteDefect quoteDefect = QuoteDefect::None;
    /// Index of the field with the quote defect.
    int quoteDefectField = -1;

    /// True when every field is empty: a blank line, or a spreadsheet's ",," row.
    [[nodiscard]] bool isBlank() const
    {
        for (const QString& field : fields) {
            for (const QChar c : field) {
                if (!c.isSpace())
                    return false;
            }
        }
        return true;
    }
};

} // namespace iotca::model
