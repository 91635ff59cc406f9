#pragma once

#include "Command.h"

#include <QString>

namespace iotca::ui {

/// Devices → Re-issue… (and the device list's context menu): ReissueDialog, the checks of model::DeviceReissue::plan,
/// the CA's key unlocked, then model::DeviceReissue::run, the code `iotca device reissue` runs.
class ReissueDeviceCommand : public Command
{
    Q_OBJECT
public:
    ReissueDeviceCommand(model::Workspace& workspace, model::SecretStore& secrets, Prompter& prompter, QWidget* window,
                         qint64 caId, QString serial);

private:
    void doStart() override;

    qint64 m_caId;
    QString m_serial;
};

} // namespace iotca::ui
