#include "CaKeyRestore.h"

#include "KeyShareCode.h"
#include "KeyShareSet.h"

#include "crypto/Certificate.h"
#include "crypto/CryptoErrorCode.h"
#include "model/ModelErrorCode.h"
#include "model/ca/CaChain.h"
#include "model/ca/CaImportChecks.h"
#include "model/ca/CaRecordFactory.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/Workspace.h"

#include <QJsonObject>

namespace iotca::model {

namespace {

Error keyMismatch(const QString& message)
{
    return Error {message, {}, QString(crypto::ErrorCode::KeyMismatch)};
}

} // namespace

Result<crypto::SecureBuffer> CaKeyRestore::passphraseFromShares(const KeyBackupFolder::Contents& backup,
                                                                const std::vector<KeyShare>& shares)
{
    if (!backup.manifest.isShared())
        return Error {tr("This backup's passphrase was chosen by the officer and not split into shares: give the "
                         "passphrase instead."),
                      {},
                      QString(ErrorCode::ShareSetMismatch)};
    for (const KeyShare& share : shares) {
        if (KeyShareCode::setIdText(share.setId) != backup.manifest.shareSetId)
            //: %1 is a share number, %2 and %3 share set ids ("3F9A-0C2B")
            return Error {
                tr("Share %1 belongs to the share set %2, but this backup's passphrase was split into the set "
                   "%3.")
                    .arg(share.index)
                    .arg(KeyShareCode::setIdText(share.setId), backup.manifest.shareSetId),
                {},
                QString(ErrorCode::ShareSetMismatch)};
    }
    auto secret = KeyShareSet::combine(shares);
    if (!secret)
        return secret.error();
    return KeyShareSet::passphraseFor(*secret);
}

Result<crypto::PrivateKey> CaKeyRestore::decrypt(const KeyBackupFolder::Contents& backup,
                                                 const crypto::SecureBuffer& passphrase)
{
    auto key = crypto::PrivateKey::fromPem(backup.encryptedKeyPem, &passphrase);
    if (!key) {
        if (key.error().code == crypto::ErrorCode::WrongPassphrase)
            return Error {backup.manifest.isShared()
                              ? tr("The shares put together do not open the backup's key. They are of its set, so "
                                   "the backup's key file was changed or replaced.")
                              : tr("The passphrase does not open the backup's key."),
                          key.error().detail, key.error().code};
        return key.error();
    }
    if (!key->matches(backup.certificate))
        return keyMismatch(tr("The backup's key does not belong to the backup's certificate (%1): the backup folder "
                              "was mixed up with another one.")
                               .arg(backup.certificate.subjectString()));
    return key;
}

Status CaKeyRestore::checkTarget(const Workspace& workspace, const QString& caName, const crypto::PrivateKey& key,
                                 bool replace)
{
    auto existing = workspace.cas().findByName(caName);
    if (!existing)
        return existing.error();
    if (!*existing)
        return {};
    const CaRecord& ca = **existing;
    auto certificate = crypto::Certificate::fromDer(ca.certificateDer);
    if (!certificate)
        return certificate.error();
    if (!key.matches(*certificate))
        //: %1 is a CA name, %2 its subject
        return keyMismatch(tr("The backup holds the key of another CA: the key of '%1' (%2) is a different one. "
                              "Nothing was changed.")
                               .arg(ca.name, ca.subject));
    if (ca.hasStoredKey() && !replace)
        return Error {tr("The CA '%1' has its key in this workspace already; give --replace to overwrite the stored "
                         "key with the backup's (the same key, under a new passphrase).")
                          .arg(ca.name),
                      {},
                      QString(ErrorCode::CaHasKey)};
    return {};
}

Result<qint64> CaKeyRestore::store(Workspace& workspace, const QString& caName, const KeyBackupFolder::Contents& backup,
                                   const crypto::PrivateKey& key, const crypto::SecureBuffer& storePassphrase,
                                   bool replace)
{
    if (storePassphrase.isEmpty())
        return Error {tr("The restored key needs a passphrase to be stored under."),
                      {},
                      QString(crypto::ErrorCode::PassphraseRequired)};
    auto existing = workspace.cas().findByName(caName);
    if (!existing)
        return existing.error();
    // checkTarget() ran before the new passphrase was asked; again, because the workspace may have changed since.
    if (Status target = checkTarget(workspace, caName, key, replace); !target)
        return target.error();
    if (!*existing) {
        if (caName.trimmed().isEmpty())
            return Error {tr("A CA needs a name.")};
        if (Status isCa = backup.certificate.checkIsCa(); !isCa)
            return isCa.error();
        if (Status importable = CaImportChecks::check(backup.certificate, caName); !importable)
            return importable.error();
    }
    auto encrypted = key.toEncryptedPkcs8Pem(storePassphrase);
    if (!encrypted)
        return encrypted.error();
    if (*existing) {
        const qint64 caId = (*existing)->id;
        QJsonObject details {{QStringLiteral("backupCa"), backup.manifest.caFingerprint},
                             {QStringLiteral("replaced"), (*existing)->hasStoredKey()}};
        if (backup.manifest.isShared())
            details.insert(QStringLiteral("shareSet"), backup.manifest.shareSetId);
        if (Status stored = workspace.cas().restoreKey(caId, *encrypted, details); !stored)
            return stored.error();
        return caId;
    }
    CaRecord record =
        caRecordFromCertificate(backup.certificate, caName.trimmed(),
                                backup.manifest.isShared()
                                    //: %1 is a share set id
                                    ? tr("Restored from a key backup (share set %1).").arg(backup.manifest.shareSetId)
                                    : tr("Restored from a key backup."));
    record.encryptedKeyPem = *encrypted;
    record.parentCaId = CaChain::issuerIdInWorkspace(workspace, backup.certificate).valueOr(0);
    return workspace.cas().add(record, CaOrigin::Imported);
}

} // namespace iotca::model
