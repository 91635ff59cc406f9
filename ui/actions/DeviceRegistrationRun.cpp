#include "DeviceRegistrationRun.h"

#include "DeviceBatchRefusals.h"
#include "ui/Prompter.h"
#include "ui/dialogs/JobProgressDialog.h"

#include "model/platform/PlatformId.h"
#include "model/registration/DeviceRegistrationPrecheck.h"
#include "model/registration/RegistrationJobs.h"
#include "model/workspace/CaRecord.h"
#include "model/workspace/CaRegistrationRepository.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/PlatformAccountRecord.h"
#include "model/workspace/PlatformAccountRepository.h"
#include "model/workspace/Workspace.h"

#include <QEventLoop>
#include <QLocale>
#include <QWidget>

#include <memory>
#include <optional>

namespace iotca::ui {

Result<DeviceRegistrationTarget> DeviceRegistrationRun::target(model::Workspace& workspace, qint64 caId,
                                                               qint64 preferredAccountId, bool requirePreferred)
{
    const auto ca = workspace.cas().get(caId);
    if (!ca)
        return ca.error();
    const auto registrations = workspace.registrations().forCa(caId);
    if (!registrations)
        return registrations.error();
    std::optional<model::CaRegistrationRecord> chosen;
    int live = 0;
    for (const model::CaRegistrationRecord& registration : registrations.value()) {
        if (registration.status == model::RegistrationStatus::Deleted)
            continue;
        ++live;
        if (!chosen || registration.accountId == preferredAccountId)
            chosen = registration;
    }
    if (!chosen) {
        //: %1 is a CA name
        return Error {tr("'%1' is not registered with any platform account; register it first.").arg(ca->name)};
    }
    if (requirePreferred && chosen->accountId != preferredAccountId) {
        //: %1 is a CA name
        return Error {tr("'%1' is not registered with this platform account; register it first.").arg(ca->name)};
    }
    if (live > 1 && chosen->accountId != preferredAccountId) {
        return Error {tr("'%1' is registered with several platform accounts: choose the account in the toolbar "
                         "first.")
                          .arg(ca->name)};
    }
    const auto account = workspace.accounts().get(chosen->accountId);
    if (!account)
        return account.error();
    DeviceRegistrationTarget target;
    target.caId = caId;
    target.caName = ca->name;
    target.accountId = chosen->accountId;
    target.accountName = account->name;
    if (const Status ready = model::DeviceRegistrationPrecheck::check(workspace, caId, *account); !ready)
        return ready.error();
    if (const auto platform = model::parsePlatformId(account->platformId))
        target.platformName = model::platformDisplayName(*platform);
    return target;
}

namespace {

/// What the platform did with the batch, for the progress dialog and the command's report.
void describe(DeviceRegistrationRun::Report& report, const model::DeviceBatchOutcome& outcome,
              const QString& accountName, int requested)
{
    //: %n is a number of device certificates, %1 a platform account, %2 how many were already there
    report.message = DeviceRegistrationRun::tr("Registered %n device certificate(s) on %1; %2 already there.", nullptr,
                                               static_cast<int>(outcome.succeeded.size()))
                         .arg(accountName, QLocale().toString(outcome.alreadyOnPlatform.size()));
    if (outcome.failed.isEmpty())
        return;
    report.partial = true;
    //: %1 and %Ln are formatted numbers: how many failed, of how many
    report.failures = DeviceBatchRefusals::of(
        outcome,
        DeviceRegistrationRun::tr("%1 of %Ln device certificates could not be registered.", nullptr, requested)
            .arg(QLocale().toString(outcome.failed.size())));
    report.message += QLatin1Char('\n') + report.failures.message + QStringLiteral("\n\n") + report.failures.detail;
}

} // namespace

DeviceRegistrationRun::DeviceRegistrationRun(model::Workspace& workspace, model::SecretStore& secrets,
                                             Prompter& prompter, QWidget* window, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_secrets(secrets)
    , m_prompter(prompter)
    , m_window(window)
{ }

DeviceRegistrationRun::Report DeviceRegistrationRun::run(const DeviceRegistrationTarget& target,
                                                         const QStringList& serials)
{
    auto report = std::make_shared<Report>();
    const int requested = static_cast<int>(serials.size());
    const QString accountName = target.accountName;
    // The job opens the account itself (the keychain is read while its progress dialog runs, never blocking); it
    // goes when this run returns (the dialog, declared after, goes first).
    std::unique_ptr<model::RegisterDevicesJob> owned = std::make_unique<model::RegisterDevicesJob>(
        model::AccountAccess::toOpen(m_workspace, m_secrets, target.accountId), target.caId, serials, true);
    model::RegisterDevicesJob* job = owned.get();
    //: %n is a number of certificates, %1 a CA name, %2 a platform account
    JobProgressDialog progress(
        job, tr("Registering"),
        tr("Registering %n device certificate(s) of '%1' on %2…", nullptr, requested).arg(target.caName, accountName),
        m_window);
    connect(job, &model::Job::finished, &progress,
            [&progress, report, job, accountName, requested](const Status& status) {
                if (status)
                    describe(*report, job->result(), accountName, requested);
                progress.setSummary(report->message);
            });
    Q_EMIT jobStarted(job);
    job->start();
    (void)m_prompter.exec(progress);
    if (!job->isFinished()) {
        job->cancel();
        QEventLoop wait;
        connect(job, &model::Job::finished, &wait, &QEventLoop::quit);
        if (!job->isFinished())
            wait.exec();
    }
    report->status = job->status();
    return *report;
}

} // namespace iotca::ui
