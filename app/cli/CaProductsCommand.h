#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace iotca::app {

/// `iotca ca products --ca CA --account A [--json]`: the products a registered CA is bound to, as the platform lists
/// them (Tencent Cloud IoT Hub's DescribePrivateCABindedProducts; the other platforms bind no CA to products).
/// Nothing is recorded.
class CaProductsCommand
{
    Q_DECLARE_TR_FUNCTIONS(CaProductsCommand)

public:
    [[nodiscard]] static int run(const QString& path, const QStringList& arguments);
};

} // namespace iotca::app
