#pragma once

#include "EmulatorState.h"

#include "crypto/Result.h"

#include <QCoreApplication>

namespace iotca::app {

/// Reads the emulator's accepted credentials: "id:secret" pairs separated by commas or new lines, given inline or
/// as "@FILE". Test credentials only; the emulator is never a place for real cloud keys.
class EmulatorCredentialsParser
{
    Q_DECLARE_TR_FUNCTIONS(EmulatorCredentialsParser)
public:
    [[nodiscard]] static Result<EmulatorCredentials> parse(const QString& specification);
};

} // namespace iotca::app
