#pragma once

#include "model/workspace/CaRecord.h"

#include <QCoreApplication>
#include <QJsonObject>
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
    /// With `jsonOut`, the --json object is stored there for the caller to extend and print instead of printed.
    [[nodiscard]] static int run(model::DeviceBatchJob& job, const model::CaRecord& ca, const QString& progressLabel,
                                 const QString& keyAlgorithm, bool json, QJsonObject* jsonOut = nullptr);
};

} // namespace iotca::app
