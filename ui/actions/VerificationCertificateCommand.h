#pragma once

#include "Command.h"

namespace iotca::ui {

/// CA → Verification Certificate…: the registration code a platform console shows, typed in, and the file to write;
/// then the CA key unlocked and model::VerificationCertificateFile writes the certificate. Needs no platform account
/// and works in Work Offline (nothing is sent anywhere).
class VerificationCertificateCommand : public Command
{
    Q_OBJECT
public:
    VerificationCertificateCommand(model::Workspace& workspace, model::SecretStore& secrets, Prompter& prompter,
                                   QWidget* window, qint64 caId);

private:
    void doStart() override;

    qint64 m_caId;
};

} // namespace iotca::ui
