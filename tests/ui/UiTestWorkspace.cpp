#include "UiTestWorkspace.h"

#include <QDir>

namespace iotca::test {

UiTestWorkspace::UiTestWorkspace()
{
    auto opened = model::Workspace::open(m_dir.filePath(QStringLiteral("workspace")));
    if (opened)
        m_workspace = std::move(opened.value());
    else
        m_error = opened.error().fullText();
}

QString UiTestWorkspace::scratch(const QString& name) const
{
    const QString path = m_dir.filePath(name);
    QDir().mkpath(path);
    return path;
}

} // namespace iotca::test
