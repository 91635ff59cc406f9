#include "AuditLogDialog.h"

#include "ui/OtherSessionsRefresh.h"
#include "ui/actions/BackgroundTask.h"
#include "ui/widgets/ErrorBanner.h"

#include "model/audit/AuditLog.h"
#include "model/audit/AuditLogExport.h"
#include "model/audit/AuditVerification.h"
#include "model/models/AuditLogFilter.h"
#include "model/models/AuditLogModel.h"
#include "model/workspace/CaRecord.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace iotca::ui {

using model::AuditLogModel;

AuditLogDialog::AuditLogDialog(model::Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_model(new AuditLogModel(&workspace, this))
    , m_filter(new model::AuditLogFilter(this))
    , m_result(new QLabel(this))
    , m_fromCheck(new QCheckBox(tr("&From:"), this))
    , m_from(new QDateTimeEdit(this))
    , m_toCheck(new QCheckBox(tr("&To:"), this))
    , m_to(new QDateTimeEdit(this))
    , m_action(new QComboBox(this))
    , m_ca(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_view(new QTableView(this))
    , m_details(new QPlainTextEdit(this))
    , m_verify(new QPushButton(tr("&Verify Again"), this))
    , m_export(new QPushButton(tr("&Export…"), this))
    , m_error(new ErrorBanner(this))
    , m_chooseSaveFile([](QWidget* over, const QString& title, const QString& suggested, const QString& filter) {
        return QFileDialog::getSaveFileName(over, title, suggested, filter);
    })
{
    setObjectName(QStringLiteral("auditLogDialog"));
    setWindowTitle(tr("Audit Log"));

    m_result->setObjectName(QStringLiteral("verificationLabel"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_result->font();
    bold.setBold(true);
    m_result->setFont(bold);

    // Filters: a time range (each end optional), one action, one CA.
    const QDateTime now = QDateTime::currentDateTime();
    const auto setUpEnd = [this](QCheckBox* check, QDateTimeEdit* edit, const QString& name, const QDateTime& value) {
        check->setObjectName(name + QStringLiteral("Check"));
        edit->setObjectName(name + QStringLiteral("Edit"));
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
        edit->setDateTime(value);
        edit->setEnabled(false);
        connect(check, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        connect(check, &QCheckBox::toggled, this, &AuditLogDialog::applyFilters);
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &AuditLogDialog::applyFilters);
    };
    setUpEnd(m_fromCheck, m_from, QStringLiteral("from"), now.addDays(-30));
    setUpEnd(m_toCheck, m_to, QStringLiteral("to"), now);
    m_fromCheck->setAccessibleName(tr("Only entries from"));
    m_toCheck->setAccessibleName(tr("Only entries until"));
    m_from->setAccessibleName(tr("Earliest time"));
    m_to->setAccessibleName(tr("Latest time"));
    m_action->setObjectName(QStringLiteral("actionFilterCombo"));
    m_action->setAccessibleName(tr("Action filter"));
    m_action->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_ca->setObjectName(QStringLiteral("caFilterCombo"));
    m_ca->setAccessibleName(tr("Certificate authority filter"));
    m_ca->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* actionLabel = new QLabel(tr("Acti&on:"), this);
    actionLabel->setBuddy(m_action);
    auto* caLabel = new QLabel(tr("C&A:"), this);
    caLabel->setBuddy(m_ca);
    m_count->setObjectName(QStringLiteral("entryCountLabel"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_fromCheck);
    filters->addWidget(m_from);
    filters->addWidget(m_toCheck);
    filters->addWidget(m_to);
    filters->addSpacing(12);
    filters->addWidget(actionLabel);
    filters->addWidget(m_action);
    filters->addWidget(caLabel);
    filters->addWidget(m_ca);
    filters->addStretch(1);
    filters->addWidget(m_count);

    m_filter->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("auditLogView"));
    m_view->setAccessibleName(tr("Audit log entries"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false); // Tab leaves the table (issue 18)
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_details->setObjectName(QStringLiteral("auditDetailsEdit"));
    m_details->setAccessibleName(tr("Details of the selected entry"));
    m_details->setReadOnly(true);
    m_details->setTabChangesFocus(true); // read-only: Tab moves on to the buttons (issue 18)
    m_details->setPlaceholderText(tr("Select an entry to see its details as recorded."));
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("auditSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_verify->setAccessibleName(tr("Verify the audit log"));
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setToolTip(tr("Write the entries the filters show to a CSV or JSON file"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    buttons->addButton(m_verify, QDialogButtonBox::ActionRole);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_result);
    layout->addWidget(m_error);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    // The buttons were made before the box that holds them: give Tab its reading order explicitly, ending on Close.
    QWidget* const order[] = {m_fromCheck,
                              m_from,
                              m_toCheck,
                              m_to,
                              m_action,
                              m_ca,
                              m_view,
                              m_details,
                              m_export,
                              m_verify,
                              buttons->button(QDialogButtonBox::Close)};
    for (std::size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    connect(m_model, &AuditLogModel::loadFailed, m_error, &ErrorBanner::showError);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditLogDialog::applyFilters);
    connect(m_ca, &QComboBox::currentIndexChanged, this, &AuditLogDialog::applyFilters);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditLogDialog::showSelectedDetails);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &AuditLogDialog::updateCount);
    connect(m_verify, &QPushButton::clicked, this, &AuditLogDialog::verify);
    connect(m_export, &QPushButton::clicked, this, &AuditLogDialog::exportEntries);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Filters and export must see the whole log, not the first page.
    m_model->fetchAll();
    fillFilterChoices();
    applyFilters();
    fitColumns();
    if (m_model->lastError().message.isEmpty())
        m_error->clear();
    else
        m_error->showError(m_model->lastError());
    resize(1180, 660);
    verify();
    new OtherSessionsRefresh(
        m_workspace, [this] { followOtherSessions(); }, this);
}

void AuditLogDialog::followOtherSessions()
{
    const int shown = m_model->rowCount();
    m_model->appendNew();
    if (m_model->rowCount() == shown)
        return; // another session's change wrote nothing to the log (or the entries wait for fetchMore())
    // The sentence at the top speaks for every entry shown: the chain is checked again with the new ones.
    verify();
    addFilterChoices(shown);
    updateCount();
}

QString AuditLogDialog::verificationText() const
{
    return m_result->text();
}

void AuditLogDialog::fillFilterChoices()
{
    m_action->addItem(tr("All actions"), QString());
    m_ca->addItem(tr("All CAs"), qint64(0));
    addFilterChoices(0);
}

void AuditLogDialog::addFilterChoices(int firstRow)
{
    // Each action of the entries from firstRow on that is not a choice yet, in its sorted place after "All actions";
    // the current choice stays.
    for (int row = firstRow; row < m_model->rowCount(); ++row) {
        const QString action = m_model->index(row, 0).data(AuditLogModel::ActionRole).toString();
        if (m_action->findData(action) >= 0)
            continue;
        const QString text = AuditLogModel::actionDisplayName(action);
        int at = 1;
        while (at < m_action->count() && m_action->itemText(at) < text)
            ++at;
        m_action->insertItem(at, text, action);
    }
    // The workspace's CAs not listed yet, in the repository's order.
    if (const auto cas = m_workspace.cas().list()) {
        for (const auto& ca : cas.value()) {
            if (m_ca->findData(ca.id) < 0)
                m_ca->addItem(ca.name, ca.id);
        }
    } else {
        m_error->showError(cas.error());
    }
}

void AuditLogDialog::applyFilters()
{
    m_filter->setTimeRange(m_fromCheck->isChecked() ? m_from->dateTime().toUTC() : QDateTime(),
                           m_toCheck->isChecked() ? m_to->dateTime().toUTC() : QDateTime());
    m_filter->setAction(m_action->currentData().toString());
    m_filter->setCaId(m_ca->currentData().toLongLong());
    updateCount();
    showSelectedDetails();
}

void AuditLogDialog::updateCount()
{
    const QLocale locale;
    //: %1 and %2 are formatted numbers: how many entries the filters show, of how many
    m_count->setText(
        tr("%1 of %2 entries").arg(locale.toString(m_filter->rowCount()), locale.toString(m_model->rowCount())));
}

void AuditLogDialog::fitColumns()
{
    // Time, action and object as wide as their texts (in any language); the summary takes the rest.
    for (int column : {AuditLogModel::Time, AuditLogModel::Action, AuditLogModel::Object})
        m_view->resizeColumnToContents(column);
}

void AuditLogDialog::showSelectedDetails()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const QModelIndex first = current.siblingAtColumn(0);
    //: %1 is an audit entry's number, %2 its time, %3 the action, %4 the object
    QString text = tr("Entry %1 · %2 · %3 · %4")
                       .arg(first.data(AuditLogModel::IdRole).toString(), first.data().toString(),
                            current.siblingAtColumn(AuditLogModel::Action).data().toString(),
                            current.siblingAtColumn(AuditLogModel::Object).data().toString());
    text += QStringLiteral("\n\n") + first.data(AuditLogModel::DetailsJsonRole).toString();
    //: %1 is a hexadecimal SHA-256 value
    text += QLatin1Char('\n') + tr("Chain hash: %1").arg(first.data(AuditLogModel::HashRole).toString());
    m_details->setPlainText(text);
}

void AuditLogDialog::exportEntries()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        QDir(folder).filePath(QStringLiteral("audit-log-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path =
        m_chooseSaveFile(this, tr("Export Audit Log"), suggested, tr("CSV files (*.csv);;JSON files (*.json)"));
    if (!path.isEmpty())
        exportTo(path);
}

bool AuditLogDialog::exportTo(const QString& path)
{
    m_error->clear();
    const Status written = model::AuditLogExport::write(*m_filter, path, model::AuditLogExport::formatFor(path));
    if (!written) {
        m_error->showError(written.error());
        return false;
    }
    //: %1 is a formatted number, %2 a file
    m_count->setText(
        tr("%1 entries written to %2").arg(QLocale().toString(m_filter->rowCount()), QDir::toNativeSeparators(path)));
    return true;
}

void AuditLogDialog::verify()
{
    if (m_verifying) {
        m_verifyAgain = true;
        return;
    }
    m_verifying = true;
    m_verify->setEnabled(false);
    m_result->setText(tr("Checking the audit log's hash chain…"));
    const model::Workspace* workspace = &m_workspace;
    runInBackground<Result<model::AuditVerification>>(
        this, [workspace] { return workspace->audit().verify(); },
        [this](Result<model::AuditVerification> verification) {
            m_verifying = false;
            m_verify->setEnabled(true);
            if (!verification) {
                m_result->setText(tr("The audit log could not be verified."));
                m_error->showError(verification.error());
                Q_EMIT verified(false);
            } else {
                const int count = int(std::min<qint64>(verification->entriesChecked, std::numeric_limits<int>::max()));
                if (verification->intact())
                    //: %Ln is the number of entries, formatted for the locale
                    m_result->setText(tr("The audit log is intact: %Ln entries checked.", nullptr, count));
                else
                    m_result->setText(tr("The audit log was changed: %1").arg(verification->description));
                m_result->setAccessibleName(m_result->text());
                Q_EMIT verified(verification->intact());
            }
            if (m_verifyAgain) {
                m_verifyAgain = false;
                verify();
            }
        });
}

} // namespace iotca::ui
