#pragma once

#include "model/workspace/CaRecord.h"

#include <QCoreApplication>

namespace iotca::model {
class Workspace;
}

namespace iotca::app {

class ExpiryFilter;

/// How `iotca ca list|show|create|import` print CAs, as text or --json (JsonOutput::ca).
class CaOutput
{
    Q_DECLARE_TR_FUNCTIONS(CaOutput)

public:
    /// After create/import: one line, or the CA as JSON. Returns the exit code.
    [[nodiscard]] static int printCreated(const model::Workspace& workspace, qint64 caId, bool json);
    /// `ca list`: a table, or {"cas": [...]}; only the CAs `filter` accepts, each with its state (revoked by its
    /// issuer, expired, expiring, valid).
    [[nodiscard]] static int printList(model::Workspace& workspace, bool json, const ExpiryFilter& filter);
    /// `ca show`: labelled lines, or the CA object.
    [[nodiscard]] static int printDetails(const model::Workspace& workspace, const model::CaRecord& ca, bool json);
};

} // namespace iotca::app
