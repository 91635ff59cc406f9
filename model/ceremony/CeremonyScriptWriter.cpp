#include "CeremonyScriptWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace iotca::model {

namespace {

// QJsonObject sorts its keys; the writer keeps the order of docs/ceremony-example.json instead, so that the file
// reads top to bottom the way the ceremony runs. Every key and scalar is still written by QJsonDocument (escaping,
// numbers); nothing typed by a user is ever inserted as JSON text.
QByteArray scalarJson(const QJsonValue& value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

class OrderedObject
{
public:
    OrderedObject& add(const QString& key, const QJsonValue& value)
    {
        QByteArray text;
        if (value.isArray()) {
            QByteArrayList items;
            for (const QJsonValue& item : value.toArray())
                items.append(scalarJson(item));
            text = '[' + items.join(", ") + ']';
        } else {
            text = scalarJson(value);
        }
        m_entries.append({key, text});
        return *this;
    }
    OrderedObject& addIfNotEmpty(const QString& key, const QString& value)
    {
        if (!value.isEmpty())
            add(key, value);
        return *this;
    }
    OrderedObject& addObject(const QString& key, const OrderedObject& object)
    {
        m_entries.append({key, object.toJson(m_indent + 2)});
        return *this;
    }
    OrderedObject& addObjects(const QString& key, const QList<OrderedObject>& objects)
    {
        const QByteArray inner(m_indent + 4, ' ');
        QByteArrayList items;
        for (const OrderedObject& object : objects)
            items.append(inner + object.toJson(m_indent + 4));
        m_entries.append({key, "[\n" + items.join(",\n") + '\n' + QByteArray(m_indent + 2, ' ') + ']'});
        return *this;
    }

    [[nodiscard]] QByteArray toJson(int indent) const
    {
        const QByteArray inner(indent + 2, ' ');
        QByteArrayList lines;
        for (const auto& [key, text] : m_entries)
            lines.append(inner + scalarJson(QJsonValue(key)) + ": " + text);
        return "{\n" + lines.join(",\n") + '\n' + QByteArray(indent, ' ') + '}';
    }

private:
    /// The top object is at indent 0; objects inside it are rendered for where they land (2, or 4 in arrays).
    static constexpr int m_indent = 0;
    QList<std::pair<QString, QByteArray>> m_entries;
};

} // namespace

QByteArray CeremonyScriptWriter::toJson(const CeremonyScript& script)
{
    OrderedObject top;
    top.add(QStringLiteral("format"), QString(CeremonyScriptParser::formatId))
        .add(QStringLiteral("title"), script.title)
        .add(QStringLiteral("officer"), script.officer)
        .add(QStringLiteral("witnesses"), QJsonArray::fromStringList(script.witnesses));
    if (!script.existingCas.isEmpty())
        top.add(QStringLiteral("existingCas"), QJsonArray::fromStringList(script.existingCas));
    if (!script.newCas.isEmpty()) {
        QList<OrderedObject> cas;
        for (const CeremonyNewCa& ca : script.newCas) {
            OrderedObject entry;
            entry.add(QStringLiteral("name"), ca.name)
                .addIfNotEmpty(QStringLiteral("issuer"), ca.issuer)
                .add(QStringLiteral("subject"), ca.subject)
                .add(QStringLiteral("key"), ca.key)
                .add(QStringLiteral("days"), ca.days);
            if (ca.pathLength)
                entry.add(QStringLiteral("pathLength"), *ca.pathLength);
            cas.append(entry);
        }
        top.addObjects(QStringLiteral("cas"), cas);
    }
    if (!script.verificationCertificates.isEmpty()) {
        QList<OrderedObject> entries;
        for (const CeremonyVerificationCertificate& v : script.verificationCertificates) {
            OrderedObject entry;
            entry.add(QStringLiteral("ca"), v.ca)
                .add(QStringLiteral("code"), v.code)
                .addIfNotEmpty(QStringLiteral("platform"), v.platform)
                .add(QStringLiteral("days"), v.days)
                .add(QStringLiteral("out"), v.out);
            entries.append(entry);
        }
        top.addObjects(QStringLiteral("verificationCertificates"), entries);
    }
    if (!script.deviceBatches.isEmpty()) {
        QList<OrderedObject> batches;
        for (const CeremonyDeviceBatch& batch : script.deviceBatches) {
            OrderedObject entry;
            entry.add(QStringLiteral("ca"), batch.ca).add(QStringLiteral("product"), batch.product);
            if (!batch.names.isEmpty())
                entry.add(QStringLiteral("names"), QJsonArray::fromStringList(batch.names));
            else
                entry.add(QStringLiteral("count"), batch.count).add(QStringLiteral("prefix"), batch.prefix);
            entry.addIfNotEmpty(QStringLiteral("key"), batch.key)
                .addIfNotEmpty(QStringLiteral("profile"), batch.profile);
            if (batch.days > 0)
                entry.add(QStringLiteral("days"), batch.days);
            entry.add(QStringLiteral("out"), batch.out).addIfNotEmpty(QStringLiteral("csv"), batch.csv);
            batches.append(entry);
        }
        top.addObjects(QStringLiteral("deviceBatches"), batches);
    }
    if (script.custody) {
        OrderedObject entry;
        entry.add(QStringLiteral("ca"), script.custody->ca)
            .add(QStringLiteral("out"), script.custody->out)
            .add(QStringLiteral("sharesOut"), script.custody->sharesOut)
            .add(QStringLiteral("threshold"), script.custody->threshold)
            .add(QStringLiteral("shares"), script.custody->shares);
        top.addObject(QStringLiteral("custody"), entry);
    }
    if (script.bundle) {
        OrderedObject entry;
        entry.add(QStringLiteral("ca"), script.bundle->ca).add(QStringLiteral("out"), script.bundle->out);
        if (!script.bundle->verificationCertificates.isEmpty())
            entry.add(QStringLiteral("verificationCertificates"),
                      QJsonArray::fromStringList(script.bundle->verificationCertificates));
        if (!script.bundle->csvs.isEmpty())
            entry.add(QStringLiteral("csvs"), QJsonArray::fromStringList(script.bundle->csvs));
        top.addObject(QStringLiteral("bundle"), entry);
    }
    OrderedObject record;
    record.add(QStringLiteral("out"), script.recordOut);
    top.addObject(QStringLiteral("record"), record);
    return top.toJson(0) + '\n';
}

} // namespace iotca::model
