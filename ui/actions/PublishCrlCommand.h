#pragma once

#include "Command.h"

namespace iotca::ui {

/// CA → Publish CRL…: the file and the days until nextUpdate (ExportFileDialog), the CA key unlocked (CaKeyUnlock),
/// then model::CrlPublisher writes the CRL (the code `iotca ca crl` runs) off the GUI thread.
class PublishCrlCommand : public Command
{
    Q_OBJECT
public:
    PublishCrlCommand(model::Workspace& workspace, model::SecretStore& secrets, Prompter& prompter, QWidget* window,
                      qint64 caId);

private:
    void doStart() override;

    qint64 m_caId;
};

} // namespace iotca::ui
