#include "CeremonyCommands.h"
#include "Console.h"
#include "KeyCommands.h"
#include "RootCommand.h"

#include "app/common/Bootstrap.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

int main(int argc, char* argv[])
{
    // A command that prints a PDF needs QtGui's fonts, hence a QGuiApplication; on the offscreen platform, because
    // the CLI never shows a window and must run without a display (over ssh, on the ceremony laptop). The others
    // stay plain QCoreApplications.
    std::unique_ptr<QCoreApplication> application;
    if (iotca::app::KeyCommands::needsPainting(argc, argv) || iotca::app::CeremonyCommands::needsPainting(argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    iotca::app::bootstrapProcess(QStringLiteral("iotca"));
    iotca::app::installTranslators(*application, iotca::app::preferredUiLocale());

    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    iotca::app::RootCommand root;
    const int exitCode = root.run(QStringLiteral("iotca"), arguments);
    iotca::app::Console::out().flush();
    iotca::app::Console::err().flush();
    return exitCode;
}
