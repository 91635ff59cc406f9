#include "ImportBundleCommand.h"

#include "ui/Prompter.h"
#include "ui/dialogs/ImportBundleDialog.h"

#include "model/bundle/TransferBundleImporter.h"
#include "model/bundle/TransferBundleReader.h"

namespace iotca::ui {

void ImportBundleCommand::doStart()
{
    const QString folder = prompter().existingFolder(window(), tr("Import Bundle"));
    if (folder.isEmpty()) {
        cancel();
        return;
    }
    // A bundle is a few small files (certificates, a manifest; CSVs of an offline batch at most): read in place.
    auto bundle = model::TransferBundleReader::read(folder);
    if (!bundle) {
        fail(bundle.error());
        return;
    }
    ImportBundleDialog dialog(*bundle, window());
    if (prompter().exec(dialog) != QDialog::Accepted) {
        cancel();
        return;
    }
    auto imported = model::TransferBundleImporter::import(workspace(), *bundle, dialog.caName());
    if (!imported) {
        fail(imported.error());
        return;
    }
    Q_EMIT caImported(imported->caId);
    if (imported->unchanged()) {
        //: %1 is a CA name
        succeed(tr("The bundle of '%1' was imported before; nothing changed.").arg(imported->caName));
        return;
    }
    //: %1 is a CA name, %n the number of pending registrations
    succeed(tr("Imported the CA '%1' (key held offline) with %n pending registration(s).", nullptr,
               imported->registrationsAdded)
                .arg(imported->caName));
}

} // namespace iotca::ui
