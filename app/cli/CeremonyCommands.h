#pragma once

#include "CliCommandGroup.h"

#include <QCoreApplication>

namespace iotca::app {

/// `iotca ceremony run`: the offline key ceremony from one reviewed script file (docs/ceremony.md, "Ceremony
/// script").
class CeremonyCommands : public CliCommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(CeremonyCommands)

public:
    CeremonyCommands();

    [[nodiscard]] static int runCeremony(const QString& path, const QStringList& arguments);

    /// True for `iotca ceremony run …` without --dry-run: it renders the record's PDF, which needs QtGui's fonts
    /// (main.cpp makes an offscreen QGuiApplication for it).
    [[nodiscard]] static bool needsPainting(int argc, char* argv[]);
};

} // namespace iotca::app
