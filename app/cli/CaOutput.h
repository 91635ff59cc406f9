#pragma once

#include "model/workspace/CaRecord.h"

#include <QCoreApplication>

namespace iotca::model {
class Workspace;
}

namespace iotca::app {

/// How `iotca ca list|show|create|import` print CAs, as text or --json (JsonOutput::ca).
class CaOutput
{
    Q_DECLARE_TR_FUNCTIONS(CaOutput)

public:
    /// After create/import: one line, or the CA as JSON. Returns the exit code.
    [[nodiscard]] static int printCreated(const model::Workspace& workspace, qint64 caId, bool json);
    /// `ca list`: a table, or {"cas": [...]}.
    [[nodiscard]] static int printList(const model::Workspace& workspace, bool json);
    /// `ca show`: labelled lines, or the CA object.
    [[nodiscard]] static int printDetails(const model::Workspace& workspace, const model::CaRecord& ca, bool json);
};

} // namespace iotca::app
