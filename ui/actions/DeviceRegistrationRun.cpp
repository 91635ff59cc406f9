#include "DeviceRegistrationRun.h"

#include "CallbackJob.h"
#include "PlatformConnectionObject.h"
#include "ui/Prompter.h"
#include "ui/dialogs/JobProgressDialog.h"

#include "model/platform/PlatformId.h"
#include "model/registration/CaRegistrationService.h"
#include "model/registration/DeviceRegistrationPrecheck.h"
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
    auto opened = PlatformConnectionObject::open(m_workspace, m_secrets, target.accountId, this);
    if (!opened) {
        report->status = opened.error();
        return *report;
    }
    std::unique_ptr<PlatformConnectionObject> session(opened.value());
    model::CaRegistrationService& service = session->service();
    const int requested = static_cast<int>(serials.size());
    const qint64 caId = target.caId;
    const QString accountName = target.accountName;
    CallbackJob::Starter starter = [&service, caId, serials, report, accountName, requested](CallbackJob::Done done) {
        service.registerDevices(
            caId, serials, true, [report, accountName, requested, done](Result<model::DeviceBatchOutcome> outcome) {
                if (!outcome)
                    return done(outcome.error());
                //: %n is a number of device certificates, %1 a platform account, %2 how many were already there
                report->message = tr("Registered %n device certificate(s) on %1; %2 already there.", nullptr,
                                     static_cast<int>(outcome->succeeded.size()))
                                      .arg(accountName, QLocale().toString(outcome->alreadyOnPlatform.size()));
                if (!outcome->failed.isEmpty()) {
                    QStringList lines;
                    for (const auto& [serial, error] : outcome->failed)
                        //: %1 is a certificate serial number, %2 why it was not registered
                        lines << tr("%1: %2").arg(serial, error.fullText());
                    report->partial = true;
                    //: %1 and %Ln are formatted numbers: how many failed, of how many
                    report->failures =
                        Error {tr("%1 of %Ln device certificates could not be registered.", nullptr, requested)
                                   .arg(QLocale().toString(outcome->failed.size())),
                               lines.join(QLatin1Char('\n')), outcome->failed.first().second.code};
                    report->message +=
                        QLatin1Char('\n') + report->failures.message + QStringLiteral("\n\n") + report->failures.detail;
                }
                done({});
            });
    };
    // A child of the session: both go when this run returns (the dialog, declared after, goes first).
    auto* job = new CallbackJob(
        std::move(starter), [&service] { service.cancel(); }, session.get());
    connect(&service, &model::CaRegistrationService::progress, job,
            [job](int done, int total, const QString&) { job->setProgress(done, total); });
    //: %n is a number of certificates, %1 a CA name, %2 a platform account
    JobProgressDialog progress(
        job, tr("Registering"),
        tr("Registering %n device certificate(s) of '%1' on %2…", nullptr, requested).arg(target.caName, accountName),
        m_window);
    connect(job, &model::Job::finished, &progress, [&progress, report] { progress.setSummary(report->message); });
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
