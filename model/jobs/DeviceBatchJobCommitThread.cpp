// DeviceBatchJob's commit thread: its SQLite connection's set-up, running work there, and the streamed association CSV
// (issue 21: the one thread every device passes through).
#include "DeviceBatchJob.h"

#include "model/csv/AssociationCsvValidator.h"
#include "model/csv/AssociationCsvWriter.h"
#include "model/workspace/SqlDialect.h"
#include "model/workspace/Workspace.h"

#include <QSqlQuery>

#include <future>

namespace iotca::model {

namespace {

constexpr int csvRowsPerFile = AssociationCsvValidator::platformRowLimit;

} // namespace

void DeviceBatchJob::keepSubJournalsInMemory() const
{
    // Every batch nests savepoints (the batch's Transaction inside the archive's, DeviceCertificateRepository::add()'s
    // inside the batch's): SQLite journals each page a savepoint changes into a sub-journal, a temporary FILE above
    // 64 KiB unless temp_store is MEMORY (https://www.sqlite.org/tempfiles.html, 2.5 "Statement Journal Files" and
    // 3 "Temporary File Storage Locations"). perf and strace of a 10,000-device archive showed 3.5 pwrite() calls a
    // device into /var/tmp/etilqs_* on the commit thread (a fifth of its time; issue 21). Only on this connection
    // (the commit thread's own, closed when the job's commit thread ends): a batch's sub-journal is a few hundred
    // KiB, and the workspace's other connections keep the default for their large sorts.
    auto database = m_workspace.connection();
    if (!database || sql::backendOf(*database) != sql::Backend::Sqlite)
        return;
    QSqlQuery pragma(*database);
    (void)pragma.exec(QStringLiteral("PRAGMA temp_store = MEMORY")); // an optimisation: the default works too
}

void DeviceBatchJob::runOnCommitThread(const std::function<void()>& work)
{
    // Not QtConcurrent::run(...).result() or waitForFinished(): a QFuture whose task still waits in the pool's queue
    // runs it in the waiting thread (QFutureInterfaceBase::waitForResult steals it), and the archive's transaction
    // and writer belong to the commit thread (its connection, its Transaction depth). perf showed commitArchive() on
    // the job's thread after the last batch (issue 21).
    // (Nor QThreadPool::waitForDone(): it ends the pool's threads, and with the commit thread its connection.)
    std::promise<void> done;
    std::future<void> finished = done.get_future();
    m_commitPool.start([&work, &done] {
        work();
        done.set_value();
    });
    finished.wait();
}

Status DeviceBatchJob::appendToCsv(const QList<AssociationRow>& rows)
{
    if (m_plannedCsvFiles.isEmpty())
        return {};
    for (const AssociationRow& row : rows) {
        if (m_csv && m_csv->rowCount() >= csvRowsPerFile) {
            if (Status committed = commitCsv(); !committed)
                return committed;
        }
        if (!m_csv) {
            m_csv = std::make_unique<AssociationCsvWriter>(m_plannedCsvFiles.value(m_csvPart));
            ++m_csvPart;
            if (Status opened = m_csv->open(); !opened)
                return opened;
        }
        if (Status appended = m_csv->append(row); !appended)
            return appended;
    }
    return {};
}

Status DeviceBatchJob::commitCsv()
{
    if (!m_csv)
        return {};
    const std::unique_ptr<AssociationCsvWriter> writer = std::move(m_csv);
    if (writer->rowCount() == 0) {
        writer->cancel();
        return {};
    }
    if (Status committed = writer->commit(); !committed)
        return committed;
    m_csvFiles.append(writer->path());
    return {};
}

} // namespace iotca::model
