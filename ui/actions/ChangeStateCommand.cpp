#include "ChangeStateCommand.h"

#include "ui/Prompter.h"

#include "model/workspace/CaRecord.h"
#include "model/workspace/CaRegistrationRecord.h"
#include "model/workspace/CaRegistrationRepository.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/DeviceCertificateRepository.h"
#include "model/workspace/PlatformAccountRecord.h"
#include "model/workspace/PlatformAccountRepository.h"
#include "model/workspace/Workspace.h"

#include <utility>

namespace iotca::ui {

ChangeStateCommand::ChangeStateCommand(model::Workspace& workspace, model::SecretStore& secrets, Prompter& prompter,
                                       QWidget* window, qint64 caId, ConfirmCascadeDialog::Operation operation,
                                       ConfirmCascadeDialog::Target target, QStringList serials)
    : Command(workspace, secrets, prompter, window)
    , m_caId(caId)
    , m_operation(operation)
    , m_target(target)
    , m_serials(std::move(serials))
{ }

void ChangeStateCommand::doStart()
{
    const auto ca = workspace().cas().get(m_caId);
    if (!ca) {
        fail(ca.error());
        return;
    }
    const auto registrations = workspace().registrations().forCa(m_caId);
    if (!registrations) {
        fail(registrations.error());
        return;
    }
    QStringList accounts;
    for (const auto& registration : registrations.value()) {
        if (registration.status == model::RegistrationStatus::Deleted)
            continue;
        const auto account = workspace().accounts().get(registration.accountId);
        accounts << (account ? account->name : QString::number(registration.accountId));
    }
    if (accounts.isEmpty()) {
        //: %1 is a CA name
        fail(Error {tr("'%1' is not registered with any platform account; register it first.").arg(ca->name)});
        return;
    }
    qint64 count = m_serials.size();
    if (m_target == ConfirmCascadeDialog::Target::CaRegistration) {
        const auto devices = workspace().devices().count(m_caId);
        if (!devices) {
            fail(devices.error());
            return;
        }
        count = devices.value();
    }
    ConfirmCascadeDialog dialog(m_operation, m_target, ca->name, count, accounts.join(QStringLiteral(", ")), window());
    if (prompter().exec(dialog) != QDialog::Accepted) {
        cancel();
        return;
    }
    fail(Error {tr("Nothing was changed: this build cannot reach the platform to change registrations yet."),
                tr("The platform connectors' registration service is not connected to the desktop app.")});
}

} // namespace iotca::ui
