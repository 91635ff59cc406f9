#include "BenchData.h"
#include "BenchPostgresData.h"
#include "BenchSection.h"
#include "BenchUtil.h"

#include "crypto/DistinguishedName.h"
#include "crypto/SecureBuffer.h"
#include "model/ca/CaCreator.h"
#include "model/ca/CaKeyAccess.h"
#include "model/jobs/IssueDeviceCertificatesJob.h"
#include "model/models/DeviceCertificateModel.h"
#include "model/workspace/DeviceCertificateRepository.h"
#include "model/workspace/Workspace.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <functional>
#include <memory>

// Section 7 (issue 23): the team workspace on PostgreSQL beside the embedded SQLite one, the same figures on both:
// bulk issuance through IssueDeviceCertificatesJob (as `iotca device issue` runs it), and a workspace of 1,000,000
// device certificates of 100 CAs (section 4's data) opened, counted, filtered, sorted, scrolled and added to.
// PostgreSQL comes from IOTCA_BENCH_POSTGRES_URL (scripts/bench starts a throwaway server); without it the section
// prints "PostgreSQL: not available (...)" and the SQLite column alone.
//
// The CPU figures are this process's: on PostgreSQL the server's backend does part of the work in another process,
// so compare wall times there (the server runs on the same machine).

