#pragma once

#include "model/csv/AssociationCsvReport.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

namespace iotca::ui {

/// The rows of a checked association CSV for the import preview: one row per data row, the file's line number in
/// the vertical header, and every cell a diagnostic points at marked (background, icon, tooltip with the message).
class CsvPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ProductKey, DeviceName, CertSN, ColumnCount };
    enum Role { LineRole = Qt::UserRole + 1, ProblemRole };

    explicit CsvPreviewModel(const model::AssociationCsvReport& report, QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    /// The cell a diagnostic points at (the row's first column when it names no column); invalid for problems of
    /// the whole file or of lines not in the preview.
    [[nodiscard]] QModelIndex indexOf(const model::CsvDiagnostic& diagnostic) const;
    /// Number of cells (or whole rows) marked.
    [[nodiscard]] int markedCellCount() const { return static_cast<int>(m_problems.size()); }

private:
    [[nodiscard]] static int columnOf(const QString& name);
    [[nodiscard]] static quint64 key(int row, int column) { return (quint64(quint32(row)) << 32) | quint32(column); }

    QList<model::AssociationRow> m_rows;
    QHash<int, int> m_rowOfLine;
    /// (row, column) -> messages; column -1 marks the whole row.
    QHash<quint64, QStringList> m_problems;
};

} // namespace iotca::ui
