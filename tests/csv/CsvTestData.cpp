#include "CsvTestData.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace iotca::test::csv {

QByteArray serialText(int index)
{
    // Spread the serials out so that they have different lengths, some with an odd number of digits.
    const quint64 value = 0x1000ULL + static_cast<quint64>(index) * 0x10001ULL;
    return QByteArray::number(value, 16);
}

QString normalisedSerial(int index)
{
    QByteArray hex = serialText(index).toUpper();
    if (hex.size() % 2 != 0)
        hex.prepend('0');
    return QString::fromLatin1(hex);
}

QByteArray deviceName(int index)
{
    return QByteArrayLiteral("device-") + QByteArray::number(index).rightJustified(6, '0');
}

QByteArray associationCsv(int rows, const QByteArray& productKey)
{
    QByteArray content("ProductKey,DeviceName,CertSN\n");
    content.reserve(content.size() + rows * 40);
    for (int i = 0; i < rows; ++i) {
        content += productKey;
        content += ',';
        content += deviceName(i);
        content += ',';
        content += serialText(i);
        content += '\n';
    }
    return content;
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        QTest::qFail(qPrintable(QStringLiteral("cannot write test file %1").arg(path)), __FILE__, __LINE__);
    return path;
}

QByteArray utf16Le(const QString& text, bool withBom)
{
    QByteArray bytes;
    if (withBom)
        bytes.append("\xFF\xFE", 2);
    for (const QChar c : text) {
        bytes.append(static_cast<char>(c.unicode() & 0xFF));
        bytes.append(static_cast<char>(c.unicode() >> 8));
    }
    return bytes;
}

} // namespace iotca::test::csv
