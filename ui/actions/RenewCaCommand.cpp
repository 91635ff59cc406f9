#include "RenewCaCommand.h"

#include "BackgroundTask.h"
#include "CaKeyUnlock.h"
#include "ui/Prompter.h"
#include "ui/dialogs/RenewCaDialog.h"

#include "model/ca/CaRenewal.h"
#include "model/workspace/CaRegistrationRecord.h"
#include "model/workspace/CaRegistrationRepository.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/Workspace.h"

#include <algorithm>
#include <memory>

namespace iotca::ui {

RenewCaCommand::RenewCaCommand(model::Workspace& workspace, model::SecretStore& secrets, Prompter& prompter,
                               QWidget* window, qint64 caId)
    : Command(workspace, secrets, prompter, window)
    , m_caId(caId)
{ }

void RenewCaCommand::doStart()
{
    const auto ca = workspace().cas().get(m_caId);
    if (!ca) {
        fail(ca.error());
        return;
    }
    const auto signerId = model::CaRenewal::signerOf(workspace(), m_caId);
    if (!signerId) {
        fail(signerId.error());
        return;
    }
    const auto signer = workspace().cas().get(*signerId);
    if (!signer) {
        fail(signer.error());
        return;
    }
    bool registered = false;
    if (const auto registrations = workspace().registrations().forCa(m_caId)) {
        registered = std::any_of(registrations->cbegin(), registrations->cend(), [](const auto& registration) {
            return registration.status != model::RegistrationStatus::Deleted;
        });
    }
    RenewCaDialog dialog(ca->name, signer->name, registered, window());
    if (prompter().exec(dialog) != QDialog::Accepted) {
        cancel();
        return;
    }
    const int days = dialog.validityDays();
    auto* unlock = new CaKeyUnlock(workspace(), secrets(), prompter(), *signerId, this);
    unlock->setDialogParent(window());
    connect(unlock, &CaKeyUnlock::unlocking, this, [this] { setBusy(true); });
    const QString name = ca->name;
    unlock->start([this, days, name](Result<crypto::PrivateKey> key) {
        if (!key) {
            failOrCancel(key.error());
            return;
        }
        setBusy(true);
        model::Workspace* ws = &workspace();
        const qint64 caId = m_caId;
        auto signingKey = std::make_shared<crypto::PrivateKey>(std::move(key.value()));
        runInBackground<Result<model::CaRenewalResult>>(
            this, [ws, caId, signingKey, days] { return model::CaRenewal::renew(*ws, caId, *signingKey, days); },
            [this, name](Result<model::CaRenewalResult> renewed) {
                if (!renewed) {
                    fail(renewed.error());
                    return;
                }
                //: %1 is a CA name, %2 and %3 serial numbers
                QString message =
                    tr("Renewed '%1': serial %2 replaces %3.").arg(name, renewed->newSerialHex, renewed->oldSerialHex);
                if (!renewed->warning.isEmpty())
                    message += QLatin1Char(' ') + renewed->warning;
                succeed(message);
            });
    });
}

} // namespace iotca::ui
