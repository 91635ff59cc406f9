#pragma once

namespace iotca::app {

/// The exit codes of `iotca`, documented in docs/cli.md.
enum ExitCode : int {
    ExitSuccess = 0, ///< the operation succeeded; a check found no problem
    ExitFailure = 1, ///< the operation failed, or a check found problems
    ExitUsage = 2, ///< the command line was wrong, or a destructive command was not confirmed
};

} // namespace iotca::app
