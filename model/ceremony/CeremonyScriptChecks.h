#pragma once

#include "CeremonyScript.h"

#include <QCoreApplication>

namespace iotca::model {

class Workspace;

/// The rules of a ceremony script that need the workspace and the file system (after CeremonyScriptParser): new CA
/// names are free, existing CAs exist and hold their key, device batches of existing CAs pass the checks of `device
/// issue`, every output folder is new or empty and every output file new, no two outputs are the same path. Only
/// reads; every problem is appended with its JSON path.
class CeremonyScriptChecks
{
    Q_DECLARE_TR_FUNCTIONS(CeremonyScriptChecks)

public:
    static void check(const CeremonyScript& script, const Workspace& workspace, QList<ScriptProblem>& problems);

    /// The device key type of a batch: its own, else the profile's default as `device issue` chooses it.
    [[nodiscard]] static QString deviceKeyText(const CeremonyDeviceBatch& batch);
    /// The device names of a batch (its names, or the numbered ones).
    [[nodiscard]] static QStringList deviceNames(const CeremonyDeviceBatch& batch);
};

} // namespace iotca::model
