#include "DeviceCertificateHistory.h"

#include "DeviceCertificateRepository.h"
#include "SqlSupport.h"
#include "Transaction.h"
#include "Workspace.h"
#include "model/ModelErrorCode.h"
#include "model/audit/AuditAction.h"
#include "model/audit/AuditLog.h"

#include <QSqlQuery>

namespace iotca::model {

namespace {

QString notRevoked(const QString& alias)
{
    return QStringLiteral("NOT EXISTS (SELECT 1 FROM revocations WHERE revocations.ca_id = %1.ca_id "
                          "AND revocations.serial_hex = %1.serial_hex)")
        .arg(alias);
}

} // namespace

QString DeviceCertificateHistory::supersededCondition(const QString& alias)
{
    // The UNIQUE (product_key, device_name, generation) index answers the inner lookup.
    const QString newer = alias + QStringLiteral("_newer");
    return QStringLiteral("EXISTS (SELECT 1 FROM device_certificates %2 WHERE %2.product_key = %1.product_key "
                          "AND %2.device_name = %1.device_name AND %2.generation > %1.generation AND %3)")
        .arg(alias, newer, notRevoked(newer));
}

QString DeviceCertificateHistory::currentCondition(const QString& alias)
{
    return QStringLiteral("(%1 AND NOT %2)").arg(notRevoked(alias), supersededCondition(alias));
}

Result<QSet<QString>> DeviceCertificateHistory::supersededSerials(const Workspace& workspace, qint64 caId)
{
    auto database = workspace.connection();
    if (!database)
        return database.error();
    auto query = sql::run(*database,
                          QStringLiteral("SELECT d.serial_hex FROM device_certificates d WHERE d.ca_id = ? AND ")
                              + supersededCondition(QStringLiteral("d")),
                          {caId}, tr("Could not read the device certificates of CA %1.").arg(caId));
    if (!query)
        return query.error();
    QSet<QString> serials;
    while (query->next())
        serials.insert(query->value(0).toString());
    return serials;
}

Result<QList<DeviceCertificateRecord>> DeviceCertificateHistory::currentForCa(const Workspace& workspace, qint64 caId)
{
    auto all = workspace.devices().listForCa(caId);
    if (!all)
        return all.error();
    auto database = workspace.connection();
    if (!database)
        return database.error();
    auto query = sql::run(*database,
                          QStringLiteral("SELECT d.serial_hex FROM device_certificates d WHERE d.ca_id = ? AND ")
                              + currentCondition(QStringLiteral("d")),
                          {caId}, tr("Could not read the device certificates of CA %1.").arg(caId));
    if (!query)
        return query.error();
    QSet<QString> current;
    while (query->next())
        current.insert(query->value(0).toString());
    QList<DeviceCertificateRecord> result;
    for (DeviceCertificateRecord& record : *all) {
        if (current.contains(record.serialHex))
            result.append(std::move(record));
    }
    return result;
}

Result<QList<DeviceCertificateRecord>>
DeviceCertificateHistory::ofDevice(const Workspace& workspace, const QString& productKey, const QString& deviceName)
{
    auto database = workspace.connection();
    if (!database)
        return database.error();
    auto query = sql::run(*database,
                          QStringLiteral("SELECT ca_id, serial_hex FROM device_certificates "
                                         "WHERE product_key = ? AND device_name = ? ORDER BY generation"),
                          {sql::text(productKey), deviceName}, tr("Could not read the device certificates."));
    if (!query)
        return query.error();
    QList<QPair<qint64, QString>> keys;
    while (query->next())
        keys.append({query->value(0).toLongLong(), query->value(1).toString()});
    query->finish();
    QList<DeviceCertificateRecord> result;
    for (const auto& [caId, serial] : std::as_const(keys)) {
        auto record = workspace.devices().find(caId, serial);
        if (!record)
            return record.error();
        if (record->has_value())
            result.append(**record);
    }
    return result;
}

Result<DeviceCertificateRecord> DeviceCertificateHistory::addReissue(Transaction& transaction, Workspace& workspace,
                                                                     DeviceCertificateRecord record,
                                                                     const QString& supersededSerial,
                                                                     const QJsonObject& auditDetails)
{
    const QSqlDatabase database = transaction.database();
    const QString failure = tr("Could not record the re-issued certificate of the device '%1'.").arg(record.deviceName);
    const QString superseded = DeviceCertificateRepository::normaliseSerial(supersededSerial);
    record.serialHex = DeviceCertificateRepository::normaliseSerial(record.serialHex);
    auto newest = sql::run(database,
                           QStringLiteral("SELECT ca_id, serial_hex, generation, id FROM device_certificates "
                                          "WHERE product_key = ? AND device_name = ? ORDER BY generation DESC LIMIT 1"),
                           {sql::text(record.productKey), record.deviceName}, failure);
    if (!newest)
        return newest.error();
    if (!newest->next() || newest->value(0).toLongLong() != record.caId || newest->value(1).toString() != superseded) {
        //: %1 is a serial number, %2 a device name
        return Error {tr("The certificate %1 is no longer the newest of the device '%2'; re-issue the newest one.")
                          .arg(superseded, record.deviceName),
                      {},
                      ErrorCode::NotNewest};
    }
    record.generation = newest->value(2).toInt() + 1;
    const qint64 supersededId = newest->value(3).toLongLong();
    newest->finish();
    record.supersedesSerial = superseded;
    record.created = QDateTime::currentDateTimeUtc();
    auto insert = sql::runInsert(
        database,
        QStringLiteral("INSERT INTO device_certificates (ca_id, serial_hex, product_key, device_name, certificate_der, "
                       "status, not_after, exported_path, created, generation, supersedes_serial) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {record.caId, record.serialHex, sql::text(record.productKey), record.deviceName, record.certificateDer,
         deviceCertificateStatusName(record.status), sql::fromDateTime(record.notAfter), sql::text(record.exportedPath),
         sql::fromDateTime(record.created), record.generation, record.supersedesSerial},
        failure);
    if (!insert)
        return insert.error();
    record.id = *insert;
    QJsonObject details = auditDetails;
    details.insert(QStringLiteral("product"), record.productKey);
    details.insert(QStringLiteral("device"), record.deviceName);
    details.insert(QStringLiteral("supersededSerial"), record.supersedesSerial);
    details.insert(QStringLiteral("serial"), record.serialHex);
    details.insert(QStringLiteral("generation"), record.generation);
    auto audited = workspace.audit().append(transaction, AuditAction::DeviceReissued, QStringLiteral("ca"),
                                            QString::number(record.caId), details);
    if (!audited)
        return audited.error();
    Workspace* target = &workspace;
    const qint64 caId = record.caId;
    transaction.afterCommit([target, caId, supersededId] {
        Q_EMIT target->deviceCertificatesAdded(caId, 1);
        // The old certificate's row is now superseded (DeviceCertificateModel shows it).
        Q_EMIT target->deviceCertificatesChanged(caId, {supersededId});
    });
    return record;
}

} // namespace iotca::model
