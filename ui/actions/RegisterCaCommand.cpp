#include "RegisterCaCommand.h"

#include "RegisterCaRunner.h"
#include "ui/Prompter.h"
#include "ui/dialogs/RegisterCaWizard.h"

#include "model/ModelErrorCode.h"
#include "model/platform/PlatformCapabilities.h"
#include "model/platform/PlatformId.h"
#include "model/workspace/CaRecord.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/PlatformAccountRecord.h"
#include "model/workspace/PlatformAccountRepository.h"
#include "model/workspace/Workspace.h"

#include <QDir>

namespace iotca::ui {

RegisterCaCommand::RegisterCaCommand(model::Workspace& workspace, model::SecretStore& secrets, Prompter& prompter,
                                     QWidget* window, qint64 caId, qint64 preferredAccountId, bool offline)
    : Command(workspace, secrets, prompter, window)
    , m_caId(caId)
    , m_preferredAccountId(preferredAccountId)
    , m_offline(offline)
{ }

void RegisterCaCommand::doStart()
{
    const auto ca = workspace().cas().get(m_caId);
    if (!ca) {
        fail(ca.error());
        return;
    }
    const auto accounts = workspace().accounts().list();
    if (!accounts) {
        fail(accounts.error());
        return;
    }
    if (accounts->isEmpty()) {
        fail(Error {tr("There is no platform account yet: add one in Tools → Platform Accounts.")});
        return;
    }
    QList<RegisterAccountOption> options;
    for (const model::PlatformAccountRecord& account : accounts.value()) {
        const auto platform = model::parsePlatformId(account.platformId);
        if (!platform)
            continue;
        const auto caps = model::PlatformCapabilities::forPlatform(*platform);
        RegisterAccountOption option;
        option.id = account.id;
        option.name = account.name;
        option.platformName = model::platformDisplayName(*platform);
        option.hasApi = caps.supports(model::PlatformCapabilities::Operation::RegisterCa);
        option.writesBundle = !option.hasApi || m_offline;
        option.codeFromApi = !m_offline && caps.registrationCodeFromApi
            && caps.supports(model::PlatformCapabilities::Operation::GetRegistrationCode);
        option.nameRule = caps.caNameRule;
        options << option;
    }

    auto* runner = new RegisterCaRunner(workspace(), secrets(), prompter(), ca.value(), this);
    runner->setOffline(m_offline);
    runner->setPlatformCallObserver(
        [this](qint64 accountId, const Status& outcome) { reportPlatformContact(accountId, outcome); });
    RegisterCaWizard wizard(*runner, prompter(), ca->name, options, m_preferredAccountId, window());
    runner->setDialogParent(&wizard);
    Q_EMIT wizardOpened(&wizard);
    (void)prompter().exec(wizard);

    const auto& outcome = wizard.outcome();
    if (!outcome) {
        cancel();
        return;
    }
    if (!outcome->ok()) {
        if (outcome->error().code == model::ErrorCode::Cancelled)
            cancel();
        else
            fail(outcome->error());
        return;
    }
    const RegisterCaOutcome& done = outcome->value();
    const RegisterCaInput input = wizard.input();
    QString account;
    for (const RegisterAccountOption& option : std::as_const(options)) {
        if (option.id == input.accountId)
            account = option.name;
    }
    if (done.bundle)
        //: %1 is a CA name, %2 a folder
        succeed(tr("Wrote the upload bundle of '%1' to %2.").arg(ca->name, QDir::toNativeSeparators(done.folder)));
    else
        //: %1 is a CA name, %2 an account, %3 the platform's id of the CA
        succeed(tr("Registered '%1' with %2 (platform ID %3).").arg(ca->name, account, done.remoteId));
}

} // namespace iotca::ui
