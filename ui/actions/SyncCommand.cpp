#include "SyncCommand.h"

#include "model/registration/RegistrationJobs.h"
#include "model/workspace/CaRegistrationRecord.h"
#include "model/workspace/CaRegistrationRepository.h"
#include "model/workspace/PlatformAccountRecord.h"
#include "model/workspace/PlatformAccountRepository.h"
#include "model/workspace/Workspace.h"

#include <QWidget>

namespace iotca::ui {

SyncCommand::SyncCommand(model::Workspace& workspace, model::SecretStore& secrets, Prompter& prompter, QWidget* window,
                         qint64 caId)
    : Command(workspace, secrets, prompter, window)
    , m_caId(caId)
{ }

void SyncCommand::doStart()
{
    const auto registrations = workspace().registrations().forCa(m_caId);
    if (!registrations) {
        fail(registrations.error());
        return;
    }
    for (const model::CaRegistrationRecord& registration : registrations.value()) {
        if (registration.status != model::RegistrationStatus::Deleted && !m_accounts.contains(registration.accountId))
            m_accounts << registration.accountId;
    }
    if (m_accounts.isEmpty()) {
        fail(Error {tr("The CA is not registered with any platform account: there is nothing to sync.")});
        return;
    }
    setBusy(true);
    syncNext();
}

void SyncCommand::syncNext()
{
    if (m_accounts.isEmpty()) {
        if (!m_failures.isEmpty()) {
            //: %n is a number of platform accounts
            fail(Error {tr("%n platform account(s) could not be synced.", nullptr, static_cast<int>(m_failures.size())),
                        m_failures.join(QLatin1Char('\n'))});
            return;
        }
        //: %n is a number of registrations, %1 and %2 numbers
        succeed(tr("Synced %n registration(s): %1 changed, %2 no longer on the platform.", nullptr, m_checked)
                    .arg(m_changed)
                    .arg(m_vanished));
        return;
    }
    const qint64 accountId = m_accounts.takeFirst();
    const auto account = workspace().accounts().get(accountId);
    const QString name = account ? account->name : QString::number(accountId);
    // The job opens the account itself: its credentials are read from the keychain without blocking.
    auto* job = new model::SyncJob(model::AccountAccess::toOpen(workspace(), secrets(), accountId), this);
    connect(job, &model::Job::finished, this, [this, job, accountId, name](const Status& status) {
        job->deleteLater();
        reportPlatformContact(accountId, status);
        if (status) {
            const model::SyncOutcome& synced = job->result();
            m_checked += synced.checked;
            m_changed += synced.changed;
            m_vanished += synced.vanished;
        } else {
            //: %1 is an account name, %2 why it failed
            m_failures << tr("%1: %2").arg(name, status.error().fullText());
        }
        // Next account from the event loop, not from inside the job's finished().
        QMetaObject::invokeMethod(this, &SyncCommand::syncNext, Qt::QueuedConnection);
    });
    job->start();
}

} // namespace iotca::ui
