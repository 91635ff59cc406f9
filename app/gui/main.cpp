#include "app/common/Bootstrap.h"
#include "model/workspace/WorkspaceLocation.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char* argv[])
{
    QApplication application(argc, argv);
    iotca::app::bootstrapProcess(QStringLiteral("iotca-desk"));
    iotca::app::installTranslators(application, iotca::app::preferredUiLocale());
    QApplication::setApplicationDisplayName(QApplication::translate("main", "IoT CA Desk"));

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

    const QString workspace =
        parser.isSet(workspaceOption) ? parser.value(workspaceOption) : iotca::model::workspacePathFromEnvironment();
    iotca::ui::MainWindow window(workspace);
    window.show();
    return QApplication::exec();
}
