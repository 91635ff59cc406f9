#include "AssociationCsvExport.h"

#include "AssociationCsvSplitter.h"
#include "AssociationCsvValidator.h"
#include "AssociationCsvWriter.h"
#include "model/files/FileSetWriter.h"
#include "model/workspace/DeviceCertificateHistory.h"
#include "model/workspace/SqlSupport.h"
#include "model/workspace/Workspace.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace iotca::model {

namespace {

constexpr int rowsPerFile = AssociationCsvValidator::platformRowLimit;

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

Result<QStringList> AssociationCsvExport::products(const Workspace& workspace, qint64 caId)
{
    auto database = workspace.connection();
    if (!database)
        return database.error();
    auto query = sql::run(*database,
                          QStringLiteral("SELECT DISTINCT product_key FROM device_certificates "
                                         "WHERE ca_id = ? AND status <> 'Deleted' ORDER BY product_key"),
                          {caId}, tr("Could not read the device certificates from the workspace."));
    if (!query)
        return query.error();
    QStringList products;
    while (query->next())
        products.append(query->value(0).toString());
    return products;
}

Result<AssociationCsvExport::Outcome> AssociationCsvExport::write(const Workspace& workspace, qint64 caId,
                                                                  const QString& productKey, const QString& path)
{
    auto database = workspace.connection();
    if (!database)
        return database.error();
    const QString failure = tr("Could not read the device certificates from the workspace.");
    // One read: a consistent snapshot even while another process issues (WAL).
    // Each device's current certificate (DeviceCertificateHistory): a platform associates one certificate per
    // device, so neither a revoked one nor one a re-issue superseded is listed.
    QString statement = QStringLiteral("SELECT product_key, device_name, serial_hex FROM device_certificates d "
                                       "WHERE ca_id = ? AND status <> 'Deleted' AND ")
        + DeviceCertificateHistory::currentCondition(QStringLiteral("d"));
    QVariantList values {caId};
    if (!productKey.isEmpty()) {
        statement += QStringLiteral(" AND product_key = ?");
        values << productKey;
    }
    statement += QStringLiteral(" ORDER BY product_key, device_name");
    auto query = sql::run(*database, statement, values, failure);
    if (!query)
        return query.error();
    QList<AssociationRow> rows;
    QStringList products;
    while (query->next()) {
        AssociationRow row {0, query->value(0).toString(), query->value(1).toString(), query->value(2).toString()};
        if (products.isEmpty() || products.constLast() != row.productKey)
            products.append(row.productKey);
        rows.append(std::move(row));
    }
    query->finish();
    if (rows.isEmpty())
        return Error {productKey.isEmpty()
                          ? tr("The CA has no device certificates recorded in the workspace; there is nothing to "
                               "export.")
                          //: %1 is a product key
                          : tr("The CA has no device certificates recorded for the product '%1'; there is nothing "
                               "to export.")
                                .arg(productKey),
                      {},
                      QStringLiteral("NoDevices")};
    if (products.size() > 1)
        //: %1 is a list of product keys, %n how many there are
        return Error {tr("The CA's devices belong to %n products (%1); an association CSV names one product, so "
                         "choose one.",
                         nullptr, int(products.size()))
                          .arg(products.join(QStringLiteral(", "))),
                      {},
                      QStringLiteral("SeveralProducts")};

    const QFileInfo target(path);
    const int parts = int((rows.size() + rowsPerFile - 1) / rowsPerFile);
    QList<FileSetWriter::File> files;
    files.reserve(parts);
    for (int part = 0; part < parts; ++part) {
        const qsizetype from = qsizetype(part) * rowsPerFile;
        const qsizetype count = std::min<qsizetype>(rowsPerFile, rows.size() - from);
        files.append(FileSetWriter::File {parts == 1 ? target.fileName()
                                                     : AssociationCsvSplitter::partFileName(path, part + 1, parts),
                                          AssociationCsvWriter::fileContent(rows.mid(from, count))});
    }
    auto written = FileSetWriter::write(target.absolutePath(), files);
    if (!written) {
        const Error& error = written.error();
        //: %1 is a file, %2 the reason
        return Error {tr("Could not write the association CSV '%1': %2").arg(native(path), error.message), error.detail,
                      error.code};
    }
    return Outcome {products.constFirst(), int(rows.size()), *written};
}

} // namespace iotca::model
