#pragma once

#include "Error.h"

namespace iotca::crypto {

/// Drains OpenSSL's error queue of this thread into an Error whose message is `what` and whose detail lists
/// OpenSSL's reasons. Call it right where the OpenSSL call failed, so no error is left for an unrelated caller.
[[nodiscard]] Error openSslError(const QString& what, const QString& code = {});

/// Empties this thread's error queue without reporting (after an expected failure, such as probing a format).
void clearOpenSslErrors() noexcept;

} // namespace iotca::crypto
