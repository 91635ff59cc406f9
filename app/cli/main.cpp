#include "Console.h"
#include "RootCommand.h"

#include "app/common/Bootstrap.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    iotca::app::bootstrapProcess(QStringLiteral("iotca"));
    iotca::app::installTranslators(application, iotca::app::preferredUiLocale());

    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    iotca::app::RootCommand root;
    const int exitCode = root.run(QStringLiteral("iotca"), arguments);
    iotca::app::Console::out().flush();
    iotca::app::Console::err().flush();
    return exitCode;
}
