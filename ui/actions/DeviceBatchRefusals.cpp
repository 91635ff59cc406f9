#include "DeviceBatchRefusals.h"

#include "model/registration/CaRegistrationService.h"

namespace iotca::ui {

Error DeviceBatchRefusals::of(const model::DeviceBatchOutcome& outcome, const QString& headline)
{
    QStringList lines;
    for (const auto& [serial, error] : outcome.failed)
        //: %1 is a certificate serial number, %2 why the platform refused it
        lines << tr("%1: %2").arg(serial, error.fullText());
    return Error {headline, lines.join(QLatin1Char('\n')),
                  outcome.failed.isEmpty() ? QString() : outcome.failed.first().second.code};
}

} // namespace iotca::ui
