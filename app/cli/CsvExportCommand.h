#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace iotca::app {

/// `iotca csv export --ca CA [--product P] --out FILE`: the association CSV of the devices a CA has recorded
/// (model::AssociationCsvExport).
class CsvExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(CsvExportCommand)

public:
    [[nodiscard]] static int run(const QString& path, const QStringList& arguments);
};

} // namespace iotca::app
