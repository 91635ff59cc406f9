#pragma once

#include <QString>

namespace iotca::crypto {

/// The versions of the libraries this process runs on, for `iotca --version` and Help → About: "Qt 6.4.2,
/// OpenSSL 3.0.16 11 Feb 2025". Both are the run-time libraries (qVersion(), OpenSSL_version()), which a
/// distribution's security update can change without a rebuild, not the headers the build saw.
[[nodiscard]] QString runtimeLibraryVersions();

} // namespace iotca::crypto
