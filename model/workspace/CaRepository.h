#pragma once

#include "CaRecord.h"
#include "crypto/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace iotca::model {

class Workspace;

/// How a CA came into the workspace; decides the audit action ("ca.created" or "ca.imported").
enum class CaOrigin { Created, Imported };

/// What remove() does when the CA still has registrations or device certificates.
enum class CaRemoval {
    /// Refuse with an Error that says what is still there.
    RefuseIfInUse,
    /// Delete the registrations and device certificates with the CA, in the same transaction.
    Cascade,
};

/// The CAs of a workspace. Every write is one transaction with its audit entry; Workspace::caAdded / caChanged /
/// caRemoved follow the commit. Get it from Workspace::cas().
class CaRepository
{
    Q_DECLARE_TR_FUNCTIONS(CaRepository)
public:
    explicit CaRepository(Workspace& workspace);

    /// Stores `record` (its id and created are ignored and assigned) and returns the new id. Fails when the name is
    /// taken or neither a stored key nor a key reference is given.
    [[nodiscard]] Result<qint64> add(const CaRecord& record, CaOrigin origin = CaOrigin::Created);
    [[nodiscard]] Status rename(qint64 caId, const QString& newName);
    [[nodiscard]] Status setNotes(qint64 caId, const QString& notes);
    /// Records the keychain entry that remembers the passphrase; an empty key records that it was forgotten.
    [[nodiscard]] Status setPassphraseKeychainKey(qint64 caId, const QString& keychainKey);
    /// Replaces the stored encrypted key (a passphrase change).
    [[nodiscard]] Status setEncryptedKey(qint64 caId, const QByteArray& encryptedKeyPem);
    /// Stores a key restored from a backup (model/custody/CaKeyRestore): the encrypted key replaces any stored key or
    /// key reference, and the remembered-passphrase entry is dropped (it opened the old encryption), in one
    /// transaction audited as "ca.key_restored" with `details`.
    [[nodiscard]] Status restoreKey(qint64 caId, const QByteArray& encryptedKeyPem, const QJsonObject& details);
    [[nodiscard]] Status remove(qint64 caId, CaRemoval removal = CaRemoval::RefuseIfInUse);
    /// Replaces the CA's certificate with a renewed one for the same key and subject (certificate, serial, validity),
    /// audited as "ca.renewed" with the old and new serial.
    [[nodiscard]] Status replaceCertificate(qint64 caId, const CaRecord& renewed);

    [[nodiscard]] Result<CaRecord> get(qint64 caId) const;
    [[nodiscard]] Result<std::optional<CaRecord>> findByName(const QString& name) const;
    /// All CAs ordered by name.
    [[nodiscard]] Result<QList<CaRecord>> list() const;

private:
    Workspace& m_workspace;
};

} // namespace iotca::model
