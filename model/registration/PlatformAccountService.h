#pragma once

#include "crypto/Result.h"
#include "crypto/SecureBuffer.h"
#include "model/platform/PlatformAccount.h"
#include "model/workspace/PlatformAccountRecord.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

class QObject;

namespace iotca::model {

class SecretStore;
class Workspace;

/// An account ready to talk to its platform: the workspace row, the connector's view of it and the secret.
struct LoadedPlatformAccount
{
    PlatformAccountRecord record;
    PlatformAccount account;
    PlatformSecret secret;
};

/// Adds, removes and loads platform accounts. The workspace holds the account's settings and only the *name* of its
/// keychain entry; the AccessKey ID and secret live in the OS keychain (SecretStore) and nowhere else. add(),
/// update(), remove() and the first load() are blocking keychain calls (a local event loop): for the CLI and tests.
/// The GUI thread reads credentials with the asynchronous load() only (docs/architecture.md, "Background work").
class PlatformAccountService
{
    Q_DECLARE_TR_FUNCTIONS(PlatformAccountService)
public:
    PlatformAccountService(Workspace& workspace, SecretStore& secrets);

    /// Validates the record (name, platform id, region, endpoint URL, CA bundle readable), writes the credentials
    /// to the keychain, then the row; a failure leaves neither. Audited as "account.added" (no credentials).
    [[nodiscard]] Result<qint64> add(PlatformAccountRecord record, const QString& accessKeyId,
                                     const crypto::SecureBuffer& secret);
    /// Overwrites the settings; replaces the credentials only when `accessKeyId` is non-empty.
    [[nodiscard]] Status update(const PlatformAccountRecord& record, const QString& accessKeyId = {},
                                const crypto::SecureBuffer& secret = {});
    /// Removes the row, its registration rows and the keychain entry.
    [[nodiscard]] Status remove(qint64 accountId);

    [[nodiscard]] Result<PlatformAccountRecord> findByName(const QString& name) const;
    using LoadCallback = std::function<void(Result<LoadedPlatformAccount>)>;

    /// The record plus the credentials from the keychain. Error code "NotFound" when the keychain lost them.
    /// Blocking.
    [[nodiscard]] Result<LoadedPlatformAccount> load(qint64 accountId);
    /// The same without waiting: `done` is called once, on a later event-loop turn, unless `context` is destroyed
    /// first. The service itself may go away once this returns.
    void load(qint64 accountId, QObject* context, LoadCallback done);
    /// The connector's view of a record (no credentials; accessKeyId left empty).
    [[nodiscard]] static Result<PlatformAccount> toPlatformAccount(const PlatformAccountRecord& record);

private:
    /// The record and its connector view; the credentials still to be read (none for Alibaba Cloud IoT Platform).
    [[nodiscard]] Result<LoadedPlatformAccount> loadSettings(qint64 accountId) const;
    /// `loaded` with the credentials of the keychain `entry`.
    [[nodiscard]] static Result<LoadedPlatformAccount> withCredentials(LoadedPlatformAccount loaded,
                                                                       Result<crypto::SecureBuffer> entry);

    Workspace& m_workspace;
    SecretStore& m_secrets;
};

} // namespace iotca::model
