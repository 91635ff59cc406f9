#include "NewCaCommand.h"

#include "BackgroundTask.h"
#include "CaKeyUnlock.h"
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
        QList<std::pair<qint64, QString>> issuers;
        for (const auto& ca : existing.value()) {
            names << ca.name;
            if (ca.hasStoredKey())
                issuers.append({ca.id, ca.name});
        }
        dialog.setExistingNames(names);
        dialog.setIssuers(issuers);
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

    if (request->issuerCaId <= 0) {
        create(request, parameters, nullptr);
        return;
    }
    // An intermediate: the parent's key is unlocked once (keychain or passphrase dialog), off the GUI thread.
    auto* unlock = new CaKeyUnlock(workspace(), secrets(), prompter(), request->issuerCaId, this);
    unlock->setDialogParent(window());
    connect(unlock, &CaKeyUnlock::unlocking, this, [this] { setBusy(true); });
    unlock->start([this, request, parameters](Result<crypto::PrivateKey> key) {
        if (!key) {
            failOrCancel(key.error());
            return;
        }
        create(request, parameters, std::make_shared<crypto::PrivateKey>(std::move(key.value())));
    });
}

void NewCaCommand::create(const std::shared_ptr<NewCaRequest>& request,
                          const std::shared_ptr<model::NewCaParameters>& parameters,
                          const std::shared_ptr<crypto::PrivateKey>& issuerKey)
{
    setBusy(true);
    model::Workspace* ws = &workspace();
    // The CA and its remembered passphrase are one unit (RememberedCaStore): the keychain write runs on this thread
    // while the worker holds the CA's uncommitted transaction; nothing is stored when the keychain refuses.
    model::SecretStore* rememberIn = request->rememberPassphrase ? &secrets() : nullptr;
    runInBackground<Result<qint64>>(
        this,
        [ws, request, parameters, issuerKey, rememberIn] {
            return model::RememberedCaStore::store(
                *ws,
                [&] {
                    return issuerKey ? model::CaCreator::createIntermediate(*ws, *parameters, request->passphrase,
                                                                            request->issuerCaId, *issuerKey)
                                     : model::CaCreator::createRoot(*ws, *parameters, request->passphrase);
                },
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
