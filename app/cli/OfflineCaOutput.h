#pragma once

#include "model/workspace/CaRecord.h"

#include <QCoreApplication>

namespace iotca::model {
class Workspace;
}

namespace iotca::app {

/// The lines `ca show` adds for what is not (yet) a registration: verification certificates a transfer bundle
/// brought (pending upload) and registrations recorded by hand that the platform has not confirmed.
class OfflineCaOutput
{
    Q_DECLARE_TR_FUNCTIONS(OfflineCaOutput)
public:
    static void print(const model::Workspace& workspace, const model::CaRecord& ca);
};

} // namespace iotca::app
