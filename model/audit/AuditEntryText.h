#pragma once

#include "model/audit/AuditEntry.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace iotca::model {

/// An audit entry in words for people: what it was done to ("CA “Fleet Root”", not "ca 2") and a one-line summary
/// of its details ("Subject: CN=Fleet Root · Serial: 0A1B… · Valid until: 2 Dec 2036"), in the current language with
/// dates and numbers through QLocale. The JSON stays the record; this is only how it reads.
class AuditEntryText
{
    Q_DECLARE_TR_FUNCTIONS(AuditEntryText)
public:
    /// The names objects go by: the workspace's CAs and accounts now, and the names entries recorded for objects
    /// that are gone (a deleted CA's "ca.deleted" entry still names it).
    void setCaName(qint64 caId, const QString& name) { m_caNames.insert(caId, name); }
    void setAccountName(qint64 accountId, const QString& name) { m_accountNames.insert(accountId, name); }
    /// Learns the name an entry records for its object ("name" in the details of a CA or account entry), unless a
    /// current name is already known.
    void learnFrom(const AuditEntry& entry);

    /// "CA “Fleet Root”", "CA “Fleet Root” on “Production”", "Platform account “Production”", ...
    [[nodiscard]] QString objectText(const AuditEntry& entry) const;
    /// The CA the entry concerns (a CA entry or a registration), 0 when none.
    [[nodiscard]] static qint64 caIdOf(const AuditEntry& entry);
    /// One line: the details as "Label: value" pairs, joined by " · ".
    [[nodiscard]] QString summary(const AuditEntry& entry) const;
    /// The local time as the user's locale writes it, with seconds.
    [[nodiscard]] static QString timeText(const QDateTime& utc);

private:
    [[nodiscard]] QString valueText(const QString& key, const QJsonValue& value) const;

    QHash<qint64, QString> m_caNames;
    QHash<qint64, QString> m_accountNames;
};

} // namespace iotca::model
