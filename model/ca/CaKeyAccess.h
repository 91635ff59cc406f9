#pragma once

#include "crypto/PrivateKey.h"
#include "crypto/Result.h"
#include "crypto/SecureBuffer.h"

#include <QCoreApplication>
#include <QString>

namespace iotca::model {

struct CaRecord;
class SecretStore;
class Workspace;

/// Unlocking a CA's stored private key, and remembering or forgetting its passphrase in the OS keychain.
///
/// The keychain calls are the blocking SecretStore ones (they run a local event loop): call them from the CLI, a
/// job, or a GUI slot that can afford a nested loop.
class CaKeyAccess
{
    Q_DECLARE_TR_FUNCTIONS(CaKeyAccess)
public:
    /// Decrypts the CA's key with `passphrase` and checks it still matches the certificate. Error code
    /// WrongPassphrase (crypto::ErrorCode) when the passphrase is wrong; "NoStoredKey" when the key lives elsewhere.
    [[nodiscard]] static Result<crypto::PrivateKey> unlock(const Workspace& workspace, qint64 caId,
                                                           const crypto::SecureBuffer& passphrase);
    /// The same on a record read before: touches no workspace, so a worker thread can run the decryption (PBKDF2,
    /// about 0.13 s) on its own copy while the window that asked for it may close.
    [[nodiscard]] static Result<crypto::PrivateKey> unlock(const CaRecord& ca, const crypto::SecureBuffer& passphrase);
    /// The same with the passphrase remembered in `secrets`. Error code "NotRemembered" when the user never asked
    /// us to remember it; WrongPassphrase when the keychain entry is stale.
    [[nodiscard]] static Result<crypto::PrivateKey> unlockWithRemembered(const Workspace& workspace, qint64 caId,
                                                                         SecretStore& secrets);
    [[nodiscard]] static bool isRemembered(const Workspace& workspace, qint64 caId);

    /// Checks `passphrase` against the stored key, writes it to the keychain and records the entry's name on the CA
    /// (audited as "ca.passphrase_remembered"; the passphrase itself never reaches the database or the log).
    [[nodiscard]] static Status remember(Workspace& workspace, qint64 caId, const crypto::SecureBuffer& passphrase,
                                         SecretStore& secrets);
    /// remember() without the check (a decryption, about 0.13 s): for the passphrase the key was just stored under
    /// by CaCreator or CaImporter, which is known to open it. Lets the GUI thread remember it without stalling.
    [[nodiscard]] static Status rememberStoredUnder(Workspace& workspace, qint64 caId,
                                                    const crypto::SecureBuffer& passphrase, SecretStore& secrets);
    /// Removes the keychain entry and the record of it (audited as "ca.passphrase_forgotten").
    [[nodiscard]] static Status forget(Workspace& workspace, qint64 caId, SecretStore& secrets);

    /// The keychain entry name used for a CA: "iotca/ca/<fingerprint of workspace folder and certificate>".
    [[nodiscard]] static QString keychainKeyFor(const Workspace& workspace, const QByteArray& certificateDer);
};

} // namespace iotca::model
