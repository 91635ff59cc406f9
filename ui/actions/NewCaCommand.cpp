#include "NewCaCommand.h"

#include "BackgroundTask.h"
#include "ui/Prompter.h"
#include "ui/dialogs/NewCaDialog.h"

#include "crypto/DistinguishedName.h"
#include "model/ca/CaCreator.h"
#include "model/ca/CaKeyAccess.h"
#include "model/ca/NewCaParameters.h"
#include "model/workspace/CaRecord.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/Workspace.h"

#include <memory>

namespace iotca::ui {

void NewCaCommand::doStart()
{
    NewCaDialog dialog(window());
    if (const auto existing = workspace().cas().list()) {
        QStringList names;
        for (const auto& ca : existing.value())
            names << ca.name;
        dialog.setExistingNames(names);
    }
    if (prompter().exec(dialog) != QDialog::Accepted) {
        cancel();
        return;
    }
    auto request = std::make_shared<NewCaRequest>(dialog.request());
    const auto subject = crypto::DistinguishedName::parse(request->subject.toRfc4514());
    if (!subject) {
        fail(subject.error());
        return;
    }
    auto parameters = std::make_shared<model::NewCaParameters>();
    parameters->name = request->name;
    parameters->subject = subject.value();
    parameters->algorithm = request->algorithm;
    parameters->validityDays = request->validityDays;

    setBusy(true);
    model::Workspace* ws = &workspace();
    runInBackground<Result<qint64>>(
        this, [ws, request, parameters] { return model::CaCreator::createRoot(*ws, *parameters, request->passphrase); },
        [this, request](Result<qint64> created) {
            if (!created) {
                fail(created.error());
                return;
            }
            Q_EMIT caCreated(created.value());
            if (request->rememberPassphrase) {
                // The blocking keychain call runs a short local event loop; the window stays responsive.
                if (const Status remembered = model::CaKeyAccess::rememberStoredUnder(workspace(), created.value(),
                                                                                      request->passphrase, secrets());
                    !remembered) {
                    fail(Error {tr("The CA '%1' was created, but its passphrase could not be stored in the "
                                   "keychain.")
                                    .arg(request->name),
                                remembered.error().fullText()});
                    return;
                }
            }
            //: %1 is a CA name
            succeed(tr("Created the certificate authority '%1'.").arg(request->name));
        });
}

} // namespace iotca::ui
