#pragma once

#include "Command.h"

#include "crypto/Result.h"

namespace iotca::ui {

struct ImportCaRequest;

/// File → Import CA: the Import CA dialog (which refuses a wrong passphrase or a key that does not belong to the
/// certificate before it closes), then the import off the GUI thread (model::CaImporter). The key is stored
/// re-encrypted under the passphrase given in the dialog.
class ImportCaCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

    /// Loads both files and checks that the key opens and belongs to the certificate (the dialog's accept() check).
    [[nodiscard]] static Status checkFiles(const ImportCaRequest& request);

Q_SIGNALS:
    void caImported(qint64 caId);

private:
    void doStart() override;
};

} // namespace iotca::ui
