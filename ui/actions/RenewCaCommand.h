#pragma once

#include "Command.h"

namespace iotca::ui {

/// CA → Renew CA…: the new validity (RenewCaDialog), the signing key unlocked (the CA's own for a root, its issuer's
/// for an intermediate: model::CaRenewal::signerOf), then model::CaRenewal::renew, the code `iotca ca renew` runs.
class RenewCaCommand : public Command
{
    Q_OBJECT
public:
    RenewCaCommand(model::Workspace& workspace, model::SecretStore& secrets, Prompter& prompter, QWidget* window,
                   qint64 caId);

private:
    void doStart() override;

    qint64 m_caId;
};

} // namespace iotca::ui
