#pragma once

#include "CeremonyScript.h"

#include <QByteArray>

namespace iotca::model {

/// Writes a CeremonyScript as the file CeremonyScriptParser reads (format "iotca-ceremony-1", docs/ceremony.md):
/// the GUI's Key Ceremony wizard builds its script through this, so that the CLI and the GUI run the same file and
/// the same validator judges it. CeremonyScriptParser::parse(toJson(s)) gives `s` back (paths stay as they are:
/// absolute paths are kept, relative ones are read against the script's folder). Optional entries that are empty
/// (an intermediate's issuer of a root, a batch's key or profile, …) are left out, as a person would write them.
class CeremonyScriptWriter
{
public:
    /// Indented UTF-8 JSON, keys in the order of docs/ceremony-example.json.
    [[nodiscard]] static QByteArray toJson(const CeremonyScript& script);
};

} // namespace iotca::model
