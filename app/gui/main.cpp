#include "app/common/Bootstrap.h"
#include "model/ModelErrorCode.h"
#include "model/secrets/KeychainSecretStore.h"
#include "model/workspace/TeamWorkspacePasswords.h"
#include "model/workspace/Workspace.h"
#include "model/workspace/WorkspaceLocation.h"
#include "ui/DialogPrompter.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QThreadPool>

#include <memory>
#include <optional>
#include <utility>

int main(int argc, char* argv[])
{
    QApplication application(argc, argv);
    iotca::app::bootstrapProcess(QStringLiteral("iotca-desk"));
    iotca::app::installTranslators(application, iotca::app::preferredUiLocale());
    QApplication::setApplicationDisplayName(QApplication::translate("main", "IoT CA Desk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/iotca-desk.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Private certificate authorities for IoT fleets."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"),
                                             QApplication::translate("main", "Open the workspace in <folder>."),
                                             QApplication::translate("main", "folder"));
    parser.addOption(workspaceOption);
    parser.process(application);

    QString path =
        parser.isSet(workspaceOption) ? parser.value(workspaceOption) : iotca::model::workspacePathFromEnvironment();
    iotca::model::KeychainSecretStore secrets;
    iotca::ui::DialogPrompter prompter;
    int status = 0;
    // One pass per workspace: File → Open Workspace… and File → Restore Workspace… end the pass, close the window
    // and the workspace, and the next pass opens the chosen (or restored) one.
    QString restoreFrom;
    std::optional<iotca::Error> restoreFailure;
    // The password typed in Open Team Workspace… for the next pass only (none: the keychain's), and whether to
    // remember it once the workspace opened with it.
    std::optional<QString> teamPassword;
    bool rememberTeamPassword = false;
    QString lastTeamPassword;
    for (bool again = true; again;) {
        again = false;
        if (!restoreFrom.isEmpty()) {
            if (const iotca::Status restored = iotca::model::Workspace::restore(restoreFrom, path); !restored)
                restoreFailure = restored.error();
            restoreFrom.clear();
        }
        // A team workspace's password from the keychain is read here, between two windows: no window waits on it.
        const bool rememberThisPass = std::exchange(rememberTeamPassword, false);
        auto opened = iotca::model::TeamWorkspacePasswords::open(path, iotca::model::Workspace::OpenMode::ReadWrite,
                                                                 secrets, std::exchange(teamPassword, std::nullopt));
        std::unique_ptr<iotca::model::Workspace> workspace;
        std::optional<iotca::Error> rememberFailure;
        if (opened) {
            workspace = std::move(opened.value());
            if (rememberThisPass) {
                if (const iotca::Status remembered =
                        iotca::model::TeamWorkspacePasswords::remember(path, lastTeamPassword.toUtf8(), secrets);
                    !remembered)
                    rememberFailure = remembered.error();
            }
        } else if (opened.error().code == iotca::model::ErrorCode::TeamAuthentication) {
            opened = iotca::Error {opened.error().message + QLatin1Char(' ')
                                       + QApplication::translate("main",
                                                                 "Enter the password in File → Open Team "
                                                                 "Workspace… and tick \"Remember in "
                                                                 "keychain\"."),
                                   opened.error().detail, opened.error().code};
        }
        lastTeamPassword.clear();

        iotca::ui::MainWindow window(path, workspace.get(), secrets, prompter);
        if (!opened)
            window.showError(opened.error());
        else if (restoreFailure)
            window.showError(*restoreFailure);
        else if (rememberFailure)
            window.showError(*rememberFailure);
        restoreFailure.reset();
        QObject::connect(&window, &iotca::ui::MainWindow::languageChangeRequested, &application,
                         [&application](const QString&) {
                             iotca::app::replaceTranslators(application, iotca::app::preferredUiLocale());
                         });
        QObject::connect(&window, &iotca::ui::MainWindow::openWorkspaceRequested, &application,
                         [&](const QString& folder) {
                             path = folder;
                             again = true;
                             window.close();
                         });
        QObject::connect(&window, &iotca::ui::MainWindow::openTeamWorkspaceRequested, &application,
                         [&](const QString& url, const QString& password, bool remember) {
                             path = url;
                             teamPassword = password.isEmpty() ? std::nullopt : std::optional<QString>(password);
                             lastTeamPassword = password;
                             rememberTeamPassword = remember && !password.isEmpty();
                             again = true;
                             window.close();
                         });
        QObject::connect(&window, &iotca::ui::MainWindow::restoreWorkspaceRequested, &application,
                         [&](const QString& backupFile) {
                             restoreFrom = backupFile;
                             again = true;
                             window.close();
                         });
        window.show();
        // What this open recovered from an interrupted bulk issue (model::IssuanceRecovery): the user must know.
        if (workspace && !workspace->recoveryReport().isEmpty()) {
            const QStringList messages = workspace->recoveryReport().messages();
            if (!messages.isEmpty()) {
                auto* notice = new QMessageBox(QMessageBox::Information,
                                               QApplication::translate("main", "Interrupted Bulk Issue Recovered"),
                                               messages.join(QStringLiteral("\n\n")), QMessageBox::Ok, &window);
                notice->setAttribute(Qt::WA_DeleteOnClose);
                notice->open();
            }
        }
        status = QApplication::exec();
        // Background work may still use the workspace: let it end before the workspace closes.
        QThreadPool::globalInstance()->waitForDone();
    }
    return status;
}
