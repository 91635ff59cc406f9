#include "DeviceCertificateRepository.h"

#include "SqlSupport.h"
#include "Workspace.h"

#include <QSet>
#include <QSqlQuery>

#include <optional>

namespace iotca::model {

namespace {

/// Well under SQLite's limit of host parameters per statement (999 before 3.32, 32,766 since).
constexpr qsizetype namesPerLookup = 500;

const QString deviceColumns = QStringLiteral("SELECT id, ca_id, serial_hex, product_key, device_name, certificate_der, "
                                             "status, not_after, exported_path, created, platform_state, "
                                             "differs_from_platform, remote_id, generation, supersedes_serial "
                                             "FROM device_certificates ");

DeviceCertificateRecord deviceFromQuery(const QSqlQuery& query)
{
    DeviceCertificateRecord device;
    device.id = query.value(0).toLongLong();
    device.caId = query.value(1).toLongLong();
    device.serialHex = query.value(2).toString();
    device.productKey = query.value(3).toString();
    device.deviceName = query.value(4).toString();
    device.certificateDer = query.value(5).toByteArray();
    if (!deviceCertificateStatusFromName(query.value(6).toString(), &device.status)) {
        device.status = DeviceCertificateStatus::Issued;
    }
    device.notAfter = sql::toDateTime(query.value(7));
    device.exportedPath = query.value(8).toString();
    device.created = sql::toDateTime(query.value(9));
    device.platformState = platformDeviceStateFromName(query.value(10).toString());
    device.differsFromPlatform = query.value(11).toInt() != 0;
    device.remoteId = query.value(12).toString();
    device.generation = query.value(13).toInt();
    device.supersedesSerial = query.value(14).toString();
    return device;
}

} // namespace

Result<std::optional<DeviceCertificateRecord>> DeviceCertificateRepository::find(qint64 caId,
                                                                                 const QString& serial) const
{
    auto database = m_workspace.connection();
    if (!database) {
        return database.error();
    }
    auto query =
        sql::run(*database, deviceColumns + QStringLiteral("WHERE ca_id = ? AND serial_hex = ?"),
                 {caId, normaliseSerial(serial)}, tr("Could not read the device certificates of CA %1.").arg(caId));
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return std::optional<DeviceCertificateRecord>();
    }
    return std::optional<DeviceCertificateRecord>(deviceFromQuery(*query));
}

Result<std::optional<DeviceCertificateRecord>>
DeviceCertificateRepository::findByDevice(const QString& productKey, const QString& deviceName) const
{
    auto database = m_workspace.connection();
    if (!database) {
        return database.error();
    }
    // The newest generation: a re-issued device's latest certificate (DeviceCertificateHistory has the rest).
    auto query = sql::run(*database,
                          deviceColumns
                              + QStringLiteral("WHERE product_key = ? AND device_name = ? "
                                               "ORDER BY generation DESC LIMIT 1"),
                          {sql::text(productKey), deviceName}, tr("Could not read the device certificates."));
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return std::optional<DeviceCertificateRecord>();
    }
    return std::optional<DeviceCertificateRecord>(deviceFromQuery(*query));
}

Result<QList<DeviceCertificateRecord>>
DeviceCertificateRepository::listForCa(qint64 caId, std::optional<DeviceCertificateStatus> status) const
{
    auto database = m_workspace.connection();
    if (!database) {
        return database.error();
    }
    QString statement = deviceColumns + QStringLiteral("WHERE ca_id = ?");
    QVariantList values {caId};
    if (status) {
        statement += QStringLiteral(" AND status = ?");
        values << deviceCertificateStatusName(*status);
    }
    statement += QStringLiteral(" ORDER BY serial_hex");
    auto query =
        sql::run(*database, statement, values, tr("Could not read the device certificates of CA %1.").arg(caId));
    if (!query) {
        return query.error();
    }
    QList<DeviceCertificateRecord> result;
    while (query->next()) {
        result.append(deviceFromQuery(*query));
    }
    return result;
}

Result<qint64> DeviceCertificateRepository::count(qint64 caId, std::optional<DeviceCertificateStatus> status) const
{
    auto database = m_workspace.connection();
    if (!database) {
        return database.error();
    }
    // device_certificate_counts is kept by triggers (schema 4): one row per CA and status, no scan.
    QStringList conditions;
    QVariantList values;
    if (caId > 0) {
        conditions << QStringLiteral("ca_id = ?");
        values << caId;
    }
    if (status) {
        conditions << QStringLiteral("status = ?");
        values << deviceCertificateStatusName(*status);
    }
    QString statement = QStringLiteral("SELECT COALESCE(SUM(count), 0) FROM device_certificate_counts");
    if (!conditions.isEmpty()) {
        statement += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    }
    auto query = sql::run(*database, statement, values, tr("Could not count the device certificates."));
    if (!query) {
        return query.error();
    }
    return query->next() ? query->value(0).toLongLong() : qint64(0);
}

Result<QMap<DeviceCertificateStatus, qint64>> DeviceCertificateRepository::countByStatus(qint64 caId) const
{
    auto database = m_workspace.connection();
    if (!database) {
        return database.error();
    }
    auto query = sql::run(*database,
                          QStringLiteral("SELECT status, count FROM device_certificate_counts "
                                         "WHERE ca_id = ? AND count > 0"),
                          {caId}, tr("Could not count the device certificates of CA %1.").arg(caId));
    if (!query) {
        return query.error();
    }
    QMap<DeviceCertificateStatus, qint64> result;
    while (query->next()) {
        DeviceCertificateStatus status = DeviceCertificateStatus::Issued;
        if (deviceCertificateStatusFromName(query->value(0).toString(), &status)) {
            result.insert(status, query->value(1).toLongLong());
        }
    }
    return result;
}

Result<QSet<QString>> DeviceCertificateRepository::recordedDeviceNames(const QString& productKey,
                                                                       const QStringList& deviceNames) const
{
    auto database = m_workspace.connection();
    if (!database) {
        return database.error();
    }
    QSet<QString> recorded;
    for (qsizetype first = 0; first < deviceNames.size(); first += namesPerLookup) {
        const QStringList chunk = deviceNames.mid(first, namesPerLookup);
        QStringList placeholders(chunk.size(), QStringLiteral("?"));
        QVariantList values {sql::text(productKey)};
        for (const QString& name : chunk) {
            values << name;
        }
        auto query = sql::run(*database,
                              QStringLiteral("SELECT DISTINCT device_name FROM device_certificates "
                                             "WHERE product_key = ? AND device_name IN (%1)")
                                  .arg(placeholders.join(QLatin1Char(','))),
                              values, tr("Could not read the device certificates."));
        if (!query) {
            return query.error();
        }
        while (query->next()) {
            recorded.insert(query->value(0).toString());
        }
    }
    return recorded;
}

} // namespace iotca::model
