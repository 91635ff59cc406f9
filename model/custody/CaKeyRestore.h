#pragma once

#include "KeyBackupFolder.h"
#include "KeyShare.h"

#include "crypto/PrivateKey.h"
#include "crypto/Result.h"
#include "crypto/SecureBuffer.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace iotca::model {

class Workspace;

/// Restores a CA key from a backup folder (KeyBackupWriter) into a workspace, in three steps so that a front end
/// can ask for each secret only when the step before succeeded and nothing is written before the last:
/// passphraseFromShares() (or the officer's passphrase), decrypt() and checkTarget() — the key belongs to the
/// backup's certificate and to the workspace's CA of that name —, then store().
class CaKeyRestore
{
    Q_DECLARE_TR_FUNCTIONS(CaKeyRestore)

public:
    /// The backup's passphrase from shares: they must be of the backup's share set (ShareSetMismatch otherwise) and
    /// at least M of them (TooFewShares, saying how many are needed); see KeyShareSet::combine().
    [[nodiscard]] static Result<crypto::SecureBuffer> passphraseFromShares(const KeyBackupFolder::Contents& backup,
                                                                           const std::vector<KeyShare>& shares);

    /// Decrypts the backup's key and checks it against the backup's certificate. Touches no workspace.
    [[nodiscard]] static Result<crypto::PrivateKey> decrypt(const KeyBackupFolder::Contents& backup,
                                                            const crypto::SecureBuffer& passphrase);
    /// When the workspace has a CA named `caName`: checks `key` against that CA's certificate (KeyMismatch: the
    /// backup is of another CA), and that the CA has no key yet unless `replace` (CaHasKey). Writes nothing.
    [[nodiscard]] static Status checkTarget(const Workspace& workspace, const QString& caName,
                                            const crypto::PrivateKey& key, bool replace);

    /// Stores `key` (from decrypt()) encrypted under `storePassphrase`, the way the workspace keeps CA keys: into the
    /// CA named `caName` when it exists (audited "ca.key_restored"), else as a new CA from the backup's
    /// certificate (audited "ca.imported"). Returns the CA's id.
    [[nodiscard]] static Result<qint64> store(Workspace& workspace, const QString& caName,
                                              const KeyBackupFolder::Contents& backup, const crypto::PrivateKey& key,
                                              const crypto::SecureBuffer& storePassphrase, bool replace);
};

} // namespace iotca::model
