#include "AuditLogFilter.h"

#include "AuditLogModel.h"

namespace iotca::model {

AuditLogFilter::AuditLogFilter(QObject* parent)
    : QSortFilterProxyModel(parent)
{ }

void AuditLogFilter::setTimeRange(const QDateTime& from, const QDateTime& to)
{
    m_from = from;
    m_to = to;
    invalidateFilter();
}

void AuditLogFilter::setAction(const QString& action)
{
    m_action = action;
    invalidateFilter();
}

void AuditLogFilter::setCaId(qint64 caId)
{
    m_caId = caId;
    invalidateFilter();
}

bool AuditLogFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_action.isEmpty() && index.data(AuditLogModel::ActionRole).toString() != m_action)
        return false;
    if (m_caId != 0 && index.data(AuditLogModel::CaIdRole).toLongLong() != m_caId)
        return false;
    const QDateTime time = index.data(AuditLogModel::TimeRole).toDateTime();
    if (m_from.isValid() && time < m_from)
        return false;
    if (m_to.isValid() && time > m_to)
        return false;
    return true;
}

} // namespace iotca::model
