#include "CsvImportDialog.h"

#include "CsvPreviewModel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace iotca::ui {

CsvImportDialog::CsvImportDialog(const QString& path, const model::AssociationCsvReport& report, QWidget* parent)
    : QDialog(parent)
    , m_path(path)
    , m_report(report)
    , m_model(new CsvPreviewModel(report, this))
    , m_summary(new QLabel(this))
    , m_preview(new QTableView(this))
    , m_problems(new QListWidget(this))
    , m_import(new QPushButton(tr("&Import"), this))
    , m_split(new QPushButton(tr("&Split into Files…"), this))
{
    setObjectName(QStringLiteral("csvImportDialog"));
    //: %1 is a file name
    setWindowTitle(tr("Import Device Association – %1").arg(QFileInfo(path).fileName()));
    resize(760, 560);

    m_summary->setObjectName(QStringLiteral("csvSummaryLabel"));
    m_summary->setWordWrap(true);
    setOrigin(Origin::Chosen);

    m_preview->setObjectName(QStringLiteral("csvPreviewView"));
    m_preview->setAccessibleName(tr("Rows of the file"));
    m_preview->setModel(m_model);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setTabKeyNavigation(false); // Tab goes on to the problem list
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 6);

    m_problems->setObjectName(QStringLiteral("csvProblemsList"));
    m_problems->setAccessibleName(tr("Problems found in the file"));
    // Long messages wrap, and each one is also its own tooltip.
    m_problems->setWordWrap(true);
    m_problems->setTextElideMode(Qt::ElideNone);
    m_problems->setResizeMode(QListView::Adjust);
    for (const model::CsvDiagnostic& diagnostic : report.diagnostics) {
        m_problems->addItem(diagnostic.text());
        m_problems->item(m_problems->count() - 1)->setToolTip(diagnostic.text());
    }
    if (report.suppressedDiagnostics > 0)
        m_problems->addItem(tr("… and %n more problem(s).", nullptr, report.suppressedDiagnostics));
    m_problems->setVisible(m_problems->count() > 0);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("csvSplitter"));
    splitter->addWidget(m_preview);
    splitter->addWidget(m_problems);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto* buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setAccessibleName(tr("Import"));
    m_import->setEnabled(report.isValid() && !report.tooManyRows && report.rowCount > 0);
    m_split->setObjectName(QStringLiteral("splitButton"));
    m_split->setAccessibleName(tr("Split into files"));
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_split, QDialogButtonBox::ActionRole);
    auto* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(tr("Cancel"));
    m_split->setVisible(report.tooManyRows); // after addButton(), which shows the button

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_import, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Import;
        accept();
    });
    connect(m_split, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Split;
        accept();
    });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_problems, &QListWidget::currentRowChanged, this, &CsvImportDialog::selectProblem);
    // A click on the problem already current selects its row again (after the user moved around the table).
    connect(m_problems, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { selectProblem(m_problems->row(item)); });
}

void CsvImportDialog::setOrigin(Origin origin)
{
    m_origin = origin;
    const QString summary = summaryText();
    m_summary->setText(summary);
    m_summary->setAccessibleName(summary);
}

QString CsvImportDialog::summaryText() const
{
    const model::AssociationCsvReport& report = m_report;
    const QLocale locale;
    QString summary;
    if (report.tooManyRows) {
        const int limit = 10000;
        const int parts = static_cast<int>(std::ceil(double(report.rowCount) / limit));
        //: %1, %2 and %3 are formatted numbers
        summary = tr("The file has %1 rows; the platform accepts at most %2 per file. Split it into %3 files to "
                     "upload them one by one.")
                      .arg(locale.toString(report.rowCount), locale.toString(limit), locale.toString(parts));
    } else if (report.isValid()) {
        //: %Ln is a formatted number of rows, %1 a product
        summary = tr("%Ln rows for product %1, all valid.", nullptr, report.rowCount).arg(report.productKey);
    } else {
        //: Part of "N rows, %1. Fix the file…"; %Ln is a formatted number
        const QString problems = tr("%Ln problems", nullptr, report.problemCount());
        if (m_origin == Origin::Dropped)
            //: %Ln is a formatted number of rows, %1 "N problems"
            summary =
                tr("%Ln rows, %1. Fix the file and drop it again; nothing has been imported.", nullptr, report.rowCount)
                    .arg(problems);
        else
            //: %Ln is a formatted number of rows, %1 "N problems"
            summary = tr("%Ln rows, %1. Fix the file and import it again; nothing has been imported.", nullptr,
                         report.rowCount)
                          .arg(problems);
    }
    return summary;
}

void CsvImportDialog::selectProblem(int row)
{
    if (row < 0 || row >= m_report.diagnostics.size())
        return;
    const QModelIndex cell = m_model->indexOf(m_report.diagnostics.at(row));
    if (!cell.isValid())
        return;
    m_preview->setCurrentIndex(cell);
    m_preview->selectionModel()->select(cell, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_preview->scrollTo(cell, QAbstractItemView::PositionAtCenter);
}

} // namespace iotca::ui
