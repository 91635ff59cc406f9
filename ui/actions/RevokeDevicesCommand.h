#pragma once

#include "Command.h"

#include <QStringList>

namespace iotca::ui {

/// Devices → Revoke…: the selected device certificates of the CA, with the RFC 5280 reason RevokeDialog asks for,
/// revoked all or none (model::RevocationRepository, the code `iotca device revoke` runs). The CA's next CRL lists
/// them.
class RevokeDevicesCommand : public Command
{
    Q_OBJECT
public:
    RevokeDevicesCommand(model::Workspace& workspace, model::SecretStore& secrets, Prompter& prompter, QWidget* window,
                         qint64 caId, QStringList serials);

private:
    void doStart() override;

    qint64 m_caId;
    QStringList m_serials;
};

} // namespace iotca::ui
