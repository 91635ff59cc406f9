#pragma once

#include "PlatformAccountRecord.h"
#include "crypto/Result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace iotca::model {

class Workspace;

/// The platform accounts of a workspace. Writes emit Workspace::accountsChanged() after the commit. Get it from
/// Workspace::accounts().
class PlatformAccountRepository
{
    Q_DECLARE_TR_FUNCTIONS(PlatformAccountRepository)
public:
    explicit PlatformAccountRepository(Workspace& workspace);

    /// Stores `record` (its id is ignored) and returns the new id. Fails when the name is taken.
    [[nodiscard]] Result<qint64> add(const PlatformAccountRecord& record);
    /// Overwrites the account with `record.id`.
    [[nodiscard]] Status update(const PlatformAccountRecord& record);
    /// Removes the account and its CA registration rows. The keychain entry named by credentialKey is the caller's
    /// to remove (SecretStore), since the database never holds the secret.
    [[nodiscard]] Status remove(qint64 accountId);

    [[nodiscard]] Result<PlatformAccountRecord> get(qint64 accountId) const;
    [[nodiscard]] Result<std::optional<PlatformAccountRecord>> findByName(const QString& name) const;
    /// All accounts ordered by name.
    [[nodiscard]] Result<QList<PlatformAccountRecord>> list() const;

private:
    Workspace& m_workspace;
};

} // namespace iotca::model
