#pragma once

#include <QCoreApplication>
#include <QString>

namespace iotca::model {

/// One problem found in a CSV file, where a person will find it.
///
/// `message` says what is wrong without the location ("'XYZ' is not a hexadecimal serial number"); text() adds it
/// ("line 37, column CertSN: 'XYZ' is not a hexadecimal serial number"). The CLI's --json output carries the three
/// fields as they are; the GUI marks the cell at (line, column).
struct CsvDiagnostic
{
    Q_DECLARE_TR_FUNCTIONS(CsvDiagnostic)

public:
    /// Physical line (1-based) in the file; 0 for a problem of the whole file (too many rows, not UTF-8 text).
    int line = 0;
    /// The column's canonical name ("ProductKey", "DeviceName", "CertSN"); empty for the whole line or file.
    QString column;
    /// One translated sentence, without the location.
    QString message;

    /// The message with its location in front, as shown in lists and printed by the CLI.
    [[nodiscard]] QString text() const;

    friend bool operator==(const CsvDiagnostic&, const CsvDiagnostic&) = default;
};

} // namespace iotca::model
