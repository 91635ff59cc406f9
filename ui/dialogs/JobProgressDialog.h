#pragma once

#include "crypto/Result.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace iotca::model {
class Job;
}

namespace iotca::ui {

class ErrorBanner;

/// Shows a model::Job's progress with a Cancel button, then its outcome. The job runs on the worker pool and
/// reports through queued signals, so this dialog (and the window under it) stays responsive throughout.
///
/// The dialog does not own the job. When the job finishes successfully the dialog shows `summary` (set by the
/// caller from the job's result, or the default "Done.") and a Close button; on failure it shows the error with
/// its detail on demand; a cancelled job reports that it was cancelled.
class JobProgressDialog : public QDialog
{
    Q_OBJECT
public:
    JobProgressDialog(model::Job* job, const QString& title, const QString& description, QWidget* parent = nullptr);

    /// Text shown after success; may be set while the job runs, e.g. from a slot on the job's own finished().
    /// What follows a blank line ("\n\n") is detail (file paths, one line per failed item): it goes into a
    /// details area below the summary, open when it is a few lines, behind "Show Details" when longer.
    void setSummary(const QString& summary);

    [[nodiscard]] bool isJobFinished() const { return m_finished; }
    [[nodiscard]] const Status& outcome() const { return m_outcome; }

Q_SIGNALS:
    /// The job finished (any outcome); emitted after the dialog updated itself.
    void jobFinished(const iotca::Status& status);

protected:
    void reject() override;

private:
    void onProgress(qint64 done, qint64 total);
    void onFinished(const Status& status);
    void showResult(const QString& text);

    QPointer<model::Job> m_job;
    QLabel* m_description;
    QProgressBar* m_bar;
    QLabel* m_counts;
    QLabel* m_result;
    QToolButton* m_detailsButton;
    QPlainTextEdit* m_details;
    ErrorBanner* m_error;
    QDialogButtonBox* m_buttons;
    QPushButton* m_cancel;
    QPushButton* m_close;
    QString m_summary;
    Status m_outcome;
    bool m_finished = false;
    bool m_cancelRequested = false;
    QElapsedTimer m_elapsed;
};

} // namespace iotca::ui
