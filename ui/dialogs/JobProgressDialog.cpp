#include "JobProgressDialog.h"

#include "model/jobs/Job.h"
#include "ui/widgets/ErrorBanner.h"
#include "ui/widgets/FitToContents.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <limits>

namespace iotca::ui {

JobProgressDialog::JobProgressDialog(model::Job* job, const QString& title, const QString& description, QWidget* parent)
    : QDialog(parent)
    , m_job(job)
    , m_description(new QLabel(description, this))
    , m_bar(new QProgressBar(this))
    , m_counts(new QLabel(this))
    , m_result(new QLabel(this))
    , m_detailsButton(new QToolButton(this))
    , m_details(new QPlainTextEdit(this))
    , m_error(new ErrorBanner(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_cancel(m_buttons->addButton(QDialogButtonBox::Cancel))
    , m_close(m_buttons->addButton(QDialogButtonBox::Close))
{
    setObjectName(QStringLiteral("jobProgressDialog"));
    setWindowTitle(title);
    setMinimumWidth(420);
    m_description->setObjectName(QStringLiteral("jobDescriptionLabel"));
    m_description->setWordWrap(true);
    m_bar->setObjectName(QStringLiteral("jobProgressBar"));
    m_bar->setAccessibleName(tr("Progress"));
    m_bar->setRange(0, 0); // busy until the first report
    m_counts->setObjectName(QStringLiteral("jobCountsLabel"));
    m_result->setObjectName(QStringLiteral("jobResultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    m_detailsButton->setObjectName(QStringLiteral("jobDetailsButton"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setText(tr("Show &Details"));
    m_detailsButton->hide();
    m_details->setObjectName(QStringLiteral("jobDetailsEdit"));
    m_details->setAccessibleName(tr("Details"));
    m_details->setReadOnly(true);
    m_details->setTabChangesFocus(true);
    m_details->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // long paths wrap too
    m_details->hide();
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAccessibleName(tr("Cancel"));
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->setAccessibleName(tr("Close"));
    m_close->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_description);
    layout->addWidget(m_bar);
    layout->addWidget(m_counts);
    layout->addWidget(m_result);
    layout->addWidget(m_detailsButton, 0, Qt::AlignLeft);
    layout->addWidget(m_details);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_detailsButton, &QToolButton::toggled, this, [this](bool shown) {
        m_details->setVisible(shown);
        m_detailsButton->setText(shown ? tr("Hide &Details") : tr("Show &Details"));
        fitToContents(this);
    });
    connect(m_cancel, &QPushButton::clicked, this, &JobProgressDialog::reject);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    if (m_job) {
        connect(m_job, &model::Job::progress, this, &JobProgressDialog::onProgress);
        connect(m_job, &model::Job::finished, this, &JobProgressDialog::onFinished);
        if (m_job->isFinished())
            onFinished(m_job->status());
    }
    m_elapsed.start();
}

void JobProgressDialog::setSummary(const QString& summary)
{
    m_summary = summary;
    if (m_finished && m_outcome)
        showResult(m_summary);
}

void JobProgressDialog::showResult(const QString& text)
{
    const qsizetype blank = text.indexOf(QStringLiteral("\n\n"));
    const QString detail = blank < 0 ? QString() : text.mid(blank + 2).trimmed();
    m_result->setText(blank < 0 ? text : text.left(blank));
    m_result->setAccessibleName(m_result->text());
    m_result->show();
    m_details->setPlainText(detail);
    m_detailsButton->setVisible(!detail.isEmpty());
    // A few lines (the files written) are worth seeing at once; a long list stays folded.
    constexpr int linesShownAtOnce = 4;
    m_detailsButton->setChecked(!detail.isEmpty() && detail.count(QLatin1Char('\n')) < linesShownAtOnce);
    m_details->setVisible(m_detailsButton->isChecked());
    if (isVisible())
        fitToContents(this);
}

void JobProgressDialog::onProgress(qint64 done, qint64 total)
{
    if (m_finished)
        return;
    // QProgressBar takes int; scale large totals so the bar still moves.
    const qint64 scale = total > std::numeric_limits<int>::max() ? total / std::numeric_limits<int>::max() + 1 : 1;
    m_bar->setRange(0, static_cast<int>(total / scale));
    m_bar->setValue(static_cast<int>(done / scale));
    //: %1 and %2 are formatted numbers
    m_counts->setText(tr("%1 of %2").arg(QLocale().toString(done), QLocale().toString(total)));
}

void JobProgressDialog::onFinished(const Status& status)
{
    if (m_finished)
        return;
    m_finished = true;
    m_outcome = status;
    m_cancel->hide();
    m_close->show();
    // Qt 6.4's QDialogButtonBox passes focus on to its first button; with Cancel hidden, Tab would stop before the
    // box (a keyboard trap, found by tests/ui/support/UiAudit).
    m_buttons->setFocusProxy(m_close);
    m_close->setDefault(true);
    m_close->setFocus();
    if (status) {
        if (m_bar->maximum() == 0)
            m_bar->setRange(0, 1);
        m_bar->setValue(m_bar->maximum());
        showResult(m_summary.isEmpty() ? tr("Done.") : m_summary);
    } else if (status.error().code == model::Job::cancelledCode()) {
        showResult(status.error().message.isEmpty() ? tr("Cancelled.") : status.error().message);
    } else {
        m_error->showError(status.error());
        showResult(tr("The operation failed."));
    }
    Q_EMIT jobFinished(status);
}

void JobProgressDialog::reject()
{
    if (m_finished || !m_job) {
        QDialog::reject();
        return;
    }
    // Closing while the job runs means "cancel"; the dialog stays until the job confirms it stopped.
    if (!m_cancelRequested) {
        m_cancelRequested = true;
        m_cancel->setEnabled(false);
        m_counts->setText(tr("Cancelling…"));
        m_job->cancel();
    }
}

} // namespace iotca::ui
