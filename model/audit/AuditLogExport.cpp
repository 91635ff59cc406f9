#include "AuditLogExport.h"

#include "model/csv/SpreadsheetFormulaCell.h"
#include "model/models/AuditLogModel.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace iotca::model {

namespace {
QString csvField(const QString& value, bool forPeople)
{
    QString text = value;
    // Columns written for people are opened in spreadsheets: never let one run as a formula (OWASP, "CSV
    // Injection", see SpreadsheetFormulaCell.h).
    if (forPeople && startsLikeSpreadsheetFormula(text))
        text.prepend(QLatin1Char('\''));
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

struct Row
{
    QJsonObject record;
    QStringList csv;
};

Row rowAt(const QAbstractItemModel& rows, int row)
{
    const auto cell = [&rows, row](int column, int role = Qt::DisplayRole) {
        return rows.index(row, column).data(role);
    };
    const QDateTime time = cell(0, AuditLogModel::TimeRole).toDateTime().toUTC();
    const QString details =
        QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(cell(0, AuditLogModel::DetailsRole).toMap()))
                              .toJson(QJsonDocument::Compact));
    Row result;
    result.record = {
        {QStringLiteral("id"), cell(0, AuditLogModel::IdRole).toLongLong()},
        {QStringLiteral("time"), time.toString(Qt::ISODateWithMs)},
        {QStringLiteral("localTime"), cell(AuditLogModel::Time).toString()},
        {QStringLiteral("action"), cell(0, AuditLogModel::ActionRole).toString()},
        {QStringLiteral("actionText"), cell(AuditLogModel::Action).toString()},
        {QStringLiteral("objectType"), cell(0, AuditLogModel::ObjectTypeRole).toString()},
        {QStringLiteral("objectId"), cell(0, AuditLogModel::ObjectIdRole).toString()},
        {QStringLiteral("object"), cell(AuditLogModel::Object).toString()},
        {QStringLiteral("summary"), cell(AuditLogModel::Summary).toString()},
        {QStringLiteral("details"), QJsonObject::fromVariantMap(cell(0, AuditLogModel::DetailsRole).toMap())},
        {QStringLiteral("hash"), cell(0, AuditLogModel::HashRole).toString()},
    };
    result.csv = {csvField(QString::number(result.record.value(QStringLiteral("id")).toInteger()), false),
                  csvField(time.toString(Qt::ISODateWithMs), false),
                  csvField(cell(AuditLogModel::Time).toString(), true),
                  csvField(result.record.value(QStringLiteral("action")).toString(), false),
                  csvField(cell(AuditLogModel::Action).toString(), true),
                  csvField(result.record.value(QStringLiteral("objectType")).toString(), false),
                  csvField(result.record.value(QStringLiteral("objectId")).toString(), false),
                  csvField(cell(AuditLogModel::Object).toString(), true),
                  csvField(cell(AuditLogModel::Summary).toString(), true),
                  csvField(details, false),
                  csvField(result.record.value(QStringLiteral("hash")).toString(), false)};
    return result;
}
} // namespace

AuditLogExport::Format AuditLogExport::formatFor(const QString& path)
{
    return path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? Format::Json : Format::Csv;
}

Status AuditLogExport::write(const QAbstractItemModel& rows, const QString& path, Format format)
{
    QByteArray data;
    if (format == Format::Csv) {
        // A byte order mark, so that spreadsheets read the Chinese texts as UTF-8.
        data = QByteArrayLiteral("\xEF\xBB\xBF");
        data += "id,time_utc,local_time,action,action_text,object_type,object_id,object,summary,details,hash\r\n";
        for (int row = 0; row < rows.rowCount(); ++row)
            data += rowAt(rows, row).csv.join(QLatin1Char(',')).toUtf8() + "\r\n";
    } else {
        QJsonArray entries;
        for (int row = 0; row < rows.rowCount(); ++row)
            entries.append(rowAt(rows, row).record);
        data = QJsonDocument(QJsonObject {{QStringLiteral("entries"), entries}}).toJson(QJsonDocument::Indented);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        //: %1 is a file
        return Error {tr("Cannot write the file '%1'.").arg(QDir::toNativeSeparators(path)), file.errorString()};
    if (file.write(data) != data.size() || !file.commit())
        //: %1 is a file
        return Error {tr("Cannot write the audit log to '%1'.").arg(QDir::toNativeSeparators(path)),
                      file.errorString()};
    return {};
}

} // namespace iotca::model
