#include "RegisterDevicesCommand.h"

#include "CallbackJob.h"
#include "PlatformConnectionObject.h"
#include "ui/Prompter.h"
#include "ui/dialogs/JobProgressDialog.h"

#include "model/platform/PlatformCapabilities.h"
#include "model/platform/PreflightChecker.h"
#include "model/registration/CaRegistrationService.h"
#include "model/workspace/CaRecord.h"
#include "model/workspace/CaRegistrationRepository.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/PlatformAccountRecord.h"
#include "model/workspace/PlatformAccountRepository.h"
#include "model/workspace/Workspace.h"

#include <QEventLoop>
#include <QLocale>

#include <memory>
#include <utility>

namespace iotca::ui {

namespace {

/// What the finished registration left for the command to report.
struct Report
{
    QString message;
    Error failures;
    bool partial = false;
};

} // namespace

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
    const auto ca = workspace().cas().get(m_caId);
    if (!ca)
        return fail(ca.error());
    const auto registrations = workspace().registrations().forCa(m_caId);
    if (!registrations)
        return fail(registrations.error());
    std::optional<model::CaRegistrationRecord> chosen;
    int live = 0;
    for (const model::CaRegistrationRecord& registration : registrations.value()) {
        if (registration.status == model::RegistrationStatus::Deleted)
            continue;
        ++live;
        if (!chosen || registration.accountId == m_preferredAccountId)
            chosen = registration;
    }
    if (!chosen)
        //: %1 is a CA name
        return fail(Error {tr("'%1' is not registered with any platform account; register it first.").arg(ca->name)});
    if (live > 1 && chosen->accountId != m_preferredAccountId)
        return fail(Error {tr("'%1' is registered with several platform accounts: choose the account in the toolbar "
                              "first.")
                               .arg(ca->name)});
    const auto account = workspace().accounts().get(chosen->accountId);
    if (!account)
        return fail(account.error());
    if (const auto platform = model::parsePlatformId(account->platformId)) {
        const model::PreflightChecker rules(model::PlatformCapabilities::forPlatform(*platform));
        if (const Status supported = rules.checkOperation(model::PlatformCapabilities::Operation::RegisterDevice);
            !supported)
            return fail(supported.error());
    }

    auto opened = PlatformConnectionObject::open(workspace(), secrets(), chosen->accountId, this);
    if (!opened)
        return fail(opened.error());
    model::CaRegistrationService& service = opened.value()->service();
    const qint64 accountId = chosen->accountId;
    const QString accountName = account->name;
    const int requested = static_cast<int>(m_serials.size());
    auto report = std::make_shared<Report>();
    const qint64 caId = m_caId;
    const QStringList serials = m_serials;
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
                        QLatin1Char('\n') + report->failures.message + QLatin1Char('\n') + report->failures.detail;
                }
                done({});
            });
    };
    auto* job = new CallbackJob(
        std::move(starter), [&service] { service.cancel(); }, this);
    connect(&service, &model::CaRegistrationService::progress, job,
            [job](int done, int total, const QString&) { job->setProgress(done, total); });
    //: %n is a number of certificates, %1 a CA name, %2 a platform account
    JobProgressDialog progress(
        job, tr("Registering"),
        tr("Registering %n device certificate(s) of '%1' on %2…", nullptr, requested).arg(ca->name, accountName),
        window());
    connect(job, &model::Job::finished, &progress, [&progress, report] { progress.setSummary(report->message); });
    Q_EMIT jobStarted(job);
    setBusy(true);
    job->start();
    (void)prompter().exec(progress);
    if (!job->isFinished()) {
        job->cancel();
        QEventLoop wait;
        connect(job, &model::Job::finished, &wait, &QEventLoop::quit);
        if (!job->isFinished())
            wait.exec();
    }
    const Status outcome = job->status();
    reportPlatformContact(accountId, outcome);
    if (!outcome) {
        if (outcome.error().code == model::Job::cancelledCode())
            return cancel();
        return fail(outcome.error());
    }
    if (report->partial)
        return fail(report->failures);
    succeed(report->message);
}

} // namespace iotca::ui
