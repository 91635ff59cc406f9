#pragma once

#include "Command.h"
#include "ui/dialogs/ConfirmCascadeDialog.h"

#include <QStringList>

namespace iotca::ui {

/// CA → Activate / Deactivate and Devices → Activate / Deactivate / Delete Selected: confirms with the cascade
/// stated and its count, then asks the platform. Changing a registration is a platform call; until the platform
/// connectors' RegistrationService is wired here, a confirmed change is reported as not possible yet and nothing
/// in the workspace changes (the workspace must never claim a state the platform does not have).
class ChangeStateCommand : public Command
{
    Q_OBJECT
public:
    ChangeStateCommand(model::Workspace& workspace, model::SecretStore& secrets, Prompter& prompter, QWidget* window,
                       qint64 caId, ConfirmCascadeDialog::Operation operation, ConfirmCascadeDialog::Target target,
                       QStringList serials);

private:
    void doStart() override;

    qint64 m_caId;
    ConfirmCascadeDialog::Operation m_operation;
    ConfirmCascadeDialog::Target m_target;
    QStringList m_serials;
};

} // namespace iotca::ui
