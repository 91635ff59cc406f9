#pragma once

#include "Command.h"

namespace iotca::ui {

/// File → New CA: the New CA dialog, then key generation and the self-signed certificate off the GUI thread
/// (model::CaCreator), then, when asked, the passphrase into the keychain (model::CaKeyAccess).
class NewCaCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

Q_SIGNALS:
    void caCreated(qint64 caId);

private:
    void doStart() override;
};

} // namespace iotca::ui
