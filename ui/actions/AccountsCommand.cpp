#include "AccountsCommand.h"

#include "PlatformConnectionObject.h"
#include "ui/Prompter.h"
#include "ui/dialogs/AccountsDialog.h"

#include "model/platform/PlatformConnector.h"
#include "model/registration/PlatformAccountService.h"
#include "model/secrets/SecretStore.h"
#include "model/workspace/CaRegistrationRecord.h"
#include "model/workspace/CaRegistrationRepository.h"
#include "model/workspace/PlatformAccountRecord.h"
#include "model/workspace/PlatformAccountRepository.h"
#include "model/workspace/Workspace.h"

#include <QPointer>

#include <algorithm>
#include <memory>

namespace iotca::ui {

AccountsCommand::AccountsCommand(model::Workspace& workspace, model::SecretStore& secrets, Prompter& prompter,
                                 QWidget* window, bool offline)
    : Command(workspace, secrets, prompter, window)
    , m_offline(offline)
{ }

namespace {
Error offlineError()
{
    return Error {AccountsCommand::tr("Work Offline is on, so nothing is sent to the platform. Turn it off in View → "
                                      "Work Offline to test the connection."),
                  {},
                  QStringLiteral("Offline")};
}
} // namespace

model::PlatformAccountRecord AccountsCommand::toRecord(const PlatformAccountInput& input)
{
    model::PlatformAccountRecord record;
    record.name = input.displayName;
    record.displayName = input.displayName;
    record.platformId = input.platform;
    record.region = input.region;
    record.endpoint = input.endpoint;
    record.instanceId = input.instanceId;
    record.product = input.productKey;
    record.caBundlePath = input.caBundlePath;
    return record;
}

AccountDialog::ConnectionTester AccountsCommand::connectionTester(model::Workspace& workspace,
                                                                  model::SecretStore& secrets, qint64 storedAccountId,
                                                                  QObject* context)
{
    QPointer<model::Workspace> ws(&workspace);
    QPointer<model::SecretStore> store(&secrets);
    QPointer<QObject> guard(context);
    return [ws, store, guard, storedAccountId](const PlatformAccountInput& input, std::function<void(Status)> done) {
        if (!ws || !store || !guard) {
            done(Error {tr("The workspace is closed.")});
            return;
        }
        auto account = model::PlatformAccountService::toPlatformAccount(toRecord(input));
        if (!account) {
            done(account.error());
            return;
        }
        account->accessKeyId = input.accessKeyId;
        model::PlatformSecret secret;
        if (!input.secret.isEmpty()) {
            secret.secret = crypto::SecureBuffer::fromBytes(input.secret.view());
        } else if (storedAccountId != 0) {
            // Editing with the secret unchanged: the stored credentials, if the key ID is still theirs.
            model::PlatformAccountService accounts(*ws, *store);
            auto stored = accounts.load(storedAccountId);
            if (!stored) {
                done(stored.error());
                return;
            }
            if (stored->account.accessKeyId != input.accessKeyId) {
                done(Error {tr("Type the secret of the new access key ID to test it.")});
                return;
            }
            secret.secret = std::move(stored->secret.secret);
        }
        PlatformConnectionObject::testConnection(std::move(*account), std::move(secret), guard, std::move(done));
    };
}

void AccountsCommand::doStart()
{
    AccountsDialog dialog(workspace(), window());
    m_dialog = &dialog;
    connect(&dialog, &AccountsDialog::addRequested, this, &AccountsCommand::addAccount);
    connect(&dialog, &AccountsDialog::editRequested, this, &AccountsCommand::editAccount);
    connect(&dialog, &AccountsDialog::removeRequested, this, &AccountsCommand::removeAccount);
    connect(&dialog, &AccountsDialog::testRequested, this, &AccountsCommand::testAccount);
    Q_EMIT dialogOpened(&dialog);
    (void)prompter().exec(dialog);
    m_dialog = nullptr;
    succeed(QString());
}

AccountDialog::ConnectionTester AccountsCommand::tester(qint64 storedAccountId)
{
    if (m_offline)
        return [](const PlatformAccountInput&, std::function<void(Status)> done) { done(offlineError()); };
    return connectionTester(workspace(), secrets(), storedAccountId, this);
}

void AccountsCommand::addAccount()
{
    AccountDialog dialog(prompter(), PlatformAccountInput {}, tester(0),
                         m_dialog ? static_cast<QWidget*>(m_dialog) : window());
    qint64 added = 0;
    dialog.setSaver([this, &added](const PlatformAccountInput& input) -> Status {
        model::PlatformAccountService accounts(workspace(), secrets());
        auto id = accounts.add(toRecord(input), input.accessKeyId, input.secret);
        if (!id)
            return id.error();
        added = id.value();
        return {};
    });
    if (prompter().exec(dialog) == QDialog::Accepted && m_dialog && added != 0)
        m_dialog->selectAccount(added);
}

void AccountsCommand::editAccount(qint64 accountId)
{
    const auto record = workspace().accounts().get(accountId);
    if (!record) {
        if (m_dialog)
            m_dialog->showError(record.error());
        return;
    }
    PlatformAccountInput existing;
    existing.platform = record->platformId;
    existing.displayName = record->name;
    existing.region = record->region;
    existing.endpoint = record->endpoint;
    existing.caBundlePath = record->caBundlePath;
    existing.instanceId = record->instanceId;
    existing.productKey = record->product;
    // The access key ID is kept with the secret in the keychain; when it is lost the user types both again.
    model::PlatformAccountService accounts(workspace(), secrets());
    if (auto loaded = accounts.load(accountId))
        existing.accessKeyId = loaded->account.accessKeyId;

    AccountDialog dialog(prompter(), existing, tester(accountId),
                         m_dialog ? static_cast<QWidget*>(m_dialog) : window());
    const model::PlatformAccountRecord stored = record.value();
    dialog.setSaver([this, stored](const PlatformAccountInput& input) -> Status {
        model::PlatformAccountRecord updated = toRecord(input);
        updated.id = stored.id;
        updated.credentialKey = stored.credentialKey;
        model::PlatformAccountService service(workspace(), secrets());
        if (input.secret.isEmpty())
            return service.update(updated);
        return service.update(updated, input.accessKeyId, input.secret);
    });
    (void)prompter().exec(dialog);
}

void AccountsCommand::removeAccount(qint64 accountId)
{
    const auto record = workspace().accounts().get(accountId);
    if (!record) {
        if (m_dialog)
            m_dialog->showError(record.error());
        return;
    }
    qsizetype live = 0;
    if (const auto registrations = workspace().registrations().forAccount(accountId)) {
        live = std::count_if(registrations->cbegin(), registrations->cend(), [](const auto& registration) {
            return registration.status != model::RegistrationStatus::Deleted;
        });
    }
    //: %1 is an account name
    QString question = tr("Remove the platform account '%1' and its credentials from the keychain?").arg(record->name);
    if (live > 0)
        //: %n is a number of CAs
        question += QLatin1Char(' ')
            + tr("The workspace forgets its %n CA registration(s); nothing changes on the platform.", nullptr,
                 static_cast<int>(live));
    if (prompter().ask(m_dialog ? static_cast<QWidget*>(m_dialog) : window(), tr("Remove Platform Account"), question)
        != Prompter::Answer::Yes)
        return;
    model::PlatformAccountService accounts(workspace(), secrets());
    if (const Status removed = accounts.remove(accountId); !removed && m_dialog)
        m_dialog->showError(removed.error());
}

void AccountsCommand::testAccount(qint64 accountId)
{
    if (m_offline) {
        if (m_dialog)
            m_dialog->showTestResult(accountId, offlineError());
        return;
    }
    if (m_dialog)
        m_dialog->showTestRunning();
    PlatformConnectionObject::open(
        workspace(), secrets(), accountId, this, [this, accountId](Result<PlatformConnectionObject*> opened) {
            if (!opened) {
                if (m_dialog)
                    m_dialog->showTestResult(accountId, opened.error());
                return;
            }
            PlatformConnectionObject* session = opened.value();
            QPointer<AccountsCommand> self(this);
            session->connector().listCas([self, session, accountId](Result<QList<model::RemoteCaCertificate>> listed) {
                const Status outcome = listed ? Status() : Status(listed.error());
                session->deleteLater();
                if (!self)
                    return;
                self->reportPlatformContact(accountId, outcome);
                if (self->m_dialog)
                    self->m_dialog->showTestResult(accountId, outcome);
            });
        });
}

} // namespace iotca::ui
