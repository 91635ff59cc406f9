#pragma once

#include <QString>

namespace iotca::model {

/// The embedded default workspace: a folder in the user's data directory, the same for the GUI and the CLI, so
/// a first start needs no set-up and no cloud account.
[[nodiscard]] QString defaultWorkspacePath();

/// `IOTCA_WORKSPACE` from the environment when set, else defaultWorkspacePath(). Front ends use this when the user
/// names no workspace.
[[nodiscard]] QString workspacePathFromEnvironment();

} // namespace iotca::model
