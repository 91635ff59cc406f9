#include "WorkspaceLocation.h"

#include <QDir>
#include <QStandardPaths>

namespace iotca::model {

QString defaultWorkspacePath()
{
    // GenericDataLocation + an explicit folder name, so the path does not depend on which executable
    // (iotca-desk or iotca) asks.
    const QString dataHome = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(dataHome).filePath(QStringLiteral("iotca-desk/workspace"));
}

QString workspacePathFromEnvironment()
{
    const QString fromEnvironment = qEnvironmentVariable("IOTCA_WORKSPACE");
    return fromEnvironment.isEmpty() ? defaultWorkspacePath() : fromEnvironment;
}

} // namespace iotca::model
