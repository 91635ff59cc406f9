#include "KeyCommands.h"

#include <cstring>

namespace iotca::app {

KeyCommands::KeyCommands()
    : CliCommandGroup(QStringLiteral("key"), tr("Backs up and restores CA private keys (key custody)."))
{
    addCommand(QStringLiteral("backup"),
               tr("Backs a CA's private key up to a folder, encrypted; the passphrase optionally split into shares."),
               &backup);
    addCommand(QStringLiteral("restore"),
               tr("Restores a CA's private key from a backup folder and its shares or passphrase."), &restore);
}

bool KeyCommands::needsPainting(int argc, const char* const* argv)
{
    // "key" then "backup" anywhere after it (options may stand in between: iotca --workspace W key backup ...). A
    // false match only costs a QGuiApplication.
    bool key = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "key") == 0)
            key = true;
        else if (key && std::strcmp(argv[i], "backup") == 0)
            return true;
    }
    return false;
}

} // namespace iotca::app
