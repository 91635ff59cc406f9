#include "AuditEntry.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace iotca::model {

QByteArray AuditEntry::canonicalBytes() const
{
    // The id as text: JSON numbers are doubles. QJsonObject sorts its keys, so equal content gives equal bytes.
    QJsonArray fields {
        QString::number(id), time.toUTC().toString(Qt::ISODateWithMs), action, objectType, objectId, details};
    if (!operatorName.isEmpty()) {
        fields.append(operatorName);
    }
    return QJsonDocument(fields).toJson(QJsonDocument::Compact);
}

} // namespace iotca::model
