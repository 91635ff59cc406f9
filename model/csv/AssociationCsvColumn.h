#pragma once

#include <QString>

#include <array>

namespace iotca::model {

/// The columns of a device-association CSV, in the order our files write them.
enum class AssociationCsvColumn { ProductKey, DeviceName, CertSN, Count };

/// The column's canonical header name: "ProductKey", "DeviceName", "CertSN". Not translated: the platform's names.
[[nodiscard]] constexpr QLatin1String associationCsvColumnName(AssociationCsvColumn column)
{
    constexpr std::array<QLatin1String, 3> names {QLatin1String("ProductKey"), QLatin1String("DeviceName"),
                                                  QLatin1String("CertSN")};
    return names.at(static_cast<std::size_t>(column));
}

} // namespace iotca::model
