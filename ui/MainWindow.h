#pragma once

#include "crypto/Error.h"

#include <QDateTime>
#include <QHash>
#include <QMainWindow>

class QComboBox;
class QLabel;
class QMenu;
class QProgressBar;
class QSplitter;
class QToolBar;

namespace iotca::model {
class CaListModel;
class DeviceCertificateModel;
class SecretStore;
class Workspace;
} // namespace iotca::model

namespace iotca::ui {

class CaDetailsPane;
class CaListPane;
class Command;
class DeviceAssociationPane;
class EmptyListHint;
class ErrorBanner;
class MainActions;
class PkiActions;
class Prompter;
class WorkspaceActions;
class ImportBundleAction;
class KeyCeremonyAction;

/// The main window: CA list | CA details | device association, with menus, toolbar and status bar (workspace
/// path, the selected account and whether its platform answered the last call made to it — nothing is claimed
/// before a call was made). Wiring only: every pane, dialog and command lives in its own class.
/// Window geometry, toolbar state and splitter sizes are remembered in QSettings.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// `workspace` may be null when it could not be opened; call showError() with the reason. `secrets` and
    /// `prompter` must outlive the window.
    MainWindow(QString workspacePath, model::Workspace* workspace, model::SecretStore& secrets, Prompter& prompter,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] CaListPane* caListPane() const { return m_caList; }
    [[nodiscard]] CaDetailsPane* caDetailsPane() const { return m_caDetails; }
    [[nodiscard]] DeviceAssociationPane* deviceAssociationPane() const { return m_devices; }
    [[nodiscard]] MainActions* actions() const { return m_actions; }
    [[nodiscard]] PkiActions* pkiActions() const { return m_pki; }
    [[nodiscard]] ErrorBanner* errorBanner() const { return m_banner; }

    /// Shows `error` in the window's error banner (message in words, detail behind a button).
    void showError(const Error& error);
    /// True while a command runs in the background.
    [[nodiscard]] bool isBusy() const { return m_busyCommands > 0; }
    /// The toolbar's platform account (0: none).
    [[nodiscard]] qint64 currentAccountId() const;
    /// The account the status bar reports on: the one the last platform call used, else the toolbar's (0: none).
    [[nodiscard]] qint64 statusAccountId() const;
    /// Chooses the toolbar's platform account; false when it is not listed.
    bool selectAccount(qint64 accountId);

    /// Imports the association CSV at `path` for the selected CA (what a drop onto the device pane does).
    void importAssociationCsv(const QString& path);

Q_SIGNALS:
    /// The user chose a language in View → Language ("" = system, "en", "zh_CN"); the choice is already saved in
    /// QSettings (`ui/language`). The application installs the translators; the window retranslates itself.
    void languageChangeRequested(const QString& bcp47Name);
    /// A command finished (any outcome); tests wait on it.
    void commandFinished();
    /// File → Open Workspace…: the user chose `folder`. The application opens it in a new window.
    void openWorkspaceRequested(const QString& folder);
    /// File → Open Team Workspace…: the user chose the team workspace `url`, with the password typed (empty: none
    /// typed, use the keychain's) and whether to remember it in the keychain (model::TeamWorkspacePasswords).
    void openTeamWorkspaceRequested(const QString& url, const QString& password, bool remember);
    /// File → Restore Workspace…: the user chose `backupFile` and confirmed replacing this workspace. The
    /// application closes the workspace, restores it (model::Workspace::restore) and opens it again.
    void restoreWorkspaceRequested(const QString& backupFile);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void connectActions();
    void retranslateUi();
    void restoreLayout();
    void saveLayout() const;
    void updateActions();
    void updatePlatformLabel();
    [[nodiscard]] bool isOffline() const;
    /// Work Offline as the user last chose it (QSettings, so it survives a restart); while they never chose, on
    /// exactly when the workspace has no platform account.
    void applyRememberedOffline();
    void rememberOffline(bool offline);
    /// Shows why a platform action is not run while Work Offline is on; true when it is on.
    bool refuseWhenOffline();
    void onPlatformContacted(qint64 accountId, bool answered, const QString& message);
    void reloadAccounts();
    /// Another session changed the team workspace (OtherSessionsRefresh): show it, keeping what the user is doing.
    void refreshFromOtherSessions();
    void onCurrentCaChanged(qint64 caId);
    void chooseLanguage(const QString& bcp47Name);
    void run(Command* command);
    void deleteCurrentCa();
    void registerCurrentCa();
    void confirmCaState(int operation);
    void confirmDeviceState(int operation);
    void issueDevices();
    void showAuditLog();
    void showAccounts();
    void syncCa(qint64 caId);
    void showAbout();
    void openWorkspace();
    void openTeamWorkspace();
    void backupWorkspace();
    void restoreWorkspace();
    /// Refuses (with a message) while a command runs: the workspace must not be swapped under it.
    bool refuseWhileBusy();

    QString m_workspacePath;
    model::Workspace* m_workspace;
    model::SecretStore& m_secrets;
    Prompter& m_prompter;
    MainActions* m_actions;
    WorkspaceActions* m_workspaceActions;
    ImportBundleAction* m_importBundle;
    KeyCeremonyAction* m_keyCeremony;
    EmptyListHint* m_caListHint = nullptr;
    PkiActions* m_pki = nullptr;
    model::CaListModel* m_caModel = nullptr;
    model::DeviceCertificateModel* m_deviceModel = nullptr;
    ErrorBanner* m_banner;
    CaListPane* m_caList;
    CaDetailsPane* m_caDetails;
    DeviceAssociationPane* m_devices;
    QSplitter* m_splitter;
    QToolBar* m_toolBar = nullptr;
    QComboBox* m_accountCombo = nullptr;
    QLabel* m_accountComboLabel = nullptr;
    /// The account of the last platform call (0: none yet); the status bar follows it.
    qint64 m_lastUsedAccountId = 0;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_caMenu = nullptr;
    QMenu* m_devicesMenu = nullptr;
    QMenu* m_toolsMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QLabel* m_workspaceLabel = nullptr;
    QLabel* m_accountLabel = nullptr;
    QLabel* m_networkLabel = nullptr;
    QProgressBar* m_busyIndicator = nullptr;
    int m_busyCommands = 0;
    /// The last platform call per account: when, whether the platform answered, and why not.
    struct Contact
    {
        QDateTime when;
        bool answered = false;
        QString message;
    };
    QHash<qint64, Contact> m_contacts;
};

} // namespace iotca::ui
