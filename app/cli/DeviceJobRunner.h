#pragma once

#include "model/workspace/CaRecord.h"

#include <QCoreApplication>
#include <QString>

namespace iotca::model {
class DeviceBatchJob;
}

namespace iotca::app {

/// Runs a bulk device job for `iotca device issue|sign-csr` with a progress line and Ctrl-C, then prints what was
/// issued (text or --json) and returns the exit code.
class DeviceJobRunner
{
    Q_DECLARE_TR_FUNCTIONS(DeviceJobRunner)

public:
    [[nodiscard]] static int run(model::DeviceBatchJob& job, const model::CaRecord& ca, const QString& progressLabel,
                                 const QString& keyAlgorithm, bool json);
};

} // namespace iotca::app
