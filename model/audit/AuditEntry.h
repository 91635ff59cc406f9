#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace iotca::model {

/// One entry of the hash-chained audit log.
struct AuditEntry
{
    qint64 id = 0;
    /// UTC, millisecond precision.
    QDateTime time;
    /// One of AuditAction ("ca.created", ...).
    QString action;
    /// What the action was done to: "ca", "account", "registration", "devices", "workspace".
    QString objectType;
    /// The object's id or name as text (a CA id, "caId/accountId", ...).
    QString objectId;
    /// Never holds secrets.
    QJsonObject details;
    /// Who did it (schema step 10): the operator's name, '' for entries written before the step.
    QString operatorName;
    /// Raw SHA-256 of the previous entry's hash followed by canonicalBytes() (32 zero bytes before the first entry).
    QByteArray hash;

    /// The canonical serialisation the hash covers: compact JSON of [id, time, action, objectType, objectId,
    /// details] (QJsonObject keys are sorted, so the bytes depend only on the content), with operatorName appended
    /// when it is not empty (so entries written before schema step 10 keep their hashes).
    [[nodiscard]] QByteArray canonicalBytes() const;
};

} // namespace iotca::model
