#pragma once

#include "model/ceremony/CeremonyScript.h"

#include <QWizard>

namespace iotca::model {
class SecretStore;
class Workspace;
} // namespace iotca::model

namespace iotca::ui {

class CeremonyBackupPage;
class CeremonyDevicesPage;
class CeremonyIntermediatePage;
class CeremonyOutputsPage;
class CeremonyPeoplePage;
class CeremonyReviewPage;
class CeremonyRootPage;
class CeremonyRunPage;
class CeremonyVerificationPage;
class Prompter;

/// File → Key Ceremony…: builds the same ceremony script `iotca ceremony run --script` takes (docs/ceremony.md,
/// written by model::CeremonyScriptWriter), shows it for review with every problem the CLI's validator finds, saves
/// it, then runs it step by step, each step confirmed (CeremonyRunPage over model::CeremonyStepRunner).
///
/// Pages: participants → CA (new root or existing) → optional intermediate → verification certificates → device
/// batch → key backup → outputs → review → run. The CA that signs what follows is the intermediate when there is
/// one, else the root (or the existing CA); the backup is of the root (or the existing CA).
class CeremonyWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId {
        PeoplePageId,
        RootPageId,
        IntermediatePageId,
        VerificationPageId,
        DevicesPageId,
        BackupPageId,
        OutputsPageId,
        ReviewPageId,
        RunPageId
    };

    CeremonyWizard(model::Workspace& workspace, model::SecretStore& secrets, Prompter& prompter,
                   QWidget* parent = nullptr);
    ~CeremonyWizard() override;

    /// The script the pages describe now (paths absolute, under the output folder).
    [[nodiscard]] model::CeremonyScript script() const;
    /// The script as its file's bytes (model::CeremonyScriptWriter).
    [[nodiscard]] QByteArray scriptBytes() const;
    /// Every problem of `bytes` as `iotca ceremony run` finds them: the parser's, then the workspace checks'.
    [[nodiscard]] QList<model::ScriptProblem> problems(const QByteArray& bytes) const;
    [[nodiscard]] QString outputFolder() const;

    /// Called by the review page once the script is saved: starts the run page on that file.
    [[nodiscard]] bool startRun(const QString& scriptPath);

    /// While a step runs this does nothing; once the ceremony started it asks, then writes the record of the steps
    /// run so far before closing (the record is the truth, also of a ceremony stopped half-way).
    void reject() override;

private:
    model::Workspace& m_workspace;
    Prompter& m_prompter;
    CeremonyPeoplePage* m_people;
    CeremonyRootPage* m_root;
    CeremonyIntermediatePage* m_intermediate;
    CeremonyVerificationPage* m_verification;
    CeremonyDevicesPage* m_devices;
    CeremonyBackupPage* m_backup;
    CeremonyOutputsPage* m_outputs;
    CeremonyReviewPage* m_review;
    CeremonyRunPage* m_run;
};

} // namespace iotca::ui
