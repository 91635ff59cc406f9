#pragma once

#include "Command.h"

namespace iotca::ui {

class RegisterCaWizard;

/// CA → Register with Platform: the register wizard (RegisterCaWizard) over a RegisterCaRunner, preselecting the
/// toolbar's account. Ends with the platform's id of the CA, the bundle written, or the reason it failed.
class RegisterCaCommand : public Command
{
    Q_OBJECT
public:
    RegisterCaCommand(model::Workspace& workspace, model::SecretStore& secrets, Prompter& prompter, QWidget* window,
                      qint64 caId, qint64 preferredAccountId, bool offline = false);

Q_SIGNALS:
    /// The wizard is about to open (tests reach it through this).
    void wizardOpened(iotca::ui::RegisterCaWizard* wizard);

private:
    void doStart() override;

    qint64 m_caId;
    qint64 m_preferredAccountId;
    bool m_offline;
};

} // namespace iotca::ui
