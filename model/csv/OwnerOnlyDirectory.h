#pragma once

#include "crypto/Result.h"

#include <QCoreApplication>
#include <QString>

namespace iotca::model {

/// Export folders: created readable and writable by the owner only (0700), parents included; an existing folder is
/// used as it is.
class OwnerOnlyDirectory
{
    Q_DECLARE_TR_FUNCTIONS(OwnerOnlyDirectory)

public:
    [[nodiscard]] static Status ensure(const QString& path);
};

} // namespace iotca::model
