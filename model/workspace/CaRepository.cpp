#include "CaRepository.h"

#include "SqlSupport.h"
#include "Transaction.h"
#include "Workspace.h"
#include "model/audit/AuditAction.h"
#include "model/audit/AuditLog.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace iotca::model {

namespace {

const QString caColumns = QStringLiteral(
    "SELECT id, name, certificate_der, encrypted_key_pem, key_reference, serial_hex, subject, issuer, not_before, "
    "not_after, key_algorithm, parent_ca_id, notes, created, passphrase_keychain_key FROM cas ");

CaRecord caFromQuery(const QSqlQuery& query)
{
    CaRecord ca;
    ca.id = query.value(0).toLongLong();
    ca.name = query.value(1).toString();
    ca.certificateDer = query.value(2).toByteArray();
    ca.encryptedKeyPem = query.value(3).toByteArray();
    ca.keyReference = query.value(4).toString();
    ca.serialHex = query.value(5).toString();
    ca.subject = query.value(6).toString();
    ca.issuer = query.value(7).toString();
    ca.notBefore = sql::toDateTime(query.value(8));
    ca.notAfter = sql::toDateTime(query.value(9));
    ca.keyAlgorithm = query.value(10).toString();
    ca.parentCaId = query.value(11).toLongLong();
    ca.notes = query.value(12).toString();
    ca.created = sql::toDateTime(query.value(13));
    ca.passphraseKeychainKey = query.value(14).toString();
    return ca;
}

} // namespace

CaRepository::CaRepository(Workspace& workspace)
    : m_workspace(workspace)
{ }

Result<qint64> CaRepository::add(const CaRecord& record, CaOrigin origin)
{
    if (record.name.trimmed().isEmpty()) {
        return Error {tr("A CA needs a name.")};
    }
    if (record.certificateDer.isEmpty()) {
        return Error {tr("The CA '%1' has no certificate.").arg(record.name)};
    }
    if (record.encryptedKeyPem.isEmpty() == record.keyReference.isEmpty()) {
        return Error {tr("The CA '%1' needs either a stored encrypted key or a reference to where its key is kept.")
                          .arg(record.name)};
    }
    auto transaction = Transaction::begin(m_workspace);
    if (!transaction) {
        return transaction.error();
    }
    const QString failure = tr("Could not add the CA '%1' to the workspace.").arg(record.name);
    auto existing = findByName(record.name);
    if (!existing) {
        return existing.error();
    }
    if (existing->has_value()) {
        return Error {tr("There is already a CA named '%1' in this workspace.").arg(record.name),
                      {},
                      QStringLiteral("NameTaken")};
    }
    const QDateTime created = QDateTime::currentDateTimeUtc();
    auto insert = sql::runInsert(
        transaction->database(),
        QStringLiteral("INSERT INTO cas (name, certificate_der, encrypted_key_pem, key_reference, serial_hex, "
                       "subject, issuer, not_before, not_after, key_algorithm, parent_ca_id, notes, created, "
                       "passphrase_keychain_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {record.name, record.certificateDer, sql::blobOrNull(record.encryptedKeyPem),
         record.keyReference.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(record.keyReference),
         sql::text(record.serialHex.toUpper()), sql::text(record.subject), sql::text(record.issuer),
         sql::fromDateTime(record.notBefore), sql::fromDateTime(record.notAfter), sql::text(record.keyAlgorithm),
         record.parentCaId > 0 ? QVariant(record.parentCaId) : QVariant(QMetaType::fromType<qint64>()),
         sql::text(record.notes), sql::fromDateTime(created), sql::text(record.passphraseKeychainKey)},
        failure);
    if (!insert) {
        return insert.error();
    }
    const qint64 id = *insert;
    const QJsonObject details {{QStringLiteral("name"), record.name},
                               {QStringLiteral("subject"), record.subject},
                               {QStringLiteral("serial"), record.serialHex.toUpper()},
                               {QStringLiteral("keyAlgorithm"), record.keyAlgorithm},
                               {QStringLiteral("notAfter"), record.notAfter.toUTC().toString(Qt::ISODate)},
                               {QStringLiteral("keyStored"), record.hasStoredKey()}};
    const QString action =
        origin == CaOrigin::Imported ? QString(AuditAction::CaImported) : QString(AuditAction::CaCreated);
    auto audited = m_workspace.audit().append(*transaction, action, QStringLiteral("ca"), QString::number(id), details);
    if (!audited) {
        return audited.error();
    }
    Workspace* workspace = &m_workspace;
    transaction->afterCommit([workspace, id] { Q_EMIT workspace->caAdded(id); });
    if (Status committed = transaction->commit(); !committed) {
        return committed.error();
    }
    return id;
}

