#pragma once

#include <QStringView>

namespace iotca::model {

/// Cells a spreadsheet may run as a formula when it opens a CSV (CSV or "formula" injection): those that begin
/// with '=', '+', '-', '@', a tab or a carriage return (OWASP, "CSV Injection",
/// https://owasp.org/www-community/attacks/CSV_Injection). Association CSV files are edited in spreadsheets
/// (docs/design.md), so the validator warns about such cells and the splitter does not copy them on.
[[nodiscard]] inline bool startsLikeSpreadsheetFormula(QStringView cell) noexcept
{
    if (cell.isEmpty())
        return false;
    const char16_t first = cell.front().unicode();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r';
}

} // namespace iotca::model
