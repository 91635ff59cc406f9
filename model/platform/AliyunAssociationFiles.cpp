#include "AliyunAssociationFiles.h"

#include "model/csv/CertSerialText.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace iotca::model {

namespace {

/// A ProductKey as part of a file name (they are alphanumeric; anything else becomes '_').
QString fileNamePart(const QString& text)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_-]"));
    QString part = text;
    part.replace(unsafe, QStringLiteral("_"));
    return part;
}

} // namespace

Result<QList<AliyunAssociationFile>> AliyunAssociationFiles::plan(const QList<AssociationRow>& rows, int rowsPerFile)
{
    static const QRegularExpression deviceName(QStringLiteral("^[A-Za-z0-9_@.:-]{4,32}$"));
    QList<QString> products;
    QHash<QString, QList<AssociationRow>> byProduct;
    QSet<QString> serials;
    QSet<QString> devices;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        AssociationRow row = rows.at(i);
        const int number = static_cast<int>(i + 1);
        if (row.productKey.trimmed().isEmpty()) {
            //: %1 is a row number
            return Error {tr("Association row %1 has no ProductKey.").arg(number), {}, QStringLiteral("InvalidRow")};
        }
        if (!deviceName.match(row.deviceName).hasMatch()) {
            //: %1 is a row number, %2 a device name
            return Error {tr("Association row %1: the DeviceName '%2' is not 4 to 32 letters, digits or - _ @ . :")
                              .arg(number)
                              .arg(row.deviceName),
                          {},
                          QStringLiteral("InvalidRow")};
        }
        const QString serial = CertSerialText::normalised(row.certSn);
        if (serial.isEmpty()) {
            //: %1 is a row number, %2 the text given as serial number
            return Error {tr("Association row %1: '%2' is not a hexadecimal certificate serial number.")
                              .arg(number)
                              .arg(row.certSn),
                          {},
                          QStringLiteral("InvalidRow")};
        }
        const QString device = row.productKey + QLatin1Char('/') + row.deviceName;
        if (serials.contains(serial) || devices.contains(device)) {
            //: %1 is a row number, %2 a device name, %3 a serial number
            return Error {tr("Association row %1 repeats the device '%2' or the serial number %3.")
                              .arg(number)
                              .arg(row.deviceName, serial),
                          {},
                          QStringLiteral("DuplicateRow")};
        }
        serials.insert(serial);
        devices.insert(device);
        row.certSn = serial;
        if (!byProduct.contains(row.productKey))
            products.append(row.productKey);
        byProduct[row.productKey].append(row);
    }
    QList<AliyunAssociationFile> files;
    for (const QString& product : std::as_const(products)) {
        const QList<AssociationRow>& productRows = byProduct.value(product);
        for (qsizetype first = 0; first < productRows.size(); first += rowsPerFile)
            files.append(AliyunAssociationFile {product, productRows.mid(first, rowsPerFile)});
    }
    const bool single = files.size() == 1;
    QHash<QString, int> partOfProduct;
    for (AliyunAssociationFile& file : files) {
        const int part = ++partOfProduct[file.fileName];
        file.fileName = single ? QStringLiteral("association.csv")
                               : QStringLiteral("association-%1-%2.csv")
                                     .arg(fileNamePart(file.fileName))
                                     .arg(part, 3, 10, QLatin1Char('0'));
    }
    return files;
}

} // namespace iotca::model
