#pragma once

#include "crypto/Result.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace iotca::model {
class Workspace;
}

namespace iotca::ui {

class ErrorBanner;

/// Tools → Platform Accounts: the workspace's accounts (name, platform, region, endpoint) with Add, Edit, Remove and
/// Test Connection. The dialog only lists and asks; the buttons emit requests that AccountsCommand carries out
/// (account dialog, keychain, platform call), and the list follows Workspace::accountsChanged by itself.
class AccountsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AccountsDialog(model::Workspace& workspace, QWidget* parent = nullptr);

    /// The selected account's id, 0 when none is selected.
    [[nodiscard]] qint64 currentAccountId() const;
    /// Selects the account's row; false when it is not listed.
    bool selectAccount(qint64 accountId);
    [[nodiscard]] int accountCount() const;

    /// Shows the answer of a connection test of `accountId` (its name in the sentence).
    void showTestResult(qint64 accountId, const Status& outcome);
    /// Shows that a test of the selected account is running.
    void showTestRunning();
    /// Shows a failed request (add, edit, remove) in the dialog's banner.
    void showError(const Error& error);
    void clearMessages();

Q_SIGNALS:
    void addRequested();
    void editRequested(qint64 accountId);
    void removeRequested(qint64 accountId);
    void testRequested(qint64 accountId);

protected:
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void reload();
    void updateButtons();
    void retranslateUi();
    [[nodiscard]] QString accountName(qint64 accountId) const;

    QPointer<model::Workspace> m_workspace;
    QLabel* m_title;
    QTreeWidget* m_list;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QPushButton* m_test;
    QPushButton* m_close;
    QLabel* m_testResult;
    ErrorBanner* m_banner;
};

} // namespace iotca::ui
