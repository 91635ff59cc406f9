#pragma once

#include "Command.h"

#include <memory>

namespace iotca::crypto {
class PrivateKey;
}
namespace iotca::model {
struct NewCaParameters;
}

namespace iotca::ui {

struct NewCaRequest;

/// File → New CA: the New CA dialog, for an intermediate ("Signed by") the parent's key unlocked once (CaKeyUnlock),
/// then key generation and the certificate off the GUI thread (model::CaCreator), then, when asked, the passphrase
/// into the keychain (model::CaKeyAccess).
class NewCaCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

Q_SIGNALS:
    void caCreated(qint64 caId);

private:
    void doStart() override;
    /// Generates the key and certificate off the GUI thread: a root, or with `issuerKey` an intermediate.
    void create(const std::shared_ptr<NewCaRequest>& request, const std::shared_ptr<model::NewCaParameters>& parameters,
                const std::shared_ptr<crypto::PrivateKey>& issuerKey);
};

} // namespace iotca::ui
