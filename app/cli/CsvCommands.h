#pragma once

#include "CliCommandGroup.h"

namespace iotca::app {

/// `iotca csv validate|template|split`: device-association CSV files (ProductKey,DeviceName,CertSN).
class CsvCommands : public CliCommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(CsvCommands)

public:
    CsvCommands();

private:
    [[nodiscard]] static int validate(const QString& path, const QStringList& arguments);
    [[nodiscard]] static int writeTemplate(const QString& path, const QStringList& arguments);
    [[nodiscard]] static int split(const QString& path, const QStringList& arguments);
};

} // namespace iotca::app