namespace {

/// Updates one column of a CA with its audit entry, as one transaction.
Status updateCa(Workspace& workspace, qint64 caId, const QString& column, const QVariant& value, const QString& action,
                const QJsonObject& details, const QString& failure)
{
    auto transaction = Transaction::begin(workspace);
    if (!transaction) {
        return transaction.error();
    }
    auto update = sql::run(transaction->database(), QStringLiteral("UPDATE cas SET %1 = ? WHERE id = ?").arg(column),
                           {value, caId}, failure);
    if (!update) {
        return update.error();
    }
    if (update->numRowsAffected() != 1) {
        return Error {
            CaRepository::tr("There is no CA with id %1 in this workspace.").arg(caId), {}, QStringLiteral("NotFound")};
    }
    auto audited = workspace.audit().append(*transaction, action, QStringLiteral("ca"), QString::number(caId), details);
    if (!audited) {
        return audited.error();
    }
    Workspace* target = &workspace;
    transaction->afterCommit([target, caId] { Q_EMIT target->caChanged(caId); });
    return transaction->commit();
}

} // namespace

Status CaRepository::rename(qint64 caId, const QString& newName)
{
    const QString trimmed = newName.trimmed();
    if (trimmed.isEmpty()) {
        return Error {tr("A CA needs a name.")};
    }
    auto current = get(caId);
    if (!current) {
        return current.error();
    }
    if (current->name == trimmed) {
        return {};
    }
    auto existing = findByName(trimmed);
    if (!existing) {
        return existing.error();
    }
    if (existing->has_value()) {
        return Error {
            tr("There is already a CA named '%1' in this workspace.").arg(trimmed), {}, QStringLiteral("NameTaken")};
    }
    return updateCa(m_workspace, caId, QStringLiteral("name"), trimmed, AuditAction::CaRenamed,
                    {{QStringLiteral("from"), current->name}, {QStringLiteral("to"), trimmed}},
                    tr("Could not rename the CA '%1'.").arg(current->name));
}

Status CaRepository::setNotes(qint64 caId, const QString& notes)
{
    return updateCa(m_workspace, caId, QStringLiteral("notes"), sql::text(notes), AuditAction::CaChanged,
                    {{QStringLiteral("field"), QStringLiteral("notes")}},
                    tr("Could not save the notes of the CA %1.").arg(caId));
}

Status CaRepository::setPassphraseKeychainKey(qint64 caId, const QString& keychainKey)
{
    const QString action = keychainKey.isEmpty() ? QString(AuditAction::CaPassphraseForgotten)
                                                 : QString(AuditAction::CaPassphraseRemembered);
    // The entry's name is not secret, but it adds nothing to the record; the action says what happened.
    return updateCa(m_workspace, caId, QStringLiteral("passphrase_keychain_key"), sql::text(keychainKey), action, {},
                    tr("Could not record where the passphrase of the CA %1 is kept.").arg(caId));
}