namespace iotca::bench {

namespace {

using model::DeviceCertificateModel;
using model::Workspace;

/// The figures of one back end, in the order they were measured.
using Figures = QList<std::pair<QString, QString>>;

QString timeText(const Stopwatch& watch)
{
    return QStringLiteral("%1 (CPU %2)").arg(ms(watch.wallNanoseconds()), ms(watch.cpuNanoseconds()));
}

/// Opens a workspace: a folder (SQLite) or postgresql://… (team).
Result<std::unique_ptr<Workspace>> openWorkspace(const QString& location)
{
    return Workspace::open(location);
}

void issuance(const QString& location, const QString& outputFolder, qint64 count, Figures& figures)
{
    auto workspace = openWorkspace(location);
    if (!workspace) {
        figures.append({QStringLiteral("issuance"), workspace.error().fullText()});
        return;
    }
    model::NewCaParameters parameters;
    parameters.name = QStringLiteral("Team Bench Root");
    parameters.subject = *crypto::DistinguishedName::parse(QStringLiteral("CN=Team Bench Root,O=IoT CA Desk bench"));
    parameters.algorithm = crypto::KeyAlgorithm::EcP256;
    const crypto::SecureBuffer passphrase = crypto::SecureBuffer::fromString(QStringLiteral("bench passphrase"));
    auto caId = model::CaCreator::createRoot(**workspace, parameters, passphrase);
    auto key =
        caId ? model::CaKeyAccess::unlock(**workspace, *caId, passphrase) : Result<crypto::PrivateKey>(caId.error());
    if (!key) {
        figures.append({QStringLiteral("issuance"), key.error().fullText()});
        return;
    }
    QStringList names;
    names.reserve(count);
    for (qint64 i = 1; i <= count; ++i)
        names << QStringLiteral("team-%1").arg(i, 7, 10, QLatin1Char('0'));
    model::DeviceBatchParameters batch;
    batch.caId = *caId;
    batch.productKey = benchProductKey();
    batch.profile = model::DeviceProfile(model::DeviceProfile::Id::ApsaraMq);
    batch.outputFolder = outputFolder;
    batch.csvPath = QDir(outputFolder).filePath(QStringLiteral("devices.csv"));
    model::IssueDeviceCertificatesJob job(**workspace, batch, names, crypto::KeyAlgorithm::EcP256, *key);
    Status outcome;
    QEventLoop loop;
    QObject::connect(&job, &model::Job::finished, &loop, [&](const Status& status) {
        outcome = status;
        loop.quit();
    });
    const Stopwatch watch;
    job.start();
    loop.exec();
    const qint64 wall = watch.wallNanoseconds();
    const qint64 cpu = watch.cpuNanoseconds();
    const QString label = QStringLiteral("issue %1 EC P-256 devices (files, CSV, rows)").arg(number(count));
    if (!outcome) {
        figures.append({label, outcome.error().fullText()});
        return;
    }
    const qint64 issued = job.issuedCount();
    const qint64 rows = (*workspace)->devices().count(*caId).valueOr(-1);
    figures.append({label,
                    QStringLiteral("%1 s, %2; CPU %3 µs a device; rows %4")
                        .arg(static_cast<double>(wall) / 1e9, 0, 'f', 2)
                        .arg(perSecond(wall > 0 ? static_cast<double>(issued) * 1e9 / static_cast<double>(wall) : 0))
                        .arg(issued > 0 ? static_cast<double>(cpu) / 1e3 / static_cast<double>(issued) : 0, 0, 'f', 0)
                        .arg(number(rows))});
}

/// First page and count of `model` as it is filtered now.
QString pageAndCount(DeviceCertificateModel& model)
{
    const Stopwatch page;
    model.fetchMore({});
    const QString pageTime = ms(page.wallNanoseconds());
    const Stopwatch count;
    const qint64 total = model.totalCount();
    return QStringLiteral("page %1, count %2 = %3").arg(pageTime, ms(count.wallNanoseconds()), number(total));
}

std::pair<QString, QString> middleRow(const Workspace& workspace, qint64 caId, qint64 id)
{
    auto database = workspace.connection();
    if (!database)
        return {};
    QSqlQuery query(*database);
    query.prepare(QStringLiteral("SELECT serial_hex, device_name FROM device_certificates WHERE id >= ? AND ca_id = ? "
                                 "ORDER BY id LIMIT 1"));
    query.addBindValue(id);
    query.addBindValue(caId);
    if (!query.exec() || !query.next())
        return {};
    return {query.value(0).toString(), query.value(1).toString()};
}

void millionRows(const QString& location, bool postgres, qint64 rows, int caCount, qint64 scrollRows, qint64 insertRows,
                 Figures& figures)
{
    qint64 bigCaId = 0;
    {
        auto workspace = openWorkspace(location);
        if (!workspace) {
            figures.append({QStringLiteral("workspace"), workspace.error().fullText()});
            return;
        }
        const Stopwatch fill;
        auto cas = addPlaceholderCas(**workspace, caCount, QStringLiteral("Fleet CA"));
        if (!cas) {
            figures.append({QStringLiteral("workspace"), cas.error().fullText()});
            return;
        }
        bigCaId = cas->constFirst();
        const Status filled = postgres ? bulkInsertDevicesPostgres(**workspace, bigCaId, bigCaId + 1, caCount - 1, rows)
                                       : bulkInsertDevices(**workspace, bigCaId, bigCaId + 1, caCount - 1, rows);
        if (!filled) {
            figures.append({QStringLiteral("workspace"), filled.error().fullText()});
            return;
        }
        figures.append({QStringLiteral("fill %1 certificates, %2 CAs (bench SQL)").arg(number(rows)).arg(caCount),
                        timeText(fill)});
    }
    const Stopwatch opening;
    auto opened = openWorkspace(location);
    if (!opened) {
        figures.append({QStringLiteral("open"), opened.error().fullText()});
        return;
    }
    Workspace& workspace = **opened;
    figures.append({QStringLiteral("Workspace::open"), timeText(opening)});
    {
        const Stopwatch all;
        const qint64 total = workspace.devices().count().valueOr(-1);
        const QString allTime = ms(all.wallNanoseconds());
        const Stopwatch big;
        const qint64 bigTotal = workspace.devices().count(bigCaId).valueOr(-1);
        figures.append({QStringLiteral("count: every CA / fleet CA"),
                        QStringLiteral("%1 = %2; %3 = %4")
                            .arg(allTime, number(total), ms(big.wallNanoseconds()), number(bigTotal))});
    }
    DeviceCertificateModel model(&workspace);
    model.setFilter({bigCaId, {}, {}});
    model.sort(DeviceCertificateModel::Serial, Qt::AscendingOrder);
    figures.append({QStringLiteral("fleet CA by serial: first page, count"), pageAndCount(model)});
    const auto [serial, name] = middleRow(workspace, bigCaId, rows / 2);
    const QList<std::pair<QString, QString>> texts {
        {QStringLiteral("serial prefix, 3 digits"), serial.left(3).toLower()},
        {QStringLiteral("serial prefix, 6 digits"), serial.left(6)},
        {QStringLiteral("a device name"), name},
        {QStringLiteral("part of names 'sensor-00' (dense)"), QStringLiteral("sensor-00")},
        {QStringLiteral("no match 'zz-none'"), QStringLiteral("zz-none")},
    };
    for (const auto& [what, text] : texts) {
        model.setTextFilter(text);
        figures.append(
            {QStringLiteral("fleet CA, filter: ") + what, pageAndCount(model) + QStringLiteral(" ('%1')").arg(text)});
    }
    model.setTextFilter({});
    for (const bool everyCa : {false, true}) {
        model.setFilter({everyCa ? 0 : bigCaId, {}, {}});
        qint64 slowest = 0;
        qint64 fastest = -1;
        for (int column = 0; column < DeviceCertificateModel::ColumnCount; ++column) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                model.sort(column, order);
                const Stopwatch page;
                model.fetchMore({});
                const qint64 took = page.wallNanoseconds();
                slowest = std::max(slowest, took);
                fastest = fastest < 0 ? took : std::min(fastest, took);
            }
        }
        figures.append({everyCa ? QStringLiteral("every CA: sort + first page, each column")
                                : QStringLiteral("fleet CA: sort + first page, each column"),
                        QStringLiteral("%1 – %2").arg(ms(fastest), ms(slowest))});
    }
    model.setFilter({bigCaId, {}, {}});
    model.sort(DeviceCertificateModel::Serial, Qt::AscendingOrder);
    {
        const Stopwatch watch;
        qint64 slowest = 0;
        while (model.canFetchMore({}) && model.rowCount() < scrollRows) {
            const Stopwatch page;
            model.fetchMore({});
            slowest = std::max(slowest, page.wallNanoseconds());
        }
        figures.append({QStringLiteral("fleet CA: fetchMore() to %1 rows").arg(number(model.rowCount())),
                        QStringLiteral("%1, slowest page %2").arg(timeText(watch), ms(slowest))});
    }
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
                figures.append({QStringLiteral("add"), done.error().fullText()});
                return;
            }
            slowest = std::max(slowest, one.wallNanoseconds());
        }
        figures.append({QStringLiteral("add %1 in batches of 512 (page shown)").arg(number(insertRows)),
                        QStringLiteral("%1, slowest batch %2").arg(timeText(watch), ms(slowest))});
    }
}

