#include "DeleteCaCommand.h"

#include "BackgroundTask.h"
#include "ui/Prompter.h"
#include "ui/dialogs/ConfirmCascadeDialog.h"

#include "model/workspace/CaRecord.h"
#include "model/workspace/CaRegistrationRecord.h"
#include "model/workspace/CaRegistrationRepository.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/DeviceCertificateRepository.h"
#include "model/workspace/PlatformAccountRecord.h"
#include "model/workspace/PlatformAccountRepository.h"
#include "model/workspace/Workspace.h"

namespace iotca::ui {

DeleteCaCommand::DeleteCaCommand(model::Workspace& workspace, model::SecretStore& secrets, Prompter& prompter,
                                 QWidget* window, qint64 caId)
    : Command(workspace, secrets, prompter, window)
    , m_caId(caId)
{ }

void DeleteCaCommand::doStart()
{
    const auto ca = workspace().cas().get(m_caId);
    if (!ca) {
        fail(ca.error());
        return;
    }
    const auto deviceCount = workspace().devices().count(m_caId);
    if (!deviceCount) {
        fail(deviceCount.error());
        return;
    }
    const auto registrations = workspace().registrations().forCa(m_caId);
    if (!registrations) {
        fail(registrations.error());
        return;
    }
    QStringList liveAccounts;
    for (const auto& registration : registrations.value()) {
        if (registration.status == model::RegistrationStatus::Deleted)
            continue;
        const auto account = workspace().accounts().get(registration.accountId);
        liveAccounts << (account ? account->name : QString::number(registration.accountId));
    }
    if (!liveAccounts.isEmpty()) {
        //: %1 is a CA name, %2 a list of platform accounts
        fail(Error {tr("'%1' is still registered with %2. Delete its registration there first.")
                        .arg(ca->name, liveAccounts.join(QStringLiteral(", ")))});
        return;
    }

    if (ca->hasStoredKey()) {
        //: %1 is a CA name
        const QString question =
            tr("Deleting '%1' destroys its private key, which is kept only in this workspace: nothing can be signed "
               "as this CA again, and its CRLs can no longer be published. Back up the private key first (Export "
               "Private Key…)? Nothing is deleted then.")
                .arg(ca->name);
        if (prompter().ask(window(), tr("Delete CA"), question) == Prompter::Answer::Yes) {
            Q_EMIT backupRequested(m_caId);
            cancel();
            return;
        }
    }
    ConfirmCascadeDialog dialog(ConfirmCascadeDialog::Operation::Delete, ConfirmCascadeDialog::Target::CaRegistration,
                                ca->name, deviceCount.value(), {}, window());
    if (prompter().exec(dialog) != QDialog::Accepted) {
        cancel();
        return;
    }
    setBusy(true);
    model::Workspace* ws = &workspace();
    const qint64 caId = m_caId;
    const QString name = ca->name;
    runInBackground<Status>(
        this, [ws, caId] { return ws->cas().remove(caId, model::CaRemoval::Cascade); },
        [this, name](Status removed) {
            if (!removed) {
                fail(removed.error());
                return;
            }
            //: %1 is a CA name
            succeed(tr("Deleted the certificate authority '%1'.").arg(name));
        });
}

} // namespace iotca::ui