Status CaRepository::setEncryptedKey(qint64 caId, const QByteArray& encryptedKeyPem)
{
    if (encryptedKeyPem.isEmpty()) {
        return Error {tr("The new encrypted key of the CA %1 is empty.").arg(caId)};
    }
    return updateCa(m_workspace, caId, QStringLiteral("encrypted_key_pem"), encryptedKeyPem, AuditAction::CaChanged,
                    {{QStringLiteral("field"), QStringLiteral("key passphrase")}},
                    tr("Could not store the re-encrypted key of the CA %1.").arg(caId));
}

Status CaRepository::restoreKey(qint64 caId, const QByteArray& encryptedKeyPem, const QJsonObject& details)
{
    if (encryptedKeyPem.isEmpty())
        return Error {tr("The restored key of the CA %1 is empty.").arg(caId)};
    auto transaction = Transaction::begin(m_workspace);
    if (!transaction)
        return transaction.error();
    const QString failure = tr("Could not store the restored key of the CA %1.").arg(caId);
    auto update = sql::run(transaction->database(),
                           QStringLiteral("UPDATE cas SET encrypted_key_pem = ?, key_reference = NULL, "
                                          "passphrase_keychain_key = '' WHERE id = ?"),
                           {encryptedKeyPem, caId}, failure);
    if (!update)
        return update.error();
    if (update->numRowsAffected() != 1)
        return Error {tr("There is no CA with id %1 in this workspace.").arg(caId), {}, QStringLiteral("NotFound")};
    auto audited = m_workspace.audit().append(*transaction, AuditAction::CaKeyRestored, QStringLiteral("ca"),
                                              QString::number(caId), details);
    if (!audited)
        return audited.error();
    Workspace* target = &m_workspace;
    transaction->afterCommit([target, caId] { Q_EMIT target->caChanged(caId); });
    return transaction->commit();
}

Status CaRepository::remove(qint64 caId, CaRemoval removal)
{
    auto ca = get(caId);
    if (!ca) {
        return ca.error();
    }
    auto transaction = Transaction::begin(m_workspace);
    if (!transaction) {
        return transaction.error();
    }
    const QSqlDatabase database = transaction->database();
    const QString failure = tr("Could not delete the CA '%1'.").arg(ca->name);
    auto counts = sql::run(database,
                           QStringLiteral("SELECT (SELECT COUNT(*) FROM ca_registrations WHERE ca_id = ?), "
                                          "(SELECT COUNT(*) FROM device_certificates WHERE ca_id = ?), "
                                          "(SELECT COUNT(*) FROM cas WHERE parent_ca_id = ?)"),
                           {caId, caId, caId}, failure);
    if (!counts) {
        return counts.error();
    }
    if (!counts->next()) {
        return sql::error(failure, counts->lastError());
    }
    const qint64 registrations = counts->value(0).toLongLong();
    const qint64 devices = counts->value(1).toLongLong();
    const qint64 children = counts->value(2).toLongLong();
    counts->finish();
    if (children > 0) {
        //: %1 is a CA name, %n a number
        return Error {tr("The CA '%1' has issued %n intermediate CAs in this workspace; delete those first.", nullptr,
                         static_cast<int>(children))
                          .arg(ca->name),
                      {},
                      QStringLiteral("InUse")};
    }
    if (removal == CaRemoval::RefuseIfInUse && (registrations > 0 || devices > 0)) {
        //: %1 is a CA name, %2 "N platform accounts", %3 "N device certificates"
        return Error {tr("The CA '%1' is still registered with %2 and has %3; delete them with it, or unregister it "
                         "first.")
                          .arg(ca->name,
                               //: Part of "The CA '%1' is still registered with %2 and has %3"
                               tr("%n platform accounts", nullptr, static_cast<int>(registrations)),
                               //: Part of "The CA '%1' is still registered with %2 and has %3"
                               tr("%Ln device certificates", nullptr, static_cast<int>(devices))),
                      {},
                      QStringLiteral("InUse")};
    }
    for (const QString& statement : {QStringLiteral("DELETE FROM device_certificates WHERE ca_id = ?"),
                                     QStringLiteral("DELETE FROM ca_registrations WHERE ca_id = ?"),
                                     QStringLiteral("DELETE FROM cas WHERE id = ?")}) {
        auto deleted = sql::run(database, statement, {caId}, failure);
        if (!deleted) {
            return deleted.error();
        }
    }
    const QJsonObject details {{QStringLiteral("name"), ca->name},
                               {QStringLiteral("serial"), ca->serialHex},
                               {QStringLiteral("deviceCertificatesDeleted"), devices},
                               {QStringLiteral("registrationsDeleted"), registrations}};
    auto audited = m_workspace.audit().append(*transaction, AuditAction::CaDeleted, QStringLiteral("ca"),
                                              QString::number(caId), details);
    if (!audited) {
        return audited.error();
    }
    Workspace* workspace = &m_workspace;
    transaction->afterCommit([workspace, caId] { Q_EMIT workspace->caRemoved(caId); });
    return transaction->commit();
}

