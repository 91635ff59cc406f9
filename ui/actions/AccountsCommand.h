#pragma once

#include "Command.h"

#include "ui/dialogs/AccountDialog.h"

#include <QPointer>

namespace iotca::model {
struct PlatformAccountRecord;
}

namespace iotca::ui {

class AccountsDialog;

/// Tools → Platform Accounts: the accounts manager. Add and Edit run the account dialog and store through
/// PlatformAccountService (settings in the workspace, credentials in the keychain); Remove asks first and says what
/// goes with the account; Test Connection lists the account's CAs on the platform, asynchronously.
class AccountsCommand : public Command
{
    Q_OBJECT
public:
    /// `offline` (Work Offline): connection tests are refused.
    AccountsCommand(model::Workspace& workspace, model::SecretStore& secrets, Prompter& prompter, QWidget* window,
                    bool offline = false);

    /// The workspace record an account dialog's input describes (id and keychain entry left empty).
    [[nodiscard]] static model::PlatformAccountRecord toRecord(const PlatformAccountInput& input);
    /// The tester the account dialog runs: a read-only call to the platform with what was typed. When the secret was
    /// left unchanged while editing, `storedAccountId` names the account whose keychain credentials to use.
    [[nodiscard]] static AccountDialog::ConnectionTester connectionTester(model::Workspace& workspace,
                                                                          model::SecretStore& secrets,
                                                                          qint64 storedAccountId, QObject* context);

Q_SIGNALS:
    /// The accounts dialog is open (tests reach it through this).
    void dialogOpened(iotca::ui::AccountsDialog* dialog);

private:
    void doStart() override;
    void addAccount();
    void editAccount(qint64 accountId);
    void removeAccount(qint64 accountId);
    void testAccount(qint64 accountId);
    [[nodiscard]] AccountDialog::ConnectionTester tester(qint64 storedAccountId);

    QPointer<AccountsDialog> m_dialog;
    bool m_offline;
};

} // namespace iotca::ui
