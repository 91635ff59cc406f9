#include "EmulatorCredentialsParser.h"

#include <QFile>
#include <QRegularExpression>

namespace iotca::app {

Result<EmulatorCredentials> EmulatorCredentialsParser::parse(const QString& specification)
{
    QByteArray text = specification.toUtf8();
    if (specification.startsWith(QLatin1Char('@'))) {
        QFile file(specification.mid(1));
        if (!file.open(QIODevice::ReadOnly))
            return Error {tr("The credentials file '%1' cannot be read.").arg(specification.mid(1)), file.errorString(),
                          QStringLiteral("Credentials")};
        text = file.readAll();
    }
    EmulatorCredentials credentials;
    static const QRegularExpression separators(QStringLiteral("[,\\n]"));
    for (const QString& entry : QString::fromUtf8(text).split(separators, Qt::SkipEmptyParts)) {
        const QString trimmed = entry.trimmed();
        const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        if (colon <= 0 || colon == trimmed.size() - 1)
            return Error {tr("A credentials entry is not of the form ID:SECRET."), {}, QStringLiteral("Credentials")};
        credentials.insert(trimmed.left(colon), trimmed.mid(colon + 1).toUtf8());
    }
    if (credentials.isEmpty())
        return Error {tr("No credentials were given to the emulator."), {}, QStringLiteral("Credentials")};
    return credentials;
}

} // namespace iotca::app
