#pragma once

#include "Command.h"

namespace iotca::ui {

/// CA → Export Private Key…: a backup of the CA's key under a new passphrase asked twice, as encrypted PKCS#8 PEM or
/// PKCS#12 with the certificate chain (model::CaKeyBackup), after the CA's own passphrase unlocked it.
class ExportPrivateKeyCommand : public Command
{
    Q_OBJECT
public:
    ExportPrivateKeyCommand(model::Workspace& workspace, model::SecretStore& secrets, Prompter& prompter,
                            QWidget* window, qint64 caId);

private:
    void doStart() override;

    qint64 m_caId;
};

} // namespace iotca::ui
