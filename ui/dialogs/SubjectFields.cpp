#include "SubjectFields.h"

#include <QStringList>

namespace iotca::ui {

namespace {
QString escaped(const QString& value)
{
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        const bool special = c == QLatin1Char(',') || c == QLatin1Char('+') || c == QLatin1Char('"')
            || c == QLatin1Char('\\') || c == QLatin1Char('<') || c == QLatin1Char('>') || c == QLatin1Char(';');
        const bool edge = (i == 0 && (c == QLatin1Char('#') || c == QLatin1Char(' ')))
            || (i == value.size() - 1 && c == QLatin1Char(' '));
        if (special || edge)
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}
} // namespace

QString SubjectFields::toRfc4514() const
{
    QStringList parts;
    const auto add = [&parts](QLatin1String type, const QString& value) {
        if (!value.isEmpty())
            parts << type + QLatin1Char('=') + escaped(value);
    };
    add(QLatin1String("CN"), commonName);
    add(QLatin1String("OU"), organizationalUnit);
    add(QLatin1String("O"), organization);
    add(QLatin1String("L"), locality);
    add(QLatin1String("ST"), state);
    add(QLatin1String("C"), country);
    return parts.join(QLatin1Char(','));
}

} // namespace iotca::ui
