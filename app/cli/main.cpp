#include "app/common/Bootstrap.h"
#include "model/workspace/WorkspaceLocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    iotca::app::bootstrapProcess(QStringLiteral("iotca"));
    iotca::app::installTranslators(application, QLocale::system());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "IoT CA Desk on the command line."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(application);
    QTextStream(stdout)
        << QCoreApplication::translate("main", "Workspace: %1").arg(iotca::model::workspacePathFromEnvironment())
        << Qt::endl;
    return 0;
}
