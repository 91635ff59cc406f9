#pragma once

#include "crypto/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace iotca::model {

/// Export folders: created readable and writable by the owner only (0700), parents included; an existing folder is
/// used as it is.
class OwnerOnlyDirectory
{
    Q_DECLARE_TR_FUNCTIONS(OwnerOnlyDirectory)

public:
    [[nodiscard]] static Status ensure(const QString& path);
    /// As ensure(), and says which folders it created (outermost first, absolute paths), so that a writer that
    /// fails afterwards can take them away again. Empty when the folder existed.
    [[nodiscard]] static Result<QStringList> ensureCreating(const QString& path);
};

} // namespace iotca::model