Status CaRepository::replaceCertificate(qint64 caId, const CaRecord& renewed)
{
    auto ca = get(caId);
    if (!ca) {
        return ca.error();
    }
    auto transaction = Transaction::begin(m_workspace);
    if (!transaction) {
        return transaction.error();
    }
    const QString failure = tr("Could not store the renewed certificate of the CA '%1'.").arg(ca->name);
    auto update = sql::run(transaction->database(),
                           QStringLiteral("UPDATE cas SET certificate_der = ?, serial_hex = ?, not_before = ?, "
                                          "not_after = ? WHERE id = ?"),
                           {renewed.certificateDer, sql::text(renewed.serialHex.toUpper()),
                            sql::fromDateTime(renewed.notBefore), sql::fromDateTime(renewed.notAfter), caId},
                           failure);
    if (!update) {
        return update.error();
    }
    const QJsonObject details {{QStringLiteral("name"), ca->name},
                               {QStringLiteral("oldSerial"), ca->serialHex},
                               {QStringLiteral("serial"), renewed.serialHex.toUpper()},
                               {QStringLiteral("notAfter"), renewed.notAfter.toUTC().toString(Qt::ISODate)}};
    auto audited = m_workspace.audit().append(*transaction, AuditAction::CaRenewed, QStringLiteral("ca"),
                                              QString::number(caId), details);
    if (!audited) {
        return audited.error();
    }
    Workspace* workspace = &m_workspace;
    transaction->afterCommit([workspace, caId] { Q_EMIT workspace->caChanged(caId); });
    return transaction->commit();
}

Result<CaRecord> CaRepository::get(qint64 caId) const
{
    auto database = m_workspace.connection();
    if (!database) {
        return database.error();
    }
    auto query = sql::run(*database, caColumns + QStringLiteral("WHERE id = ?"), {caId},
                          tr("Could not read the CA %1 from the workspace.").arg(caId));
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return Error {tr("There is no CA with id %1 in this workspace.").arg(caId), {}, QStringLiteral("NotFound")};
    }
    return caFromQuery(*query);
}

Result<std::optional<CaRecord>> CaRepository::findByName(const QString& name) const
{
    auto database = m_workspace.connection();
    if (!database) {
        return database.error();
    }
    auto query = sql::run(*database, caColumns + QStringLiteral("WHERE name = ?"), {name},
                          tr("Could not read the CA '%1' from the workspace.").arg(name));
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return std::optional<CaRecord>();
    }
    return std::optional<CaRecord>(caFromQuery(*query));
}

Result<QList<CaRecord>> CaRepository::list() const
{
    auto database = m_workspace.connection();
    if (!database) {
        return database.error();
    }
    auto query = sql::run(*database, caColumns + QStringLiteral("ORDER BY name, id"), {},
                          tr("Could not read the CAs of the workspace."));
    if (!query) {
        return query.error();
    }
    QList<CaRecord> result;
    while (query->next()) {
        result.append(caFromQuery(*query));
    }
    return result;
}

} // namespace iotca::model
