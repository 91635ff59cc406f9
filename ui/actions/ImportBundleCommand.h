#pragma once

#include "Command.h"

namespace iotca::ui {

/// File → Import Bundle…: asks for the transfer bundle's folder, checks every file (model::TransferBundleReader;
/// a refusal names the file and records nothing), shows the fingerprint and what will be recorded
/// (ImportBundleDialog), then records the CA with its key held offline and its pending registrations
/// (model::TransferBundleImporter). Register CA then uploads them.
class ImportBundleCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

Q_SIGNALS:
    void caImported(qint64 caId);

protected:
    void doStart() override;
};

} // namespace iotca::ui
