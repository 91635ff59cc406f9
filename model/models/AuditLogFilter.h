#pragma once

#include <QDateTime>
#include <QSortFilterProxyModel>

namespace iotca::model {

/// The audit log's filters over an AuditLogModel: a time range (either end open), one action, one CA. Every
/// filter left unset lets everything through.
class AuditLogFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AuditLogFilter(QObject* parent = nullptr);

    /// Entries at or after `from` and at or before `to`; an invalid end is open.
    void setTimeRange(const QDateTime& from, const QDateTime& to);
    /// Only entries with this stable action name ("ca.created"); empty: any.
    void setAction(const QString& action);
    /// Only entries about this CA (its own entries and its registrations); 0: any.
    void setCaId(qint64 caId);

    [[nodiscard]] QDateTime from() const { return m_from; }
    [[nodiscard]] QDateTime to() const { return m_to; }
    [[nodiscard]] QString action() const { return m_action; }
    [[nodiscard]] qint64 caId() const { return m_caId; }

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QDateTime m_from;
    QDateTime m_to;
    QString m_action;
    qint64 m_caId = 0;
};

} // namespace iotca::model
