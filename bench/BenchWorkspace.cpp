#include "BenchData.h"
#include "BenchSection.h"
#include "BenchUtil.h"
#include "ProcessMemory.h"

#include "model/models/CaListModel.h"
#include "model/models/DeviceCertificateModel.h"
#include "model/workspace/DeviceCertificateRepository.h"
#include "model/workspace/Workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <memory>

// Section 4: a workspace with 100 CAs and 1,000,000 device certificates (one fleet CA holds half of them, the
// other 99 about 5,000 each): the time to open it, to count, to show the first page of the device list, to sort, to
// filter by text (serial prefix or part of the device name) and to scroll to the end, and the memory that costs.

namespace iotca::bench {

namespace {

using model::DeviceCertificateFilter;
using model::DeviceCertificateModel;
using model::Workspace;

/// "12.34 ms (CPU 10.00 ms)"
QString timeText(const Stopwatch& watch)
{
    return QStringLiteral("%1 (CPU %2)").arg(ms(watch.wallNanoseconds()), ms(watch.cpuNanoseconds()));
}

void line(const QString& label, const QString& text)
{
    out() << "    " << label.leftJustified(48) << ' ' << text << '\n';
    out().flush();
}

/// Fetches the first page of `model` (after a reset) and prints how long it took and how long the count took.
void firstPageAndCount(DeviceCertificateModel& model, const QString& label)
{
    const Stopwatch page;
    model.fetchMore({});
    const QString pageTime = timeText(page);
    const Stopwatch count;
    const qint64 total = model.totalCount();
    line(label,
         QStringLiteral("first page %1 (%2 rows); count %3 = %4")
             .arg(pageTime)
             .arg(model.rowCount())
             .arg(timeText(count), number(total)));
}

/// A row in the middle of `caId`'s certificates (by id: no scan), for realistic filter texts.
std::pair<QString, QString> sampleSerialAndName(const Workspace& workspace, qint64 caId, qint64 middleId)
{
    auto database = workspace.connection();
    if (!database)
        return {};
    QSqlQuery query(*database);
    query.prepare(QStringLiteral("SELECT serial_hex, device_name FROM device_certificates WHERE id >= ? AND "
                                 "(? = 0 OR ca_id = ?) ORDER BY id LIMIT 1"));
    query.addBindValue(middleId);
    query.addBindValue(caId);
    query.addBindValue(caId);
    if (!query.exec() || !query.next())
        return {};
    return {query.value(0).toString(), query.value(1).toString()};
}

/// The text filters of the issue, on one CA (or every CA).
void filterScope(DeviceCertificateModel& model, const Workspace& workspace, const QString& label,
                 const DeviceCertificateFilter& scope, qint64 middleId)
{
    model.setFilter(scope);
    model.sort(DeviceCertificateModel::Serial, Qt::AscendingOrder);
    out() << "  " << label << '\n';
    firstPageAndCount(model, QStringLiteral("no text filter"));

    const auto [serial, name] = sampleSerialAndName(workspace, scope.caId, middleId);
    const QList<std::pair<QString, QString>> texts {
        {QStringLiteral("serial prefix, 3 digits '%1'"), serial.left(3).toLower()},
        {QStringLiteral("serial prefix, 6 digits '%1'"), serial.left(2) + QLatin1Char(':') + serial.mid(2, 4)},
        {QStringLiteral("serial prefix, 1 digit '%1' (dense)"), serial.left(1)},
        {QStringLiteral("device name '%1'"), name},
        {QStringLiteral("part of names '%1' (dense)"), QStringLiteral("sensor-00")},
        {QStringLiteral("digits '%1' (serials and names)"), QStringLiteral("1234")},
        {QStringLiteral("no match '%1'"), QStringLiteral("zz-none")},
    };
    for (const auto& [what, text] : texts) {
        model.setTextFilter(text);
        firstPageAndCount(model, what.arg(text));
    }
    model.setTextFilter({});
}

void sorts(DeviceCertificateModel& model, const DeviceCertificateFilter& scope)
{
    model.setFilter(scope);
    QStringList times;
    for (int column = 0; column < DeviceCertificateModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            model.sort(column, order);
            const Stopwatch page;
            model.fetchMore({});
            times << QStringLiteral("%1%2 %3")
                         .arg(model.headerData(column, Qt::Horizontal).toString(),
                              order == Qt::AscendingOrder ? QStringLiteral("↑") : QStringLiteral("↓"))
                         .arg(ms(page.wallNanoseconds()));
        }
    }
    line(QStringLiteral("sort + first page, each column and order"), times.join(QStringLiteral(", ")));
}

/// fetchMore() to the end, as a view does when scrolled to the bottom again and again.
void scrollToEnd(DeviceCertificateModel& model, const QString& label, qint64 maxRows)
{
    const qint64 residentBefore = ProcessMemory::current().residentKiB;
    const Stopwatch watch;
    qint64 slowest = 0;
    int pages = 0;
    while (model.canFetchMore({}) && model.rowCount() < maxRows) {
        const Stopwatch page;
        model.fetchMore({});
        slowest = std::max(slowest, page.wallNanoseconds());
        ++pages;
    }
    const QString total = timeText(watch);
    const Stopwatch last;
    const QString device = model.index(model.rowCount() - 1, DeviceCertificateModel::Device).data().toString();
    const qint64 grown = ProcessMemory::current().residentKiB - residentBefore;
    line(label,
         QStringLiteral("%1 rows in %2 pages: %3, slowest page %4; data() of the last row %5 (%6); RSS +%7 "
                        "(%8 bytes a row)")
             .arg(number(model.rowCount()), number(pages), total, ms(slowest), ms(last.wallNanoseconds()), device,
                  mib(grown))
             .arg(model.rowCount() > 0 ? grown * 1024 / model.rowCount() : 0));
}

/// The filter as the model ran it before schema 4 (an OR of GLOBs and instr()), for comparison.
void oldFilterQuery(const Workspace& workspace, qint64 caId, const QString& prefix)
{
    auto database = workspace.connection();
    if (!database)
        return;
    QSqlQuery query(*database);
    query.prepare(QStringLiteral("SELECT id, ca_id, serial_hex, product_key, device_name, status, not_after, "
                                 "exported_path, serial_hex FROM device_certificates WHERE ca_id = ? AND "
                                 "(serial_hex GLOB ? OR serial_hex GLOB ? OR instr(device_name, ?) > 0) "
                                 "ORDER BY serial_hex ASC, id ASC LIMIT 256"));
    query.addBindValue(caId);
    query.addBindValue(prefix + QLatin1Char('*'));
    query.addBindValue(QLatin1Char('0') + prefix + QLatin1Char('*'));
    query.addBindValue(prefix);
    const Stopwatch watch;
    int rows = 0;
    if (query.exec()) {
        while (query.next())
            ++rows;
    }
    line(QStringLiteral("before schema 4: first page for '%1'").arg(prefix),
         QStringLiteral("%1 (%2 rows) — the query the model ran until now").arg(timeText(watch)).arg(rows));
}

} // namespace

