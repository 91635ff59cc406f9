#include "app/common/Bootstrap.h"
#include "model/secrets/KeychainSecretStore.h"
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
    for (bool again = true; again;) {
        again = false;
        if (!restoreFrom.isEmpty()) {
            if (const iotca::Status restored = iotca::model::Workspace::restore(restoreFrom, path); !restored)
                restoreFailure = restored.error();
            restoreFrom.clear();
        }
        auto opened = iotca::model::Workspace::open(path);
        std::unique_ptr<iotca::model::Workspace> workspace;
        if (opened)
            workspace = std::move(opened.value());

        iotca::ui::MainWindow window(path, workspace.get(), secrets, prompter);
        if (!opened)
            window.showError(opened.error());
        else if (restoreFailure)
            window.showError(*restoreFailure);
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
