// Prints how DeviceCertificateModel behaves on a workspace with 1,000,000 device certificates: the time to fill the
// table, and the time of the first page and of later pages for each sort column and filter. Not a test (speed belongs
// in benchmarks, never in assertions); run by hand: workspace_scale_probe [rows].

#include "WorkspaceFixtures.h"
#include "model/models/DeviceCertificateModel.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/DeviceCertificateRepository.h"
#include "model/workspace/Transaction.h"
#include "model/workspace/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace iotca;
using namespace iotca::model;

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;
    QTemporaryDir dir;
    auto workspace = Workspace::open(dir.filePath(QStringLiteral("ws")));
    if (!workspace) {
        std::printf("%s\n", qPrintable(workspace.error().fullText()));
        return 1;
    }
    const qint64 first = *(*workspace)->cas().add(test::sampleCa(QStringLiteral("First")));
    const qint64 second = *(*workspace)->cas().add(test::sampleCa(QStringLiteral("Second")));

    QElapsedTimer timer;
    timer.start();
    {
        auto transaction = Transaction::begin(**workspace);
        QSqlQuery fill(transaction->database());
        // Two CAs, 100 products, 600-byte certificates.
        const bool filled = fill.exec(
            QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                           "INSERT INTO device_certificates (ca_id, serial_hex, product_key, device_name, "
                           "certificate_der, status, "
                           "not_after, created) SELECT CASE WHEN i % 2 = 0 THEN %2 ELSE %3 END, printf('%08X', i), "
                           "'product' || (i % 100), 'device-' || i, zeroblob(600), 'Issued', 1900000000000 + (i * 7919 "
                           "% 100000) * "
                           "1000, 0 FROM n")
                .arg(rows)
                .arg(first)
                .arg(second));
        if (!filled || !transaction->commit()) {
            std::printf("fill failed: %s\n", qPrintable(fill.lastError().text()));
            return 1;
        }
    }
    std::printf("filled %d rows in %lld ms\n", rows, timer.elapsed());

    DeviceCertificateModel model(workspace->get());
    const auto probe = [&](const char* what) {
        timer.restart();
        model.fetchMore({});
        const qint64 firstPage = timer.elapsed();
        timer.restart();
        for (int page = 0; page < 20; ++page) {
            model.fetchMore({});
        }
        std::printf("%-40s first page %4lld ms, 20 more pages %4lld ms (%d rows shown)\n", what, firstPage,
                    timer.elapsed(), model.rowCount());
    };
    for (int column = 0; column < DeviceCertificateModel::ColumnCount; ++column) {
        model.setFilter({});
        model.sort(column, Qt::AscendingOrder);
        probe(qPrintable(QStringLiteral("all, sorted by column %1 asc").arg(column)));
        model.sort(column, Qt::DescendingOrder);
        probe(qPrintable(QStringLiteral("all, sorted by column %1 desc").arg(column)));
        model.setFilter({first, {}, {}});
        probe(qPrintable(QStringLiteral("one CA, sorted by column %1 desc").arg(column)));
    }
    model.sort(DeviceCertificateModel::Serial, Qt::AscendingOrder);
    model.setFilter({0, QStringLiteral("product7"), {}});
    probe("one product, by serial");
    model.setFilter({first, {}, QStringLiteral("000F4")});
    probe("one CA, serial prefix 000F4");
    model.setFilter({0, {}, QStringLiteral("device-99999")});
    probe("device name containing device-99999");
    timer.restart();
    const qint64 total = model.totalCount();
    std::printf("totalCount() = %lld in %lld ms\n", total, timer.elapsed());
    timer.restart();
    model.setFilter({});
    model.fetchMore({});
    const auto more = test::sampleDevices(10000, 0x7FFF0000);
    auto added = (*workspace)->devices().add(first, more);
    std::printf("10,000 more rows added while the model shows a page: %lld ms (%s)\n", timer.elapsed(),
                added ? "ok" : qPrintable(added.error().fullText()));
    return 0;
}
