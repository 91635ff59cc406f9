#include "RegisterDevicesCommand.h"

#include "DeviceRegistrationRun.h"

#include "model/jobs/Job.h"

#include <QWidget>

#include <utility>

namespace iotca::ui {

RegisterDevicesCommand::RegisterDevicesCommand(model::Workspace& workspace, model::SecretStore& secrets,
                                               Prompter& prompter, QWidget* window, qint64 caId, QStringList serials,
                                               qint64 preferredAccountId)
    : Command(workspace, secrets, prompter, window)
    , m_caId(caId)
    , m_serials(std::move(serials))
    , m_preferredAccountId(preferredAccountId)
{ }

void RegisterDevicesCommand::doStart()
{
    const auto target = DeviceRegistrationRun::target(workspace(), m_caId, m_preferredAccountId);
    if (!target)
        return fail(target.error());
    auto* run = new DeviceRegistrationRun(workspace(), secrets(), prompter(), window(), this);
    connect(run, &DeviceRegistrationRun::jobStarted, this, &RegisterDevicesCommand::jobStarted);
    setBusy(true);
    const DeviceRegistrationRun::Report report = run->run(*target, m_serials);
    reportPlatformContact(target->accountId, report.status);
    if (!report.status) {
        if (report.status.error().code == model::Job::cancelledCode())
            return cancel();
        return fail(report.status.error());
    }
    if (report.partial)
        return fail(report.failures);
    succeed(report.message);
}

} // namespace iotca::ui
