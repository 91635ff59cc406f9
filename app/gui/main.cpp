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
#include <QTranslator>

#include <memory>

namespace {
/// Replaces the installed translators with those for `locale`; every widget then receives LanguageChange.
void switchLanguage(QApplication& application, const QLocale& locale)
{
    for (QTranslator* translator : application.findChildren<QTranslator*>(Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    iotca::app::installTranslators(application, locale);
}
} // namespace

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

    const QString path =
        parser.isSet(workspaceOption) ? parser.value(workspaceOption) : iotca::model::workspacePathFromEnvironment();
    auto opened = iotca::model::Workspace::open(path);
    std::unique_ptr<iotca::model::Workspace> workspace;
    if (opened)
        workspace = std::move(opened.value());

    iotca::model::KeychainSecretStore secrets;
    iotca::ui::DialogPrompter prompter;
    int status = 0;
    {
        iotca::ui::MainWindow window(path, workspace.get(), secrets, prompter);
        if (!opened)
            window.showError(opened.error());
        QObject::connect(
            &window, &iotca::ui::MainWindow::languageChangeRequested, &application,
            [&application](const QString&) { switchLanguage(application, iotca::app::preferredUiLocale()); });
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
