#pragma once

#include "RegisterCaBackend.h"

#include <QWizardPage>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QProgressBar;

namespace iotca::ui {

class RegisterCaWizard;

/// Register wizard, last step: runs the registration (or writes the bundle) with its progress, then shows the
/// outcome: the platform's id and status of the CA, or the specific error with the platform's raw answer in a
/// details area. Cancel while it runs asks the backend to stop; the wizard closes once it did.
class RegisterCaRunPage : public QWizardPage
{
    Q_OBJECT
public:
    RegisterCaRunPage(RegisterCaWizard& wizard, RegisterCaBackend& backend);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;

    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] bool isFinished() const { return m_outcome.has_value(); }
    [[nodiscard]] const std::optional<Result<RegisterCaOutcome>>& outcome() const { return m_outcome; }
    /// Asks the backend to stop (the wizard's Cancel while running).
    void requestCancel();
    /// Runs the registration again with the same input, after a failure (the wizard's Retry).
    void retry();

Q_SIGNALS:
    /// The run ended; `cancelled` when it stopped because the user cancelled.
    void runFinished(bool cancelled);

private:
    void begin();
    void onProgress(int done, int total, const QString& step);
    void onDone(Result<RegisterCaOutcome> outcome);

    RegisterCaWizard& m_wizard;
    RegisterCaBackend& m_backend;
    QLabel* m_step;
    QProgressBar* m_bar;
    QLabel* m_result;
    QLabel* m_detailsLabel;
    QPlainTextEdit* m_details;
    std::optional<Result<RegisterCaOutcome>> m_outcome;
    bool m_running = false;
    bool m_cancelRequested = false;
    int m_generation = 0;
};

} // namespace iotca::ui
