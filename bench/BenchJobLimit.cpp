#include "BenchJobLimit.h"

#include "BenchUtil.h"

#include "model/files/BatchFileWriter.h"
#include "model/workspace/DeviceCertificateRepository.h"
#include "model/workspace/IssuanceIntents.h"
#include "model/workspace/Transaction.h"
#include "model/workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <fcntl.h>
#include <numeric>
#include <unistd.h>
#include <vector>

namespace iotca::bench {

namespace {

PartCost cost(const Stopwatch& watch, qint64 count)
{
    PartCost part;
    if (count <= 0)
        return part;
    part.cpuMicrosecondsEach = static_cast<double>(watch.cpuNanoseconds()) / 1e3 / static_cast<double>(count);
    const qint64 wall = std::max<qint64>(1, watch.wallNanoseconds());
    part.perSecond = static_cast<double>(count) * 1e9 / static_cast<double>(wall);
    return part;
}

/// Runs `work(i)` for i in [0, count) on `threads` threads, in chunks so that each thread writes its own files.
template<class Work>
void parallel(qint64 count, int threads, Work work)
{
    const int chunks = std::max(1, threads);
    std::vector<int> indexes(static_cast<std::size_t>(chunks));
    std::iota(indexes.begin(), indexes.end(), 0);
    QThreadPool pool;
    pool.setMaxThreadCount(chunks);
    QtConcurrent::blockingMap(&pool, indexes, [&](int chunk) {
        for (qint64 i = chunk; i < count; i += chunks)
            work(i);
    });
}

} // namespace

PartCost measureFileCreation(const QString& folder, qint64 devices, int threads, int batchSize, int certificateBytes,
                             int keyBytes)
{
    QDir().mkpath(folder);
    const QByteArray certificate(certificateBytes, 'C');
    const QByteArray key(keyBytes, 'K');
    const Stopwatch watch;
    for (qint64 begin = 0; begin < devices; begin += batchSize) {
        const qint64 end = std::min<qint64>(devices, begin + batchSize);
        parallel(end - begin, threads, [&](qint64 i) {
            const QString base = QDir(folder).filePath(QStringLiteral("limit-%1").arg(begin + i));
            (void)model::BatchFileWriter::writeFile(base + QStringLiteral(".key"), key,
                                                    model::BatchFileWriter::Access::OwnerOnly);
            (void)model::BatchFileWriter::writeFile(base + QStringLiteral(".crt"), certificate,
                                                    model::BatchFileWriter::Access::Public);
        });
        (void)model::BatchFileWriter::syncFolder(folder);
    }
    return cost(watch, devices);
}

PartCost measurePlainFileCreation(const QString& folder, qint64 devices, int threads, int certificateBytes,
                                  int keyBytes)
{
    QDir().mkpath(folder);
    const QByteArray certificate(certificateBytes, 'C');
    const QByteArray key(keyBytes, 'K');
    const QByteArray base = QFile::encodeName(folder) + "/plain-";
    const auto write = [](const QByteArray& path, const QByteArray& data, mode_t mode) {
        const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
        if (fd < 0)
            return;
        (void)!::write(fd, data.constData(), std::size_t(data.size()));
        ::close(fd);
    };
    const Stopwatch watch;
    parallel(devices, threads, [&](qint64 i) {
        const QByteArray name = base + QByteArray::number(i);
        write(name + ".key", key, 0600);
        write(name + ".crt", certificate, 0644);
    });
    return cost(watch, devices);
}

PartCost measureIndexedRows(const QString& databasePath, qint64 rows, int batchSize, int derBytes)
{
    PartCost part;
    const QString connection = QStringLiteral("bench-job-limit");
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        database.setDatabaseName(databasePath);
        if (!database.open())
            return part;
        QSqlQuery query(database);
        (void)query.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        (void)query.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        (void)query.exec(QStringLiteral("CREATE TABLE devices (id INTEGER PRIMARY KEY, ca_id INTEGER NOT NULL, serial "
                                        "TEXT NOT NULL UNIQUE, product TEXT NOT NULL, name TEXT NOT NULL, der BLOB "
                                        "NOT NULL, not_after INTEGER NOT NULL, path TEXT NOT NULL)"));
        (void)query.exec(QStringLiteral("CREATE INDEX devices_name ON devices (ca_id, product, name)"));
        QSqlQuery insert(database);
        (void)insert.prepare(QStringLiteral("INSERT INTO devices (ca_id, serial, product, name, der, not_after, path) "
                                            "VALUES (1, ?, 'a1BcDeFgHiJ', ?, ?, 1893456000, ?)"));
        const QByteArray der(derBytes, 'D');
        const Stopwatch watch;
        for (qint64 begin = 0; begin < rows; begin += batchSize) {
            (void)database.transaction();
            for (qint64 i = begin; i < std::min<qint64>(rows, begin + batchSize); ++i) {
                insert.bindValue(0, QStringLiteral("%1").arg(i, 32, 16, QLatin1Char('0')));
                insert.bindValue(1, QStringLiteral("dev-%1").arg(i, 7, 10, QLatin1Char('0')));
                insert.bindValue(2, der);
                insert.bindValue(3, QStringLiteral("/output/a1BcDeFgHiJ_dev-%1.crt").arg(i));
                (void)insert.exec();
            }
            (void)database.commit();
        }
        part = cost(watch, rows);
        database.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return part;
}

PartCost measureWorkspaceRecord(model::Workspace& workspace, qint64 caId, qint64 devices, int batchSize, int derBytes,
                                QString& why)
{
    using model::IssuanceIntent;
    using model::IssuanceIntents;
    const QString job = IssuanceIntents::newJobId();
    const QString product = QStringLiteral("limitProd01");
    const auto name = [](qint64 i) { return QStringLiteral("limit-%1").arg(i, 7, 10, QLatin1Char('0')); };
    const QByteArray der(derBytes, 'D');
    const qint64 window = qint64(batchSize) * 4;
    const Stopwatch watch;
    // The job's pre-phase: every device's intent, window by window, in one transaction.
    {
        auto transaction = model::Transaction::begin(workspace);
        if (!transaction) {
            why = transaction.error().fullText();
            return {};
        }
        for (qint64 begin = 0; begin < devices; begin += window) {
            QList<IssuanceIntent> intents;
            for (qint64 i = begin; i < std::min(devices, begin + window); ++i) {
                IssuanceIntent intent;
                intent.job = job;
                intent.caId = caId;
                intent.productKey = product;
                intent.deviceName = name(i);
                intent.certificatePath = QStringLiteral("/output/%1_%2.crt").arg(product, name(i));
                intent.keyPath = QStringLiteral("/output/%1_%2.key").arg(product, name(i));
                intents.append(std::move(intent));
            }
            if (Status inserted = IssuanceIntents::insert(*transaction, intents); !inserted) {
                why = inserted.error().fullText();
                return {};
            }
        }
        if (Status committed = transaction->commit(); !committed) {
            why = committed.error().fullText();
            return {};
        }
    }
    // Each batch: its serials read back, its rows added and its intents cleared in one transaction.
    const QDateTime notAfter = QDateTime::currentDateTimeUtc().addYears(1);
    for (qint64 begin = 0; begin < devices; begin += batchSize) {
        QStringList names;
        for (qint64 i = begin; i < std::min<qint64>(devices, begin + batchSize); ++i)
            names.append(name(i));
        auto serials = IssuanceIntents::reservedSerials(workspace, job, names);
        if (!serials) {
            why = serials.error().fullText();
            return {};
        }
        QList<model::DeviceCertificateRecord> records;
        for (const QString& device : std::as_const(names)) {
            model::DeviceCertificateRecord record;
            record.caId = caId;
            record.serialHex = serials->value(device).toHex();
            record.productKey = product;
            record.deviceName = device;
            record.certificateDer = der;
            record.status = model::DeviceCertificateStatus::Issued;
            record.notAfter = notAfter;
            record.exportedPath = QStringLiteral("/output/%1_%2.crt").arg(product, device);
            records.append(std::move(record));
        }
        auto transaction = model::Transaction::begin(workspace);
        if (!transaction) {
            why = transaction.error().fullText();
            return {};
        }
        auto added = workspace.devices().add(caId, records, model::DeviceCertificateOrigin::Issued);
        Status done = added ? IssuanceIntents::clear(*transaction, job, names) : Status(added.error());
        if (done)
            done = transaction->commit();
        if (!done) {
            why = done.error().fullText();
            return {};
        }
    }
    return cost(watch, devices);
}

std::optional<PythonRun> runPythonScript(const QString& python, const QString& folder, qint64 devices, QString& why)
{
    const QString script = QStringLiteral(IOTCA_BENCH_SOURCE_DIR "/python_issue.py");
    if (!QFile::exists(script)) {
        why = QStringLiteral("%1 is missing").arg(script);
        return std::nullopt;
    }
    // Which interpreter and which cryptography: the figure depends on both (pyenv's python with cryptography 4x.x is
    // not Debian 12's /usr/bin/python3 with python3-cryptography 38.0.4).
    QProcess probe;
    probe.start(python,
                {QStringLiteral("-c"),
                 QStringLiteral("import sys, platform, cryptography; print(sys.executable); "
                                "print(platform.python_version()); print(cryptography.__version__)")});
    if (!probe.waitForFinished(30000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0) {
        why = QStringLiteral("%1 with cryptography is not installed").arg(python);
        return std::nullopt;
    }
    const QStringList lines = QString::fromUtf8(probe.readAllStandardOutput()).split(QLatin1Char('\n'));
    PythonRun result;
    result.interpreter = lines.value(0).trimmed();
    result.pythonVersion = lines.value(1).trimmed();
    result.cryptographyVersion = lines.value(2).trimmed();
    QProcess run;
    run.start(python, {script, QString::number(devices), folder, QString::number(QThread::idealThreadCount())});
    if (!run.waitForFinished(-1) || run.exitStatus() != QProcess::NormalExit || run.exitCode() != 0) {
        why = QString::fromUtf8(run.readAllStandardError()).trimmed();
        return std::nullopt;
    }
    const QJsonObject output = QJsonDocument::fromJson(run.readAllStandardOutput()).object();
    const double seconds = output.value(QStringLiteral("seconds")).toDouble();
    if (seconds <= 0) {
        why = QStringLiteral("no result");
        return std::nullopt;
    }
    result.perSecond = static_cast<double>(output.value(QStringLiteral("devices")).toInteger()) / seconds;
    return result;
}

} // namespace iotca::bench
