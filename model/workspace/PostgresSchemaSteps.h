#pragma once

#include <QStringList>

namespace iotca::model {

/// PostgreSQL's form of schema step 4 (the device-name search index and the per-CA counts), which SQLite writes
/// with FTS5 and SQLite trigger bodies. See PostgresSchemaSteps.cpp.
[[nodiscard]] QStringList postgresDeviceSearchStep();

} // namespace iotca::model
