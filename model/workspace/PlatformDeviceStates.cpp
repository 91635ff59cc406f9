// DeviceCertificateRepository: what the platforms said about the device certificates (schema step 7).
#include "DeviceCertificateRepository.h"

#include "SqlDialect.h"
#include "SqlSupport.h"
#include "Transaction.h"
#include "Workspace.h"

#include <QSqlQuery>

namespace iotca::model {

Result<int>
DeviceCertificateRepository::recordPlatformReadings(qint64 caId,
                                                    const QHash<QString, PlatformDeviceReading>& readingBySerial)
{
    if (readingBySerial.isEmpty())
        return 0;
    auto transaction = Transaction::begin(m_workspace);
    if (!transaction)
        return transaction.error();
    const QString failure =
        tr("Could not record what the platform said about the device certificates of CA %1.").arg(caId);
    // Only rows whose reading changed are written (and signalled): a sync of an unchanged fleet writes nothing.
    auto update =
        sql::prepare(transaction->database(),
                     sql::translate(transaction->database(),
                                    QStringLiteral("UPDATE device_certificates SET platform_state = ?, "
                                                   "differs_from_platform = ? WHERE ca_id = ? AND serial_hex = ? AND "
                                                   "(platform_state IS NOT ? OR differs_from_platform IS NOT ?) "
                                                   "RETURNING id")),
                     failure);
    if (!update)
        return update.error();
    QList<qint64> changedIds;
    for (auto it = readingBySerial.cbegin(); it != readingBySerial.cend(); ++it) {
        const QString state = platformDeviceStateName(it->state);
        const int differs = it->differs ? 1 : 0;
        update->bindValue(0, state);
        update->bindValue(1, differs);
        update->bindValue(2, caId);
        update->bindValue(3, normaliseSerial(it.key()));
        update->bindValue(4, state);
        update->bindValue(5, differs);
        if (Status ran = sql::exec(*update, failure); !ran)
            return ran.error();
        while (update->next())
            changedIds << update->value(0).toLongLong();
        update->finish();
    }
    if (changedIds.isEmpty())
        return 0;
    Workspace* workspace = &m_workspace;
    transaction->afterCommit(
        [workspace, caId, changedIds] { Q_EMIT workspace->deviceCertificatesChanged(caId, changedIds); });
    if (Status committed = transaction->commit(); !committed)
        return committed.error();
    return static_cast<int>(changedIds.size());
}

Status DeviceCertificateRepository::recordRemoteIds(qint64 caId, const QHash<QString, QString>& remoteIdBySerial)
{
    if (remoteIdBySerial.isEmpty())
        return {};
    auto transaction = Transaction::begin(m_workspace);
    if (!transaction)
        return transaction.error();
    const QString failure = tr("Could not record the platform's ids of the device certificates of CA %1.").arg(caId);
    auto update = sql::prepare(
        transaction->database(),
        QStringLiteral("UPDATE device_certificates SET remote_id = ? WHERE ca_id = ? AND serial_hex = ?"), failure);
    if (!update)
        return update.error();
    for (auto it = remoteIdBySerial.cbegin(); it != remoteIdBySerial.cend(); ++it) {
        update->bindValue(0, it.value());
        update->bindValue(1, caId);
        update->bindValue(2, normaliseSerial(it.key()));
        if (Status ran = sql::exec(*update, failure); !ran)
            return ran.error();
    }
    return transaction->commit();
}

Result<qint64> DeviceCertificateRepository::countDifferingFromPlatform(qint64 caId) const
{
    auto database = m_workspace.connection();
    if (!database)
        return database.error();
    auto query = sql::run(*database,
                          QStringLiteral("SELECT COUNT(*) FROM device_certificates "
                                         "WHERE ca_id = ? AND differs_from_platform != 0"),
                          {caId}, tr("Could not read the device certificates of CA %1.").arg(caId));
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : 0;
}

} // namespace iotca::model
