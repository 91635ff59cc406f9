#pragma once

#include "crypto/Error.h"

#include <QCoreApplication>

namespace iotca::model {
struct DeviceBatchOutcome;
}

namespace iotca::ui {

/// The device certificates a platform refused in a batch (activate, deactivate, delete, register), as one Error for
/// the command's banner.
class DeviceBatchRefusals
{
    Q_DECLARE_TR_FUNCTIONS(DeviceBatchRefusals)
public:
    /// `headline` ("3 of 14 device certificates could not be changed."), then one line per refused serial with the
    /// platform's reason as the detail; the code is the first refusal's.
    [[nodiscard]] static Error of(const model::DeviceBatchOutcome& outcome, const QString& headline);
};

} // namespace iotca::ui
