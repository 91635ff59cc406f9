#pragma once

#include "model/ceremony/CeremonyFrontEnd.h"
#include "model/ceremony/CeremonyStepRunner.h"

#include <QPointer>
#include <QWizardPage>

#include <memory>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace iotca::model {
class SecretStore;
class Workspace;
} // namespace iotca::model

namespace iotca::ui {

class Prompter;

/// Key Ceremony wizard, last page: runs the saved script's steps one at a time through model::CeremonyStepRunner
/// (the runner `iotca ceremony run` uses), each started by the officer with "Run Step N of M" after reading what it
/// does. Passphrases are asked when a step needs them (NewCaPassphraseDialog for a new CA; CaKeyUnlock, i.e. the
/// keychain or PassphraseDialog, for a CA of the workspace). A device batch runs as a model::Job with a progress bar
/// and a Stop button while the window stays responsive. A failed step is shown with its message and stops the
/// ceremony; the last step writes the record either way, and the page then lists where everything went.
class CeremonyRunPage : public QWizardPage, public model::CeremonyFrontEnd
{
    Q_OBJECT
public:
    CeremonyRunPage(model::Workspace& workspace, model::SecretStore& secrets, Prompter& prompter,
                    QWidget* parent = nullptr);
    ~CeremonyRunPage() override;

    /// Starts the ceremony of the script saved at `scriptPath` (read again from the file: what runs is what was
    /// saved). False, with the error shown, when it cannot start.
    [[nodiscard]] bool start(const QString& scriptPath);

    [[nodiscard]] bool isComplete() const override;
    /// A step is running (a dialog or a batch may be open).
    [[nodiscard]] bool isBusy() const { return m_busy; }
    /// Started, and the record not written yet.
    [[nodiscard]] bool isUnfinished() const;
    /// Writes the record now (the officer stopped the ceremony): the steps not run are recorded as such.
    void stopAndWriteRecord();

    [[nodiscard]] QString logText() const;
    /// The files and folders the ceremony wrote, one per line (after the record was written).
    [[nodiscard]] QString outputsText() const;

    // model::CeremonyFrontEnd
    [[nodiscard]] Result<crypto::SecureBuffer> newCaPassphrase(const QString& caName) override;
    [[nodiscard]] Result<crypto::PrivateKey> unlockCaKey(model::Workspace& workspace,
                                                         const model::CaRecord& ca) override;
    [[nodiscard]] Status runJob(model::Job& job, const QString& title) override;

private:
    void runNext();
    void writeRecord();
    void showSteps();
    void appendLog(const QString& text);

    model::Workspace& m_workspace;
    model::SecretStore& m_secrets;
    Prompter& m_prompter;
    std::unique_ptr<model::CeremonyStepRunner> m_runner;
    QLabel* m_intro;
    QListWidget* m_steps;
    QLabel* m_next;
    QPushButton* m_run;
    QProgressBar* m_progress;
    QPushButton* m_stopJob;
    QPlainTextEdit* m_log;
    QLabel* m_outputsTitle;
    QPlainTextEdit* m_outputs;
    QPointer<model::Job> m_job;
    bool m_busy = false;
    bool m_recordWritten = false;
};

} // namespace iotca::ui