int runWorkspaceBench(const BenchOptions& options)
{
    const qint64 rows = options.size(QStringLiteral("workspace.rows"), 1'000'000);
    const int caCount =
        static_cast<int>(std::clamp<qint64>(options.intSetting(QStringLiteral("workspace.cas"), 100), 1, 10'000));
    const qint64 scrollRows = options.intSetting(QStringLiteral("workspace.scroll-rows"), rows);
    const qint64 insertRows =
        options.size(QStringLiteral("workspace.insert-rows"), 10'000, std::max<qint64>(512, options.rows / 100));
    QTemporaryDir dir;
    if (!dir.isValid()) {
        out() << "  cannot create a temporary folder\n";
        return 1;
    }
    dir.setAutoRemove(!options.keepFiles);
    const QString folder = dir.filePath(QStringLiteral("workspace"));
    out() << "  " << loadAverage() << (options.keepFiles ? QStringLiteral("; kept in ") + folder : QString()) << '\n';

    qint64 bigCaId = 0;
    qint64 smallCaId = 0;
    {
        const Stopwatch fill;
        auto workspace = Workspace::open(folder);
        if (!workspace) {
            out() << "  " << workspace.error().fullText() << '\n';
            return 1;
        }
        auto cas = addPlaceholderCas(**workspace, caCount, QStringLiteral("Fleet CA"));
        if (!cas) {
            out() << "  " << cas.error().fullText() << '\n';
            return 1;
        }
        bigCaId = cas->constFirst();
        smallCaId = cas->constLast();
        if (Status filled = bulkInsertDevices(**workspace, bigCaId, bigCaId + 1, caCount - 1, rows); !filled) {
            out() << "  " << filled.error().fullText() << '\n';
            return 1;
        }
        const QFileInfo file(QDir(folder).filePath(Workspace::databaseFileName()));
        out() << "  built " << number(rows) << " device certificates of " << caCount << " CAs in " << timeText(fill)
              << "; workspace.db " << mib(file.size() / 1024) << '\n';
    }

    ProcessMemory::resetPeak();
    const qint64 baseline = ProcessMemory::current().residentKiB;
    const Stopwatch opening;
    auto opened = Workspace::open(folder);
    if (!opened) {
        out() << "  " << opened.error().fullText() << '\n';
        return 1;
    }
    Workspace& workspace = **opened;
    out() << "  open (page cache warm)\n";
    line(QStringLiteral("Workspace::open"), timeText(opening));
    {
        const Stopwatch list;
        model::CaListModel cas(&workspace);
        line(QStringLiteral("CaListModel, every CA"),
             QStringLiteral("%1 (%2 rows)").arg(timeText(list)).arg(cas.rowCount()));
    }
    {
        const Stopwatch all;
        const qint64 total = workspace.devices().count().valueOr(-1);
        const QString allTime = timeText(all);
        const Stopwatch big;
        const qint64 bigTotal = workspace.devices().count(bigCaId).valueOr(-1);
        const QString bigTime = timeText(big);
        const Stopwatch byStatus;
        const auto statuses = workspace.devices().countByStatus(bigCaId);
        line(QStringLiteral("counts: every CA / fleet CA / by status"),
             QStringLiteral("%1 = %2; %3 = %4; %5 (%6 statuses)")
                 .arg(allTime, number(total), bigTime, number(bigTotal), timeText(byStatus))
                 .arg(statuses ? statuses->size() : -1));
    }

    DeviceCertificateModel model(&workspace);
    const qint64 bigRows = (rows + 1) / 2;
    filterScope(model, workspace, QStringLiteral("fleet CA, %1 certificates").arg(number(bigRows)), {bigCaId, {}, {}},
                rows / 2);
    oldFilterQuery(workspace, bigCaId, sampleSerialAndName(workspace, bigCaId, rows / 2).first.left(3));
    sorts(model, {bigCaId, {}, {}});
    filterScope(
        model, workspace,
        QStringLiteral("a small CA, %1 certificates").arg(number(workspace.devices().count(smallCaId).valueOr(0))),
        {smallCaId, {}, {}}, rows / 2);
    filterScope(model, workspace, QStringLiteral("every CA, %1 certificates").arg(number(rows)), {0, {}, {}}, rows / 2);
    sorts(model, {0, {}, {}});

    out() << "  scrolling (fetchMore() until the end)\n";
    model.setFilter({bigCaId, {}, {}});
    model.sort(DeviceCertificateModel::Serial, Qt::AscendingOrder);
    scrollToEnd(model, QStringLiteral("fleet CA by serial"), scrollRows);
    model.setFilter({bigCaId, {}, QStringLiteral("sensor-00")});
    model.sort(DeviceCertificateModel::NotAfter, Qt::DescendingOrder);
    scrollToEnd(model, QStringLiteral("fleet CA, 'sensor-00', by validity"), scrollRows);

    out() << "  adding certificates while the fleet CA's first page is shown\n";
    model.setFilter({bigCaId, {}, {}});
    model.sort(DeviceCertificateModel::Serial, Qt::AscendingOrder);
    model.fetchMore({});
    {
        const Stopwatch watch;
        qint64 slowest = 0;
        for (qint64 added = 0; added < insertRows; added += 512) {
            QList<model::DeviceCertificateRecord> batch;
            for (qint64 i = added; i < std::min(insertRows, added + 512); ++i) {
                model::DeviceCertificateRecord record;
                record.serialHex = QStringLiteral("7F%1").arg(i, 30, 16, QLatin1Char('0')).toUpper();
                record.productKey = benchProductKey();
                record.deviceName = QStringLiteral("late-%1").arg(i, 7, 10, QLatin1Char('0'));
                record.certificateDer = QByteArray(500, '\0');
                record.notAfter = QDateTime::currentDateTimeUtc().addYears(1);
                batch << record;
            }
            const Stopwatch one;
            if (auto done = workspace.devices().add(bigCaId, batch); !done) {
                out() << "  " << done.error().fullText() << '\n';
                return 1;
            }
            slowest = std::max(slowest, one.wallNanoseconds());
        }
        line(QStringLiteral("%1 in batches of 512 (add() + model update)").arg(number(insertRows)),
             QStringLiteral("%1; slowest batch %2").arg(timeText(watch), ms(slowest)));
    }
    const ProcessMemory memory = ProcessMemory::current();
    out() << "  memory: RSS " << mib(memory.residentKiB) << ", peak " << mib(memory.peakKiB)
          << " since the open (baseline " << mib(baseline) << ")\n";
    return 0;
}

} // namespace iotca::bench
