#pragma once

#include "SharePrintout.h"

#include "crypto/PrivateKey.h"
#include "crypto/Result.h"
#include "crypto/SecureBuffer.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace iotca::model {

class Workspace;

/// Where a key backup goes and whether its passphrase is split.
struct KeyBackupPlan
{
    /// The backup folder (meant for removable media): the encrypted key, the certificate, backup.json, README.txt
    /// and, for a split passphrase, recombine_shares.py.
    QString folder;
    /// With shares: the folder the share sheets go to (share-K-of-N.txt and shares.pdf), to be printed and handed
    /// out. Never the backup folder nor inside it (or around it): whoever holds the medium must not hold the shares.
    QString sharesFolder;
    /// M and N; 0 when the passphrase is not split.
    int threshold = 0;
    int shareCount = 0;

    [[nodiscard]] bool isShared() const { return shareCount > 0; }
};

/// What a backup wrote.
struct KeyBackupOutcome
{
    QStringList files;
    /// The share set ("3F9A-0C2B"); empty without shares.
    QString shareSetId;
};

/// Backs a CA's private key up for custody (issue 19, "Key custody"): encrypted PKCS#8 under a fresh random
/// passphrase split M-of-N into printed shares, or under the officer's passphrase.
///
/// All or nothing (docs/architecture.md R14): everything is checked and made in memory first (the key encrypted,
/// the shares, the PDF), then the shares folder and the backup folder are written with FileSetWriter; when the
/// second set or the audit entry fails, the first set and the folders this run created are removed again. The
/// passphrase and the shares never reach the audit log ("ca.key_backed_up" records the folder, the set id, M and N).
class KeyBackupWriter
{
    Q_DECLARE_TR_FUNCTIONS(KeyBackupWriter)

public:
    /// The plan without writing anything: M and N in range, the two folders apart, no file to be written exists.
    /// Call it before asking for passphrases.
    [[nodiscard]] static Status check(const KeyBackupPlan& plan);

    /// `key` is the CA's unlocked key. Without shares, `chosenPassphrase` (the officer's, or one generated and shown
    /// by the caller) encrypts the key; with shares it must be null and a fresh 32-byte secret is drawn and split.
    /// `renderPdf` makes the shares' PDF (required with shares).
    [[nodiscard]] static Result<KeyBackupOutcome> write(Workspace& workspace, qint64 caId,
                                                        const crypto::PrivateKey& key, const KeyBackupPlan& plan,
                                                        const crypto::SecureBuffer* chosenPassphrase,
                                                        const SharePdfRenderer& renderPdf);
};

} // namespace iotca::model
