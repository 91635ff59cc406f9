#pragma once

#include "AssociationRow.h"
#include "CsvDiagnostic.h"

#include <QList>
#include <QString>

namespace iotca::model {

/// What AssociationCsvValidator found in one file.
struct AssociationCsvReport
{
    /// The data rows in file order, when asked for (AssociationCsvValidator::Options::keepRows), valid or not.
    QList<AssociationRow> rows;
    /// The ProductKey of the first data row (the one every other row must repeat); empty if there is none.
    QString productKey;
    /// Data rows read (blank lines not counted).
    int rowCount = 0;
    /// The problems kept, in file order, except that a problem of the whole file comes first.
    QList<CsvDiagnostic> diagnostics;
    /// What the platform accepts but a person should look at (a cell a spreadsheet would run as a formula), in
    /// file order; at most Options::maxDiagnostics, the rest counted in suppressedWarnings. Not problems.
    QList<CsvDiagnostic> warnings;
    int suppressedWarnings = 0;
    /// Problems found beyond the cap and not kept.
    int suppressedDiagnostics = 0;
    /// More data rows than the platform accepts in one file; AssociationCsvSplitter can split such a file.
    bool tooManyRows = false;

    [[nodiscard]] bool isValid() const { return diagnostics.isEmpty() && suppressedDiagnostics == 0; }
    /// All problems found, kept or not.
    [[nodiscard]] int problemCount() const { return static_cast<int>(diagnostics.size()) + suppressedDiagnostics; }
};

} // namespace iotca::model
