#pragma once

#include "model/workspace/Workspace.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace iotca::test {

/// A throwaway workspace in a temporary folder, opened read-write, for GUI tests.
class UiTestWorkspace
{
public:
    UiTestWorkspace();

    [[nodiscard]] bool isValid() const { return m_workspace != nullptr; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] model::Workspace& workspace() const { return *m_workspace; }
    [[nodiscard]] QString path() const { return m_dir.path(); }
    /// A scratch folder beside the workspace for input and output files.
    [[nodiscard]] QString scratch(const QString& name) const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<model::Workspace> m_workspace;
    QString m_error;
};

} // namespace iotca::test
