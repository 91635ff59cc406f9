#include "NewCaCommand.h"

#include "BackgroundTask.h"
#include "ui/Prompter.h"
#include "ui/dialogs/NewCaDialog.h"

#include "crypto/DistinguishedName.h"
#include "model/ca/CaCreator.h"
#include "model/ca/NewCaParameters.h"
#include "model/ca/RememberedCaStore.h"
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
    // The CA and its remembered passphrase are one unit (RememberedCaStore): the keychain write runs on this thread
    // while the worker holds the CA's uncommitted transaction; nothing is stored when the keychain refuses.
    model::SecretStore* rememberIn = request->rememberPassphrase ? &secrets() : nullptr;
    runInBackground<Result<qint64>>(
        this,
        [ws, request, parameters, rememberIn] {
            return model::RememberedCaStore::store(
                *ws, [&] { return model::CaCreator::createRoot(*ws, *parameters, request->passphrase); },
                request->passphrase, rememberIn);
        },
        [this, request](Result<qint64> created) {
            if (!created) {
                fail(created.error());
                return;
            }
            Q_EMIT caCreated(created.value());
            //: %1 is a CA name
            succeed(tr("Created the certificate authority '%1'.").arg(request->name));
        });
}

} // namespace iotca::ui
