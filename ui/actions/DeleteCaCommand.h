#pragma once

#include "Command.h"

namespace iotca::ui {

/// CA → Delete: states the cascade ("also deletes its 2,345 device certificates"), requires the CA's name typed,
/// then removes the CA with its device certificates and registration records in one audited transaction. A CA
/// still registered (Activated or Inactivated) on a platform account is refused: it has to be deleted there first.
/// A CA whose private key is stored here is deleted only after saying that the key is destroyed with it and offering
/// a backup first (Yes ends the command with backupRequested() and deletes nothing).
class DeleteCaCommand : public Command
{
    Q_OBJECT
public:
    DeleteCaCommand(model::Workspace& workspace, model::SecretStore& secrets, Prompter& prompter, QWidget* window,
                    qint64 caId);

Q_SIGNALS:
    /// The user chose to back up the CA's private key before deleting it; nothing was deleted.
    void backupRequested(qint64 caId);

private:
    void doStart() override;

    qint64 m_caId;
};

} // namespace iotca::ui
