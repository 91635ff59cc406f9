#pragma once

#include "CliCommandGroup.h"

namespace iotca::app {

/// `iotca key ...`: custody of CA private keys — backups for removable media, with the passphrase split into
/// printed shares, and their restore (docs/ceremony.md, "Key custody").
class KeyCommands : public CliCommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(KeyCommands)

public:
    KeyCommands();

    /// True for the command lines that print (PDF through QPdfWriter), which need a QGuiApplication: main.cpp
    /// makes one, offscreen, for them only.
    [[nodiscard]] static bool needsPainting(int argc, const char* const* argv);

private:
    static int backup(const QString& path, const QStringList& arguments);
    static int restore(const QString& path, const QStringList& arguments);
};

} // namespace iotca::app