void printSideBySide(const Figures& sqlite, const Figures& postgres, const QString& postgresMissing)
{
    out() << "    " << QStringLiteral("figure").leftJustified(48) << " | " << QStringLiteral("SQLite").leftJustified(44)
          << " | PostgreSQL\n";
    for (qsizetype i = 0; i < std::max(sqlite.size(), postgres.size()); ++i) {
        const QString label = i < sqlite.size() ? sqlite.at(i).first : postgres.at(i).first;
        const QString left = i < sqlite.size() ? sqlite.at(i).second : QString();
        const QString right = !postgresMissing.isEmpty() ? QStringLiteral("-")
            : i < postgres.size()                        ? postgres.at(i).second
                                                         : QString();
        out() << "    " << label.leftJustified(48) << " | " << left.leftJustified(44) << " | " << right << '\n';
    }
    out().flush();
}

} // namespace

int runTeamWorkspaceBench(const BenchOptions& options)
{
    const qint64 issueCount = options.size(QStringLiteral("team.issue-count"), 10'000);
    const qint64 rows = options.size(QStringLiteral("team.rows"), 1'000'000);
    const int caCount =
        static_cast<int>(std::clamp<qint64>(options.intSetting(QStringLiteral("team.cas"), 100), 2, 10'000));
    const qint64 scrollRows = options.size(QStringLiteral("team.scroll-rows"), 50'000, options.rows);
    const qint64 insertRows =
        options.size(QStringLiteral("team.insert-rows"), 10'000, std::max<qint64>(512, options.rows / 100));
    QTemporaryDir dir;
    if (!dir.isValid()) {
        out() << "  cannot create a temporary folder\n";
        return 1;
    }
    dir.setAutoRemove(!options.keepFiles);
    out() << "  " << loadAverage() << '\n';

    const QString adminUrl = benchPostgresUrl();
    QString postgresMissing;
    BenchPostgresDatabase issueDatabase;
    BenchPostgresDatabase rowsDatabase;
    if (adminUrl.isEmpty()) {
        postgresMissing = QStringLiteral("IOTCA_BENCH_POSTGRES_URL is not set; scripts/bench starts a throwaway "
                                         "PostgreSQL 15 when postgresql-15 is installed");
    } else if (QString failure = issueDatabase.create(adminUrl); !failure.isEmpty()) {
        postgresMissing = failure;
    } else if (failure = rowsDatabase.create(adminUrl); !failure.isEmpty()) {
        postgresMissing = failure;
    }
    if (postgresMissing.isEmpty())
        out() << "  PostgreSQL: " << adminUrl << " (a fresh database for each part, dropped at the end)\n";
    else
        out() << "  PostgreSQL: not available (" << postgresMissing << ")\n";

    Figures sqlite;
    Figures postgres;
    out() << "  issuance\n";
    out().flush();
    issuance(dir.filePath(QStringLiteral("issue-workspace")), dir.filePath(QStringLiteral("issue-sqlite")), issueCount,
             sqlite);
    if (postgresMissing.isEmpty())
        issuance(issueDatabase.url(), dir.filePath(QStringLiteral("issue-postgres")), issueCount, postgres);
    printSideBySide(sqlite, postgres, postgresMissing);

    out() << "  workspace with " << number(rows) << " device certificates\n";
    out().flush();
    sqlite.clear();
    postgres.clear();
    millionRows(dir.filePath(QStringLiteral("rows-workspace")), false, rows, caCount, scrollRows, insertRows, sqlite);
    if (postgresMissing.isEmpty())
        millionRows(rowsDatabase.url(), true, rows, caCount, scrollRows, insertRows, postgres);
    printSideBySide(sqlite, postgres, postgresMissing);
    out() << "  " << loadAverage() << '\n';
    return 0;
}

} // namespace iotca::bench
