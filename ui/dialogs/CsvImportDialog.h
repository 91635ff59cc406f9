#pragma once

#include "model/csv/AssociationCsvReport.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace iotca::ui {

class CsvPreviewModel;

/// Shows a checked device-association CSV before anything is imported or uploaded: the rows in a table with every
/// bad cell marked (its message in the tooltip), the list of all problems (a click selects the cell), and a summary.
/// Import is possible only when the file has no problem; a file with more rows than the platform accepts in one
/// file offers to split it instead.
class CsvImportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { Cancel, Import, Split };
    /// How the file came: chosen in a file dialog, or dropped onto the window (the advice says "drop it again").
    enum class Origin { Chosen, Dropped };

    CsvImportDialog(const QString& path, const model::AssociationCsvReport& report, QWidget* parent = nullptr);

    [[nodiscard]] Choice choice() const { return m_choice; }
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] CsvPreviewModel* previewModel() const { return m_model; }
    void setOrigin(Origin origin);

    /// Selects the preview row of the problem at `row` of the problem list (what a click on it does).
    void selectProblem(int row);

private:
    [[nodiscard]] QString summaryText() const;

    QString m_path;
    model::AssociationCsvReport m_report;
    CsvPreviewModel* m_model;
    QLabel* m_summary;
    QTableView* m_preview;
    QListWidget* m_problems;
    QPushButton* m_import;
    QPushButton* m_split;
    Choice m_choice = Choice::Cancel;
    Origin m_origin = Origin::Chosen;
};

} // namespace iotca::ui
