#pragma once

#include "Command.h"

namespace iotca::ui {

/// CA → Delete: states the cascade ("also deletes its 2,345 device certificates"), requires the CA's name typed,
/// then removes the CA with its device certificates and registration records in one audited transaction. A CA
/// still registered (Activated or Inactivated) on a platform account is refused: it has to be deleted there first.
class DeleteCaCommand : public Command
{
    Q_OBJECT
public:
    DeleteCaCommand(model::Workspace& workspace, model::SecretStore& secrets, Prompter& prompter, QWidget* window,
                    qint64 caId);

private:
    void doStart() override;

    qint64 m_caId;
};

} // namespace iotca::ui
