#include "PlatformResponseScript.h"

namespace iotca::fuzz {

QList<QByteArray> splitScript(QByteArrayView data)
{
    static constexpr QByteArrayView separator("\n%%\n");
    QList<QByteArray> parts;
    qsizetype start = 0;
    for (;;) {
        const qsizetype at = data.indexOf(separator, start);
        if (at < 0) {
            parts.append(data.sliced(start).toByteArray());
            return parts;
        }
        parts.append(data.sliced(start, at - start).toByteArray());
        start = at + separator.size();
    }
}

PlatformResponseScript PlatformResponseScript::parse(QByteArrayView data)
{
    PlatformResponseScript script;
    const QList<QByteArray> parts = splitScript(data);
    script.operation = parts.first().trimmed();
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray& part = parts.at(i);
        const qsizetype headEnd = part.indexOf("\n\n");
        const QByteArray head = headEnd < 0 ? part : part.left(headEnd);
        test::CannedResponse response;
        response.body = headEnd < 0 ? QByteArray() : part.mid(headEnd + 2);
        const QList<QByteArray> lines = head.split('\n');
        bool ok = false;
        const int status = lines.first().trimmed().toInt(&ok);
        // Only statuses an HTTP client can see (three digits, or 0 for none): anything else is read as 200.
        response.status = ok && (status == 0 || (status >= 100 && status <= 999)) ? status : 200;
        for (qsizetype l = 1; l < lines.size(); ++l) {
            const qsizetype colon = lines.at(l).indexOf(':');
            if (colon > 0)
                response.headers.append({lines.at(l).left(colon).trimmed(), lines.at(l).mid(colon + 1).trimmed()});
        }
        script.responses.append(std::move(response));
    }
    return script;
}

} // namespace iotca::fuzz
