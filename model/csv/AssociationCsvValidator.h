#pragma once

#include "AssociationCsvReport.h"
#include "AssociationRow.h"
#include "crypto/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QIODevice;

namespace iotca::model {

class DeviceCertificateLookup;

/// Checks an Alibaba Cloud IoT Platform device-association CSV (`ProductKey,DeviceName,CertSN`) before the platform
/// sees it, which rejects a bad file whole, and reports every problem with its line and column:
/// - the header names the three columns, in any order, case-insensitively, spaces around ignored; a missing,
///   unknown or repeated column is an error naming it;
/// - every row has as many fields as the header and well-formed quotes; blank lines (and ",," rows) are ignored;
/// - 1 to 10,000 data rows (Options::maxRows); above that one error with the count and the limit;
/// - ProductKey not empty and the same in every row; DeviceName 4 to 32 of `A-Z a-z 0-9 - _ @ . :`, unique;
///   CertSN a positive hexadecimal serial of at most 20 bytes (CertSerialText), unique as a number (compared as
///   values, never by a hash alone);
/// - a ProductKey or DeviceName that begins like a spreadsheet formula ('=', '+', '-', '@', tab, CR) is a warning:
///   the DeviceName rule refuses '=', '+', tab and CR anywhere but allows a leading '-' or '@', and Alibaba
///   documents no format for ProductKeys (../shared/docs/platform-alibaba.md, "ProductKey ... not documented"), so
///   only what those rules refuse is refused (Options::refuseFormulaCells makes them problems);
/// - optionally (Options::lookup) every CertSN is a device certificate of the chosen CA, issued for that row's
///   ProductKey and DeviceName.
///
/// Streams the file: memory stays flat however long it is, apart from the rows when Options::keepRows is set and
/// about 25 bytes per row for the uniqueness checks.
///
/// The result is an Error only when the file cannot be read at all (InputErrorCode, "ReadFailed"), when the
/// lookup fails, or when Options::progress cancels ("Canceled"). A file that is not UTF-8 text is an invalid file:
/// a report with one diagnostic.
class AssociationCsvValidator
{
    Q_DECLARE_TR_FUNCTIONS(AssociationCsvValidator)

public:
    /// Alibaba Cloud IoT Platform's limit of data rows per association file.
    static constexpr int platformRowLimit = 10'000;
    /// Diagnostics kept by default; the rest are only counted.
    static constexpr int defaultDiagnosticCap = 1'000;

    struct Options
    {
        /// Fill AssociationCsvReport::rows (for a preview). Leave off for very large files.
        bool keepRows = false;
        int maxDiagnostics = defaultDiagnosticCap;
        int maxRows = platformRowLimit;
        /// A cell that begins like a spreadsheet formula (SpreadsheetFormulaCell.h) is a problem instead of a
        /// warning: for files this program writes (AssociationCsvSplitter).
        bool refuseFormulaCells = false;
        /// Cross-check each row against the device certificates the CA `caName` issued; nullptr to skip.
        const DeviceCertificateLookup* lookup = nullptr;
        QString caName;
        /// Called with every data row as it is read (CertSN normalised when valid), e.g. to copy the rows elsewhere.
        std::function<void(const AssociationRow&)> rowSink;
        /// Called now and then with the bytes read so far; return false to cancel.
        std::function<bool(qint64 bytesRead)> progress;
    };

    AssociationCsvValidator();
    explicit AssociationCsvValidator(Options options);

    [[nodiscard]] Result<AssociationCsvReport> validate(QIODevice* device) const;
    [[nodiscard]] Result<AssociationCsvReport> validateFile(const QString& path) const;

private:
    Options m_options;
};

} // namespace iotca::model
