#pragma once

#include "Command.h"

#include <QStringList>

namespace iotca::model {
class Job;
}

namespace iotca::ui {

/// Devices → Register on Platform…: puts the selected device certificates on the platform account the CA is
/// registered with (Tencent Cloud IoT Hub CreateDevice, AWS IoT Core RegisterCertificate) through
/// CaRegistrationService::registerDevices(), under a progress dialog with Cancel. Safe to repeat: one already there is
/// recorded, not sent again. Ends with how many were registered and were already there, and each refused one with
/// the platform's reason. ApsaraMQ has no such API (its broker registers a device on first connection): refused
/// before anything is sent.
class RegisterDevicesCommand : public Command
{
    Q_OBJECT
public:
    RegisterDevicesCommand(model::Workspace& workspace, model::SecretStore& secrets, Prompter& prompter,
                           QWidget* window, qint64 caId, QStringList serials, qint64 preferredAccountId = 0);

Q_SIGNALS:
    /// The platform call is about to start under its progress dialog (tests reach the job through this).
    void jobStarted(iotca::model::Job* job);

private:
    void doStart() override;

    qint64 m_caId;
    QStringList m_serials;
    qint64 m_preferredAccountId;
};

} // namespace iotca::ui
