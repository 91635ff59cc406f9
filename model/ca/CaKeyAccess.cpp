#include "CaKeyAccess.h"

#include "crypto/Certificate.h"
#include "crypto/CryptoErrorCode.h"
#include "crypto/Digest.h"
#include "model/secrets/SecretStore.h"
#include "model/workspace/CaRecord.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/Workspace.h"

namespace iotca::model {

Result<crypto::PrivateKey> CaKeyAccess::unlock(const Workspace& workspace, qint64 caId,
                                               const crypto::SecureBuffer& passphrase)
{
    auto ca = workspace.cas().get(caId);
    if (!ca) {
        return ca.error();
    }
    return unlock(*ca, passphrase);
}

Result<crypto::PrivateKey> CaKeyAccess::unlock(const CaRecord& ca, const crypto::SecureBuffer& passphrase)
{
    if (!ca.hasStoredKey()) {
        //: %1 is a CA name, %2 where its key is kept (for example "offline")
        return Error {tr("The private key of the CA '%1' is not stored in this workspace (it is kept: %2).")
                          .arg(ca.name, ca.keyReference),
                      {},
                      QStringLiteral("NoStoredKey")};
    }
    auto key = crypto::PrivateKey::fromPem(ca.encryptedKeyPem, &passphrase);
    if (!key) {
        if (key.error().code == crypto::ErrorCode::WrongPassphrase) {
            return Error {tr("The passphrase for the CA '%1' is wrong.").arg(ca.name), key.error().detail,
                          key.error().code};
        }
        return Error {tr("Cannot unlock the private key of the CA '%1'.").arg(ca.name), key.error().fullText(),
                      key.error().code};
    }
    auto certificate = crypto::Certificate::fromDer(ca.certificateDer);
    if (!certificate) {
        return certificate.error();
    }
    if (!key->matches(*certificate)) {
        return Error {tr("The stored key does not match the certificate '%1'.").arg(ca.name),
                      {},
                      QString(crypto::ErrorCode::KeyMismatch)};
    }
    return key;
}

Result<crypto::PrivateKey> CaKeyAccess::unlockWithRemembered(const Workspace& workspace, qint64 caId,
                                                             SecretStore& secrets)
{
    auto ca = workspace.cas().get(caId);
    if (!ca) {
        return ca.error();
    }
    if (ca->passphraseKeychainKey.isEmpty()) {
        return Error {
            tr("The passphrase of the CA '%1' is not remembered.").arg(ca->name), {}, QStringLiteral("NotRemembered")};
    }
    auto passphrase = secrets.readBlocking(ca->passphraseKeychainKey);
    if (!passphrase) {
        if (passphrase.error().code == QLatin1String("NotFound")) {
            return Error {tr("The remembered passphrase of the CA '%1' is no longer in the keychain.").arg(ca->name),
                          {},
                          QStringLiteral("NotRemembered")};
        }
        return passphrase.error();
    }
    return unlock(workspace, caId, *passphrase);
}

bool CaKeyAccess::isRemembered(const Workspace& workspace, qint64 caId)
{
    auto ca = workspace.cas().get(caId);
    return ca && !ca->passphraseKeychainKey.isEmpty();
}

Status CaKeyAccess::remember(Workspace& workspace, qint64 caId, const crypto::SecureBuffer& passphrase,
                             SecretStore& secrets)
{
    // Only a passphrase that opens the key is worth remembering.
    auto key = unlock(workspace, caId, passphrase);
    if (!key) {
        return key.error();
    }
    return rememberStoredUnder(workspace, caId, passphrase, secrets);
}

Status CaKeyAccess::rememberStoredUnder(Workspace& workspace, qint64 caId, const crypto::SecureBuffer& passphrase,
                                        SecretStore& secrets)
{
    auto ca = workspace.cas().get(caId);
    if (!ca) {
        return ca.error();
    }
    const QString entry = keychainKeyFor(workspace, ca->certificateDer);
    if (Status written = secrets.writeBlocking(entry, passphrase.view()); !written) {
        return written;
    }
    if (Status recorded = workspace.cas().setPassphraseKeychainKey(caId, entry); !recorded) {
        (void)secrets.removeBlocking(entry);
        return recorded;
    }
    return {};
}

Status CaKeyAccess::forget(Workspace& workspace, qint64 caId, SecretStore& secrets)
{
    auto ca = workspace.cas().get(caId);
    if (!ca) {
        return ca.error();
    }
    if (ca->passphraseKeychainKey.isEmpty()) {
        return {};
    }
    if (Status removed = secrets.removeBlocking(ca->passphraseKeychainKey); !removed) {
        return removed;
    }
    return workspace.cas().setPassphraseKeychainKey(caId, QString());
}

QString CaKeyAccess::keychainKeyFor(const Workspace& workspace, const QByteArray& certificateDer)
{
    // Per workspace and CA: the same CA in two workspaces may be stored under different passphrases.
    const QByteArray identity = workspace.folder().toUtf8() + '\0' + certificateDer;
    return QStringLiteral("iotca/ca/%1").arg(QString::fromLatin1(crypto::sha256(identity).toHex().left(32)));
}

} // namespace iotca::model
