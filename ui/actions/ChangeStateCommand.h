#pragma once

#include "Command.h"
#include "ui/dialogs/ConfirmCascadeDialog.h"

#include "model/workspace/CaRegistrationRecord.h"

#include <QStringList>

namespace iotca::model {
class Job;
}

namespace iotca::ui {

/// CA → Activate / Deactivate / Delete from Platform and Devices → Activate / Deactivate / Delete Selected: confirms
/// with the cascade stated and its count, then asks the platform through CaRegistrationService under a progress
/// dialog with Cancel. The workspace changes only after the platform said yes (the service records it, cascade
/// included); the panes follow the workspace's signals. Ends with what changed, and each refused device certificate
/// with the platform's reason.
class ChangeStateCommand : public Command
{
    Q_OBJECT
public:
    /// `preferredAccountId` (the toolbar's account) picks the registration when the CA is registered with several
    /// accounts.
    ChangeStateCommand(model::Workspace& workspace, model::SecretStore& secrets, Prompter& prompter, QWidget* window,
                       qint64 caId, ConfirmCascadeDialog::Operation operation, ConfirmCascadeDialog::Target target,
                       QStringList serials, qint64 preferredAccountId = 0);

Q_SIGNALS:
    /// The platform call is about to start under its progress dialog (tests reach the job through this).
    void jobStarted(iotca::model::Job* job);

private:
    void doStart() override;
    [[nodiscard]] Result<model::CaRegistrationRecord> chooseRegistration() const;
    [[nodiscard]] Result<qint64> affectedCount() const;
    [[nodiscard]] QString progressTitle() const;
    [[nodiscard]] QString progressText(const QString& caName, const QString& accountName) const;

    qint64 m_caId;
    ConfirmCascadeDialog::Operation m_operation;
    ConfirmCascadeDialog::Target m_target;
    QStringList m_serials;
    qint64 m_preferredAccountId;
};

} // namespace iotca::ui
