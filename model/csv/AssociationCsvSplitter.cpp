#include "AssociationCsvSplitter.h"

#include "AssociationCsvWriter.h"
#include "model/files/OwnerOnlyDirectory.h"

#include <QDir>
#include <QFileInfo>

#include <memory>
#include <vector>

namespace iotca::model {

AssociationCsvSplitter::AssociationCsvSplitter(int rowsPerFile)
    : m_rowsPerFile(std::max(rowsPerFile, 1))
{ }

QString AssociationCsvSplitter::partFileName(const QString& path, int number, int partCount)
{
    const int width = std::max(3, static_cast<int>(QString::number(partCount).size()));
    return QStringLiteral("%1-part-%2.csv")
        .arg(QFileInfo(path).completeBaseName())
        .arg(number, width, 10, QLatin1Char('0'));
}

Result<AssociationCsvSplit> AssociationCsvSplitter::split(const QString& path, const QString& outputFolder) const
{
    // First pass: the whole file must be valid but for its length.
    AssociationCsvValidator::Options checkOptions;
    checkOptions.maxRows = m_rowsPerFile;
    // The parts are new files this program writes, opened in spreadsheets: no cell that one would run as a formula.
    checkOptions.refuseFormulaCells = true;
    Result<AssociationCsvReport> checked = AssociationCsvValidator(checkOptions).validateFile(path);
    if (!checked)
        return checked.error();
    AssociationCsvSplit result;
    result.report = std::move(checked).value();
    const int allowedProblems = result.report.tooManyRows ? 1 : 0;
    if (result.report.problemCount() > allowedProblems)
        return result;

    const int partCount = (result.report.rowCount + m_rowsPerFile - 1) / m_rowsPerFile;
    if (partCount > maxParts) {
        //: %1 is a number of rows, %2 of files
        return Error {tr("The file has %1 rows, which would make more than %2 files; split it into smaller files "
                         "first.")
                          .arg(result.report.rowCount)
                          .arg(maxParts),
                      {},
                      QStringLiteral("TooManyParts")};
    }
    if (Status folder = OwnerOnlyDirectory::ensure(outputFolder); !folder)
        return folder.error();

    // Second pass: stream the rows into the parts. The writers stay uncommitted until every row is written.
    std::vector<std::unique_ptr<AssociationCsvWriter>> writers;
    Status writeStatus;
    AssociationCsvValidator::Options copyOptions = checkOptions;
    copyOptions.rowSink = [&](const AssociationRow& row) {
        if (!writeStatus)
            return;
        if (writers.empty() || writers.back()->rowCount() >= m_rowsPerFile) {
            const int number = static_cast<int>(writers.size()) + 1;
            const QString partPath = QDir(outputFolder).filePath(partFileName(path, number, partCount));
            writers.push_back(std::make_unique<AssociationCsvWriter>(partPath));
            writeStatus = writers.back()->open();
            if (!writeStatus)
                return;
        }
        writeStatus = writers.back()->append(row);
    };
    Result<AssociationCsvReport> copied = AssociationCsvValidator(copyOptions).validateFile(path);
    if (!copied)
        return copied.error();
    if (!writeStatus)
        return writeStatus.error();
    if (copied->rowCount != result.report.rowCount || copied->problemCount() > allowedProblems) {
        return Error {tr("The file '%1' changed while it was being split; nothing was written.")
                          .arg(QDir::toNativeSeparators(path)),
                      {},
                      QStringLiteral("FileChanged")};
    }

    for (std::size_t i = 0; i < writers.size(); ++i) {
        if (Status committed = writers[i]->commit(); !committed) {
            Error error = committed.error();
            if (i > 0) {
                //: %1 is the number of files already written, %2 the reason the next one failed
                error.detail = tr("Parts already written: %1. %2").arg(i).arg(error.detail);
            }
            return error; // the remaining writers discard their temporary files when destroyed
        }
        result.files.append(writers[i]->path());
    }
    return result;
}

} // namespace iotca::model
