#include "ChangeStateCommand.h"

#include "DeviceBatchRefusals.h"
#include "ui/Prompter.h"
#include "ui/dialogs/JobProgressDialog.h"

#include "model/platform/PlatformCapabilities.h"
#include "model/platform/PreflightChecker.h"
#include "model/registration/RegistrationJobs.h"
#include "model/workspace/CaRecord.h"
#include "model/workspace/CaRegistrationRepository.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/DeviceCertificateRecord.h"
#include "model/workspace/DeviceCertificateRepository.h"
#include "model/workspace/PlatformAccountRecord.h"
#include "model/workspace/PlatformAccountRepository.h"
#include "model/workspace/Workspace.h"

#include <QEventLoop>
#include <QLocale>

#include <functional>
#include <memory>
#include <utility>

namespace iotca::ui {

namespace {
using Operation = ConfirmCascadeDialog::Operation;
using Target = ConfirmCascadeDialog::Target;

/// What a finished platform call left for the command to report.
struct Report
{
    QString message; ///< the sentence for the status bar and the progress dialog
    Error failures; ///< set when some device certificates were refused
    bool partial = false;
};

Report cascadeReport(Operation operation, const model::CascadeOutcome& outcome, const QString& caName,
                     const QString& accountName)
{
    Report report;
    const int devices = outcome.devicesChanged;
    switch (operation) {
    case Operation::Activate:
        //: %1 is a CA name, %2 a platform account, %n a number of device certificates
        report.message = ChangeStateCommand::tr("Activated '%1' on %2; %n device certificate(s) activated with it.",
                                                nullptr, devices)
                             .arg(caName, accountName);
        break;
    case Operation::Deactivate:
        report.message = ChangeStateCommand::tr("Deactivated '%1' on %2; %n device certificate(s) deactivated with it.",
                                                nullptr, devices)
                             .arg(caName, accountName);
        break;
    case Operation::Delete:
        report.message =
            ChangeStateCommand::tr("Deleted '%1' from %2; %n device certificate(s) deleted with it.", nullptr, devices)
                .arg(caName, accountName);
        break;
    }
    return report;
}

Report batchReport(Operation operation, const model::DeviceBatchOutcome& outcome, const QString& accountName,
                   int requested)
{
    Report report;
    const int succeeded = static_cast<int>(outcome.succeeded.size());
    switch (operation) {
    case Operation::Activate:
        //: %n is a number of device certificates, %1 a platform account
        report.message =
            ChangeStateCommand::tr("Activated %n device certificate(s) on %1.", nullptr, succeeded).arg(accountName);
        break;
    case Operation::Deactivate:
        report.message =
            ChangeStateCommand::tr("Deactivated %n device certificate(s) on %1.", nullptr, succeeded).arg(accountName);
        break;
    case Operation::Delete:
        report.message =
            ChangeStateCommand::tr("Deleted %n device certificate(s) from %1.", nullptr, succeeded).arg(accountName);
        break;
    }
    if (!outcome.failed.isEmpty()) {
        report.partial = true;
        //: %1 and %Ln are formatted numbers: how many failed, of how many
        report.failures = DeviceBatchRefusals::of(
            outcome,
            ChangeStateCommand::tr("%1 of %Ln device certificates could not be changed.", nullptr, requested)
                .arg(QLocale().toString(outcome.failed.size())));
        report.message += QLatin1Char('\n') + report.failures.message + QStringLiteral("\n\n") + report.failures.detail;
    }
    return report;
}
} // namespace

ChangeStateCommand::ChangeStateCommand(model::Workspace& workspace, model::SecretStore& secrets, Prompter& prompter,
                                       QWidget* window, qint64 caId, ConfirmCascadeDialog::Operation operation,
                                       ConfirmCascadeDialog::Target target, QStringList serials,
                                       qint64 preferredAccountId)
    : Command(workspace, secrets, prompter, window)
    , m_caId(caId)
    , m_operation(operation)
    , m_target(target)
    , m_serials(std::move(serials))
    , m_preferredAccountId(preferredAccountId)
{ }

Result<model::CaRegistrationRecord> ChangeStateCommand::chooseRegistration() const
{
    const auto ca = workspace().cas().get(m_caId);
    if (!ca)
        return ca.error();
    const auto registrations = workspace().registrations().forCa(m_caId);
    if (!registrations)
        return registrations.error();
    QList<model::CaRegistrationRecord> live;
    for (const auto& registration : registrations.value()) {
        if (registration.status != model::RegistrationStatus::Deleted)
            live << registration;
    }
    if (live.isEmpty())
        //: %1 is a CA name
        return Error {tr("'%1' is not registered with any platform account; register it first.").arg(ca->name)};
    for (const auto& registration : std::as_const(live)) {
        if (registration.accountId == m_preferredAccountId)
            return registration;
    }
    if (live.size() == 1)
        return live.first();
    return Error {tr("'%1' is registered with several platform accounts: choose the account in the toolbar first.")
                      .arg(ca->name)};
}

Result<qint64> ChangeStateCommand::affectedCount() const
{
    if (m_target == Target::DeviceCertificates)
        return static_cast<qint64>(m_serials.size());
    auto& devices = workspace().devices();
    switch (m_operation) {
    case Operation::Activate:
        return devices.count(m_caId, model::DeviceCertificateStatus::Inactivated);
    case Operation::Deactivate:
        return devices.count(m_caId, model::DeviceCertificateStatus::Associated);
    case Operation::Delete: {
        const auto all = devices.count(m_caId);
        if (!all)
            return all.error();
        const auto deleted = devices.count(m_caId, model::DeviceCertificateStatus::Deleted);
        if (!deleted)
            return deleted.error();
        return all.value() - deleted.value();
    }
    }
    return qint64(0);
}

QString ChangeStateCommand::progressTitle() const
{
    switch (m_operation) {
    case Operation::Activate:
        return tr("Activating");
    case Operation::Deactivate:
        return tr("Deactivating");
    case Operation::Delete:
        return tr("Deleting");
    }
    return {};
}

QString ChangeStateCommand::progressText(const QString& caName, const QString& accountName) const
{
    const int count = static_cast<int>(m_serials.size());
    if (m_target == Target::DeviceCertificates) {
        switch (m_operation) {
        case Operation::Activate:
            //: %n is a number of certificates, %1 a CA name, %2 a platform account
            return tr("Activating %n device certificate(s) of '%1' on %2…", nullptr, count).arg(caName, accountName);
        case Operation::Deactivate:
            return tr("Deactivating %n device certificate(s) of '%1' on %2…", nullptr, count).arg(caName, accountName);
        case Operation::Delete:
            return tr("Deleting %n device certificate(s) of '%1' from %2…", nullptr, count).arg(caName, accountName);
        }
    }
    switch (m_operation) {
    case Operation::Activate:
        //: %1 is a CA name, %2 a platform account
        return tr("Activating '%1' on %2…").arg(caName, accountName);
    case Operation::Deactivate:
        return tr("Deactivating '%1' on %2…").arg(caName, accountName);
    case Operation::Delete:
        return tr("Deleting '%1' from %2…").arg(caName, accountName);
    }
    return {};
}

void ChangeStateCommand::doStart()
{
    const auto ca = workspace().cas().get(m_caId);
    if (!ca) {
        fail(ca.error());
        return;
    }
    const auto registration = chooseRegistration();
    if (!registration) {
        fail(registration.error());
        return;
    }
    const auto account = workspace().accounts().get(registration->accountId);
    if (!account) {
        fail(account.error());
        return;
    }
    if (m_target == Target::CaRegistration) {
        const bool active = registration->status == model::RegistrationStatus::Activated;
        if (m_operation == Operation::Activate && active) {
            //: %1 is a CA name, %2 a platform account
            fail(Error {tr("'%1' is already active on %2.").arg(ca->name, account->name)});
            return;
        }
        if (m_operation == Operation::Deactivate && !active) {
            fail(Error {tr("'%1' is already inactive on %2.").arg(ca->name, account->name)});
            return;
        }
    }
    if (const auto platform = model::parsePlatformId(account->platformId)) {
        // Said before the confirmation: some platforms lack an operation (Tencent has no CA activate/deactivate).
        using Op = model::PlatformCapabilities::Operation;
        const bool onCa = m_target == Target::CaRegistration;
        Op needed = onCa ? Op::DeleteCa : Op::DeleteDevice;
        if (m_operation == Operation::Activate)
            needed = onCa ? Op::ActivateCa : Op::ActivateDevice;
        else if (m_operation == Operation::Deactivate)
            needed = onCa ? Op::DeactivateCa : Op::DeactivateDevice;
        const model::PreflightChecker rules(model::PlatformCapabilities::forPlatform(*platform));
        if (const Status supported = rules.checkOperation(needed); !supported) {
            fail(supported.error());
            return;
        }
    }
    const auto count = affectedCount();
    if (!count) {
        fail(count.error());
        return;
    }
    ConfirmCascadeDialog dialog(m_operation, m_target, ca->name, count.value(), account->name, window());
    if (prompter().exec(dialog) != QDialog::Accepted) {
        cancel();
        return;
    }

    const qint64 accountId = registration->accountId;
    // The job opens the account itself: the keychain is read while its progress dialog runs, never blocking.
    const auto access = model::AccountAccess::toOpen(workspace(), secrets(), accountId);
    const QString caName = ca->name;
    const QString accountName = account->name;
    const Operation operation = m_operation;
    const int requested = static_cast<int>(m_serials.size());
    model::Job* job = nullptr;
    std::function<Report()> describe; // what the platform did, once the job succeeded
    if (m_target == Target::CaRegistration) {
        model::RegistrationResultJob<model::CascadeOutcome>* cascade = nullptr;
        if (m_operation == Operation::Delete) {
            cascade = new model::DeleteCaJob(access, m_caId, this);
        } else {
            const auto status = m_operation == Operation::Activate ? model::RegistrationStatus::Activated
                                                                   : model::RegistrationStatus::Inactivated;
            cascade = new model::CaStatusJob(access, m_caId, status, this);
        }
        job = cascade;
        describe = [cascade, operation, caName, accountName] {
            return cascadeReport(operation, cascade->result(), caName, accountName);
        };
    } else {
        model::RegistrationResultJob<model::DeviceBatchOutcome>* batch = nullptr;
        if (m_operation == Operation::Delete) {
            batch = new model::DeleteDevicesJob(access, m_caId, m_serials, this);
        } else {
            const auto target = m_operation == Operation::Activate ? model::DeviceCertificateStatus::Associated
                                                                   : model::DeviceCertificateStatus::Inactivated;
            batch = new model::DeviceStatusJob(access, m_caId, m_serials, target, this);
        }
        job = batch;
        describe = [batch, operation, accountName, requested] {
            return batchReport(operation, batch->result(), accountName, requested);
        };
    }
    auto report = std::make_shared<Report>();
    JobProgressDialog progress(job, progressTitle(), progressText(caName, accountName), window());
    connect(job, &model::Job::finished, &progress, [&progress, report, describe](const Status& status) {
        if (status)
            *report = describe();
        progress.setSummary(report->message);
    });
    Q_EMIT jobStarted(job);
    setBusy(true);
    job->start();
    (void)prompter().exec(progress);
    if (!job->isFinished()) {
        // The dialog was closed another way (window closing): stop the call and let it finish cleanly.
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
            cancel();
        else
            fail(outcome.error());
        return;
    }
    if (report->partial) {
        fail(report->failures);
        return;
    }
    succeed(report->message);
}

} // namespace iotca::ui
