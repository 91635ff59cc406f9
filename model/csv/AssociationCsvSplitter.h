#pragma once

#include "AssociationCsvReport.h"
#include "AssociationCsvValidator.h"
#include "crypto/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace iotca::model {

/// What AssociationCsvSplitter did.
struct AssociationCsvSplit
{
    /// The check of the whole file. When it found problems other than the number of rows, nothing was written.
    AssociationCsvReport report;
    /// The files written, in order (FILE-part-001.csv, FILE-part-002.csv, ...); empty when nothing was written.
    QStringList files;
};

/// Splits a device-association CSV with more rows than the platform takes into files of at most 10,000 rows each,
/// named after it: `devices.csv` becomes `devices-part-001.csv`, `devices-part-002.csv`, ... in the output folder
/// (created owner-only when missing). Each part has the header and rows in the original order, CertSN normalised.
///
/// An operator splits a file in order to upload the parts, so every part must pass: when the rows themselves have
/// problems (a bad serial, a duplicate DeviceName, a second ProductKey...), nothing is written and the report says
/// what to fix in the one big file. Duplicates are checked across the whole file, not per part.
///
/// All parts are written through QSaveFile and committed together at the end; a failure before that leaves the
/// output folder as it was. A file of at most 10,000 rows gives a single part.
class AssociationCsvSplitter
{
    Q_DECLARE_TR_FUNCTIONS(AssociationCsvSplitter)

public:
    /// Parts written at most in one run (5,000,000 rows at 10,000 per part).
    static constexpr int maxParts = 500;

    explicit AssociationCsvSplitter(int rowsPerFile = AssociationCsvValidator::platformRowLimit);

    [[nodiscard]] Result<AssociationCsvSplit> split(const QString& path, const QString& outputFolder) const;

    /// The name of part `number` (1-based) of `path`: "devices-part-001.csv".
    [[nodiscard]] static QString partFileName(const QString& path, int number, int partCount);

private:
    int m_rowsPerFile;
};

} // namespace iotca::model
