#include "DeviceBatchJob.h"

#include "DeviceNameRules.h"

#include "model/csv/AssociationCsvSplitter.h"
#include "model/csv/AssociationCsvValidator.h"
#include "model/csv/AssociationCsvWriter.h"
#include "model/files/BatchFileWriter.h"
#include "model/files/DeviceArchiveWriter.h"
#include "model/files/OwnerOnlyDirectory.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/DeviceCertificateRepository.h"
#include "model/workspace/IssuanceIntents.h"
#include "model/workspace/Transaction.h"
#include "model/workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace iotca::model {

namespace {

constexpr int csvRowsPerFile = AssociationCsvValidator::platformRowLimit;

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

DeviceBatchJob::DeviceBatchJob(Workspace& workspace, DeviceBatchParameters parameters, crypto::PrivateKey caKey,
                               QObject* parent)
    : Job(parent)
    , m_workspace(workspace)
    , m_parameters(std::move(parameters))
    , m_caKey(std::move(caKey))
{
    m_pool.setMaxThreadCount(m_parameters.threads > 0 ? m_parameters.threads : QThread::idealThreadCount());
    m_commitPool.setMaxThreadCount(1);
    m_commitPool.setExpiryTimeout(-1);
    m_parameters.batchSize = std::max(1, m_parameters.batchSize);
    connect(&m_prepareWatcher, &QFutureWatcher<Status>::finished, this, &DeviceBatchJob::prepared);
    connect(&m_commitWatcher, &QFutureWatcher<CommitOutcome>::finished, this, &DeviceBatchJob::batchCommitted);
}

DeviceBatchJob::~DeviceBatchJob()
{
    // Destroyed mid-run (the window closed): stop computing, let a started commit finish (it is one transaction),
    // and take back the files nothing records.
    m_prepareWatcher.disconnect(this);
    for (const auto& batch : m_computing)
        batch->watcher->disconnect(this);
    m_commitWatcher.disconnect(this);
    m_prepareWatcher.waitForFinished();
    for (const auto& batch : m_computing)
        batch->watcher->cancel();
    for (const auto& batch : m_computing)
        batch->watcher->waitForFinished();
    m_commitWatcher.waitForFinished();
    std::vector<Item*> unrecorded;
    const auto collect = [&unrecorded](Batch* batch) {
        if (!batch)
            return;
        for (Item& item : batch->items) {
            if (item.written && !item.recorded)
                unrecorded.push_back(&item);
        }
    };
    for (const auto& batch : m_computing)
        collect(batch.get());
    for (const auto& batch : m_computed)
        collect(batch.get());
    collect(m_committing.get());
    removeFiles(unrecorded);
    if (m_archive || m_archiveTransaction)
        runOnCommitThread([this] { discardArchive(); });
    clearIntents();
    if (m_csv)
        m_csv->cancel();
}

QStringList DeviceBatchJob::plannedCsvFiles(const QString& csvPath, qint64 deviceCount)
{
    if (csvPath.isEmpty())
        return {};
    if (deviceCount <= csvRowsPerFile)
        return {csvPath};
    const int parts = int((deviceCount + csvRowsPerFile - 1) / csvRowsPerFile);
    QStringList files;
    for (int part = 1; part <= parts; ++part)
        files.append(QFileInfo(csvPath).dir().filePath(AssociationCsvSplitter::partFileName(csvPath, part, parts)));
    return files;
}

void DeviceBatchJob::doStart()
{
    // Return to the caller at once; the work starts from the event loop.
    QMetaObject::invokeMethod(this, &DeviceBatchJob::begin, Qt::QueuedConnection);
}

void DeviceBatchJob::doCancel()
{
    cancelComputing();
}

void DeviceBatchJob::cancelComputing()
{
    for (const auto& batch : m_computing)
        batch->watcher->cancel();
}

Error DeviceBatchJob::cancelledBeforeStart()
{
    return Error {tr("Cancelled before any device certificate was issued."), {}, cancelledCode()};
}

void DeviceBatchJob::begin()
{
    if (isCancelRequested())
        return finishWith(cancelledBeforeStart());
    // The checks read the workspace and the output folder for every device: on the commit thread, so the job's
    // thread (the GUI's) stays free.
    m_prepareWatcher.setFuture(QtConcurrent::run(&m_commitPool, [this] { return prepareWork(); }));
}

Status DeviceBatchJob::prepareWork()
{
    keepSubJournalsInMemory();
    auto ca = m_workspace.cas().get(m_parameters.caId);
    if (!ca)
        return ca.error();
    auto caCertificate = crypto::Certificate::fromDer(ca->certificateDer);
    if (!caCertificate)
        return caCertificate.error();
    auto work = prepare(*caCertificate);
    if (!work)
        return work.error();
    m_work = std::move(*work);
    // Check the plan and record its intents in one pass, a window at a time, in one transaction: a crash from its
    // commit on leaves rows that name every file this job may write; a failed check leaves none.
    auto intents = Transaction::begin(m_workspace);
    if (!intents)
        return intents.error();
    const QString job = IssuanceIntents::newJobId();
    auto checked = checkWork(m_workspace, m_parameters, *m_work, heldDeviceLimit(),
                             [&](const QList<WorkItem>& window) { return recordIntents(*intents, job, window); });
    if (!checked)
        return checked.error();
    m_checked = std::move(*checked);
    m_peakHeldDevices = std::max(m_peakHeldDevices, m_checked.largestWindow);
    auto issuer = crypto::DeviceCertificateIssuer::create(*caCertificate, m_caKey);
    if (!issuer)
        return issuer.error();
    m_issuer.emplace(std::move(*issuer));
    if (Status folder = OwnerOnlyDirectory::ensure(m_parameters.outputFolder); !folder)
        return folder;
    if (Status committed = intents->commit(); !committed)
        return committed;
    m_intentJob = job;
    if (isArchive()) {
        // The intents name the archive: after a crash, IssuanceRecovery removes its temporary file and drops them.
        // Every batch's rows then go into this one transaction, committed with the archive or not at all.
        m_archive = std::make_unique<DeviceArchiveWriter>(m_parameters.archivePath);
        if (Status opened = m_archive->open(); !opened)
            return opened;
        auto transaction = Transaction::begin(m_workspace);
        if (!transaction)
            return transaction.error();
        m_archiveTransaction = std::make_unique<Transaction>(std::move(*transaction));
    }
    return {};
}

Status DeviceBatchJob::recordIntents(Transaction& transaction, const QString& job, const QList<WorkItem>& window)
{
    QList<IssuanceIntent> intents;
    intents.reserve(window.size());
    const QString archive = isArchive() ? QFileInfo(m_parameters.archivePath).absoluteFilePath() : QString();
    for (const WorkItem& item : window) {
        IssuanceIntent intent;
        intent.job = job;
        intent.caId = m_parameters.caId;
        intent.productKey = m_parameters.productKey;
        intent.deviceName = item.deviceName;
        intent.certificatePath = isArchive() ? archive : QFileInfo(item.certificatePath).absoluteFilePath();
        if (!item.keyPath.isEmpty() && !isArchive())
            intent.keyPath = QFileInfo(item.keyPath).absoluteFilePath();
        intents.append(std::move(intent));
    }
    // Each intent reserves its certificate's serial (schema step 12); startBatch() reads them back when the devices'
    // batch starts, so the job signs with exactly the serials this transaction commits, and a serial another operator
    // holds is found (and drawn again) before anything is signed.
    return IssuanceIntents::insert(transaction, intents);
}

void DeviceBatchJob::clearIntents()
{
    // Every file of the job is recorded or removed by now. Should this fail, the next open finds the rows and only
    // drops them (no files).
    if (!m_intentJob.isEmpty())
        (void)IssuanceIntents::clearJob(m_workspace, m_intentJob);
    m_intentJob.clear();
}

void DeviceBatchJob::prepared()
{
    if (Status ready = m_prepareWatcher.result(); !ready)
        return finishWith(ready.error());
    if (isCancelRequested())
        return finishWith(cancelledBeforeStart());
    m_requested = m_checked.size;
    QList<AssociationRow> completedRows;
    for (const WorkItem& workItem : std::as_const(m_checked.completed)) {
        completedRows.append(AssociationRow {0, m_parameters.productKey, workItem.deviceName, workItem.serialHex});
        m_issued.append(IssuedDeviceFiles {workItem.deviceName, workItem.serialHex, workItem.certificatePath,
                                           workItem.keyPath, workItem.notAfter});
    }
    m_checked.completed.clear();
    m_completedCount = qint64(completedRows.size());
    m_plannedCsvFiles = plannedCsvFiles(m_parameters.csvPath, requestedCount());
    m_progress = m_completedCount;
    if (!completedRows.isEmpty()) {
        //: %1 is a folder, %n how many devices
        m_warnings.append(tr("%n device(s) had been issued into '%1' by an earlier run that was interrupted; they are "
                             "recorded, listed in the CSV and not issued again.",
                             nullptr, int(completedRows.size()))
                              .arg(native(m_parameters.outputFolder)));
        // Nothing runs on the commit thread now: the CSV writer can be used from here.
        if (Status csv = appendToCsv(completedRows); !csv)
            return finishWith(csv.error());
    }
    reportProgress(m_progress, requestedCount());
    advance();
}

void DeviceBatchJob::advance()
{
    if (!m_committing && !m_computed.empty()) {
        std::unique_ptr<Batch> next = std::move(m_computed.front());
        m_computed.pop_front();
        startCommit(std::move(next));
    }
    // Two batches compute at once, so the workers never wait at a batch's end: the pool starts the next batch's
    // devices as the current batch's last ones finish (measured, issue 21: one batch at a time left the cores idle at
    // every batch's tail and while the job's thread planned the next batch). The job holds at most batchesInFlight
    // batches, computing, computed (waiting for the commit thread: a slow disk cannot pile up work) and committing.
    while (m_computing.size() < computingBatches && heldBatches() < batchesInFlight && !m_failure
           && !isCancelRequested() && m_work && m_nextIndex < m_work->size())
        startBatch();
    if (m_computing.empty() && !m_committing && m_computed.empty())
        conclude();
}

void DeviceBatchJob::startBatch()
{
    // The batch's devices are made from the list now, and dropped once committed (issue 21: constant memory).
    auto batch = std::make_unique<Batch>();
    batch->first = m_started;
    const auto size = std::size_t(m_parameters.batchSize);
    batch->items.reserve(size);
    while (batch->items.size() < size && m_nextIndex < m_work->size()) {
        const qint64 end = std::min(m_work->size(), m_nextIndex + qint64(size - batch->items.size()));
        QList<WorkItem> window = m_work->items(m_nextIndex, end);
        for (qsizetype i = 0; i < window.size(); ++i) {
            if (m_checked.completedIndexes.contains(m_nextIndex + i))
                continue;
            Item item;
            item.work = std::move(window[i]);
            batch->items.push_back(std::move(item));
        }
        m_nextIndex = end;
    }
    if (batch->items.empty())
        return; // only devices an earlier run completed were left
    // The serials the intents reserved (recordIntents()). Should they not be read, no item of the batch is signed:
    // processItem() refuses an item without a serial, and the batch fails with this reason.
    QStringList names;
    names.reserve(qsizetype(batch->items.size()));
    for (const Item& item : batch->items)
        names.append(item.work.deviceName);
    auto serials = IssuanceIntents::reservedSerials(m_workspace, m_intentJob, names);
    for (Item& item : batch->items) {
        if (!serials)
            item.error = serials.error();
        else
            item.work.serial = serials->value(item.work.deviceName);
    }
    m_started += qint64(batch->items.size());
    Batch* started = batch.get();
    // Parented to the job: deleted later when the batch goes (it may go in the watcher's own signal).
    started->watcher = new QFutureWatcher<void>(this);
    connect(started->watcher, &QFutureWatcher<void>::finished, this, [this, started] { batchComputed(started); });
    connect(started->watcher, &QFutureWatcher<void>::progressValueChanged, this, [this, started](int value) {
        // Devices computed: every batch before the oldest one computing, and what each computing batch did so far
        // (not `first + value` of the newer batch: the older one may not be done).
        started->progressed = value;
        qint64 computed = m_completedCount + (m_computing.empty() ? 0 : m_computing.front()->first);
        for (const auto& computing : m_computing)
            computed += computing->progressed;
        m_progress = std::max(m_progress, computed);
        reportProgress(m_progress, requestedCount());
    });
    m_computing.push_back(std::move(batch));
    noteHeldDevices();
    started->watcher->setFuture(QtConcurrent::map(&m_pool, started->items.begin(), started->items.end(),
                                                  [this](Item& item) { processItem(item); }));
}

qsizetype DeviceBatchJob::heldBatches() const noexcept
{
    return qsizetype(m_computing.size() + m_computed.size()) + (m_committing ? 1 : 0);
}

void DeviceBatchJob::noteHeldDevices()
{
    qint64 held = 0;
    held += m_committing ? qint64(m_committing->items.size()) : 0;
    for (const auto& batch : m_computing)
        held += qint64(batch->items.size());
    for (const auto& batch : m_computed)
        held += qint64(batch->items.size());
    m_peakHeldDevices = std::max(m_peakHeldDevices, held);
}

void DeviceBatchJob::batchComputed(Batch* finished)
{
    finished->computed = true;
    // In order: a batch that finished before the one started ahead of it waits for it.
    while (!m_computing.empty() && m_computing.front()->computed) {
        std::unique_ptr<Batch> batch = std::move(m_computing.front());
        m_computing.pop_front();
        takeComputed(std::move(batch));
    }
    advance();
}

void DeviceBatchJob::takeComputed(std::unique_ptr<Batch> batch)
{
    std::vector<Item*> written = writtenItems(*batch);
    const Item* failed = nullptr;
    for (const Item& item : batch->items) {
        if (item.error) {
            failed = &item;
            break;
        }
    }
    if (failed || m_failure) {
        removeFiles(written);
        if (!m_failure)
            m_failure = *failed->error;
        cancelComputing(); // the batch started after this one: nothing after a failure is recorded
    } else if (!written.empty()) {
        m_computed.push_back(std::move(batch)); // a cancelled batch commits what it wrote
    }
}

void DeviceBatchJob::startCommit(std::unique_ptr<Batch> batch)
{
    m_committing = std::move(batch);
    m_commitWatcher.setFuture(
        QtConcurrent::run(&m_commitPool, [this, items = writtenItems(*m_committing)] { return commitItems(items); }));
}

void DeviceBatchJob::batchCommitted()
{
    const std::unique_ptr<Batch> batch = std::move(m_committing);
    const CommitOutcome outcome = m_commitWatcher.result();
    if (outcome.recorded && isArchive()) {
        for (Item* item : writtenItems(*batch)) {
            ++m_archivedCount;
            if (!item->warning.isEmpty() && !m_warnings.contains(item->warning))
                m_warnings.append(item->warning);
        }
        m_progress = std::max(m_progress, m_archivedCount);
        reportProgress(m_progress, requestedCount());
    } else if (outcome.recorded) {
        for (Item* item : writtenItems(*batch)) {
            m_issued.append(IssuedDeviceFiles {item->work.deviceName, item->serialHex, item->work.certificatePath,
                                               item->work.keyPath, item->notAfter});
            if (!item->warning.isEmpty() && !m_warnings.contains(item->warning))
                m_warnings.append(item->warning);
        }
        m_progress = std::max(m_progress, qint64(m_issued.size()));
        reportProgress(m_progress, requestedCount());
    }
    if (!outcome.status) {
        // Batches commit in order: nothing after a failed commit may be recorded.
        if (!m_failure)
            m_failure = outcome.status.error();
        for (const auto& waiting : m_computed)
            removeFiles(writtenItems(*waiting));
        m_computed.clear();
        cancelComputing();
    }
    advance();
}

std::vector<DeviceBatchJob::Item*> DeviceBatchJob::writtenItems(Batch& batch)
{
    std::vector<Item*> written;
    written.reserve(batch.items.size());
    for (Item& item : batch.items) {
        if (item.written)
            written.push_back(&item);
    }
    return written;
}

void DeviceBatchJob::processItem(Item& item) const
{
    if (item.error)
        return; // its batch could not be planned (startBatch())
    // The names were checked (checkWork()), so the subject can be made here, on the worker.
    auto subject = m_parameters.profile.subject(m_parameters.productKey, item.work.deviceName);
    if (!subject) {
        item.error = subject.error();
        return;
    }
    crypto::DeviceCertificateSpec spec;
    spec.subject = std::move(*subject);
    spec.keyAlgorithm = item.work.keyAlgorithm;
    spec.request = item.work.request;
    spec.validityDays = m_parameters.validityDays;
    spec.decodeCertificate = false; // the DER and the PEMs are all a job needs (issue 21)
    // The profile's key file format, encoded by the issuer straight from the key (issue 21).
    spec.pkcs8Key = m_parameters.profile.keyFormat() == DeviceProfile::KeyFormat::Pkcs8;
    // The serial the item's intent reserved, never one of the issuer's own choosing.
    crypto::DeviceCertificateFixedInputs fixed;
    fixed.serialNumber = item.work.serial;
    if (fixed.serialNumber.isZero()) {
        //: %1 is a device name
        item.error = Error {tr("Cannot issue the certificate of the device '%1': no serial number was reserved for it.")
                                .arg(item.work.deviceName)};
        return;
    }
    auto issued = m_issuer->issue(spec, fixed);
    if (!issued) {
        //: %1 is a device name, %2 the reason
        item.error = Error {
            tr("Cannot issue the certificate of the device '%1': %2").arg(item.work.deviceName, issued.error().message),
            issued.error().detail, issued.error().code};
        return;
    }
    if (isArchive())
        return keepForArchive(item, *issued);
    // The key first, the certificate last: a certificate on disk always has its key next to it, and a key alone
    // after a crash holds nothing signed (IssuanceRecovery removes it).
    if (!item.work.keyPath.isEmpty()) {
        if (Status written = BatchFileWriter::writeFile(item.work.keyPath, issued->keyPem.view(),
                                                        BatchFileWriter::Access::OwnerOnly);
            !written) {
            item.error = written.error();
            return;
        }
    }
    if (Status written = BatchFileWriter::writeFile(item.work.certificatePath, issued->certificatePem,
                                                    BatchFileWriter::Access::Public);
        !written) {
        if (!item.work.keyPath.isEmpty())
            QFile::remove(item.work.keyPath);
        item.error = written.error();
        return;
    }
    item.serialHex = issued->serialNumberHex;
    item.certificateDer = std::move(issued->certificateDer);
    item.notAfter = issued->notAfter;
    item.warning = issued->warning;
    item.written = true;
}

DeviceBatchJob::CommitOutcome DeviceBatchJob::commitItems(const std::vector<Item*>& items)
{
    // Files first, durably; then the rows that point at them. A crash in between leaves only orphan files. (An archive
    // is synced once, at the end, before its transaction commits.)
    if (Status synced = isArchive() ? Status {} : BatchFileWriter::syncFolder(m_parameters.outputFolder); !synced) {
        removeFiles(items);
        return {false, synced};
    }
    QList<DeviceCertificateRecord> records;
    records.reserve(qsizetype(items.size()));
    for (const Item* item : items) {
        DeviceCertificateRecord record;
        record.caId = m_parameters.caId;
        record.serialHex = item->serialHex;
        record.productKey = m_parameters.productKey;
        record.deviceName = item->work.deviceName;
        record.certificateDer = item->certificateDer;
        record.status = DeviceCertificateStatus::Issued;
        record.notAfter = item->notAfter;
        record.exportedPath = isArchive() ? m_parameters.archivePath : item->work.certificatePath;
        records.append(std::move(record));
    }
    // The rows and the end of their intents: one transaction.
    Status recorded = [&]() -> Status {
        auto transaction = Transaction::begin(m_workspace);
        if (!transaction)
            return transaction.error();
        auto added = m_workspace.devices().add(m_parameters.caId, records, DeviceCertificateOrigin::Issued);
        if (!added)
            return added.error();
        // Batch by batch also in an archive's one transaction: a single DELETE of a million intents at the end would
        // keep a statement journal of every page it changes, in memory on this thread (temp_store = MEMORY): 280 MiB
        // more RSS at 1,000,000 devices (measured).
        QStringList names;
        names.reserve(qsizetype(items.size()));
        for (const Item* item : items)
            names.append(item->work.deviceName);
        if (Status cleared = IssuanceIntents::clear(*transaction, m_intentJob, names); !cleared)
            return cleared;
        return transaction->commit();
    }();
    if (!recorded) {
        removeFiles(items);
        return {false, recorded};
    }
    if (isArchive()) {
        if (Status archived = archiveItems(items); !archived)
            return {false, archived};
        return {true, {}};
    }
    QList<AssociationRow> rows;
    rows.reserve(qsizetype(items.size()));
    for (Item* item : items) {
        item->recorded = true;
        rows.append(AssociationRow {0, m_parameters.productKey, item->work.deviceName, item->serialHex});
    }
    if (Status csv = appendToCsv(rows); !csv)
        //: %1 is the reason; the devices themselves were issued
        return {true,
                Error {tr("The device certificates were issued and recorded, but the association CSV could not "
                          "be written: %1")
                           .arg(csv.error().message),
                       csv.error().detail, csv.error().code}};
    return {true, {}};
}

void DeviceBatchJob::removeFiles(const std::vector<Item*>& items) const
{
    for (Item* item : items) {
        if (isArchive()) {
            // Nothing on disk but the temporary archive, which goes as a whole.
            item->certificatePem.clear();
            item->keyPem = crypto::SecureBuffer();
            item->written = false;
            continue;
        }
        QFile::remove(item->work.certificatePath);
        if (!item->work.keyPath.isEmpty())
            QFile::remove(item->work.keyPath);
        item->written = false;
    }
}

void DeviceBatchJob::conclude()
{
    if (m_failure)
        return finishWith(*m_failure);
    if (isArchive() && m_archivedCount < requestedCount())
        //: %1 is a file, %2 and %3 are counts
        return finishWith(Error {tr("Stopped on request after %2 of %3 devices: nothing was issued, the archive '%1' "
                                    "was not written and the workspace is as it was.")
                                     .arg(native(m_parameters.archivePath))
                                     .arg(m_archivedCount)
                                     .arg(requestedCount()),
                                 {},
                                 cancelledCode()});
    if (isArchive()) {
        // Blocks the job's thread for the CSV and manifest copy and one commit: seconds for a million devices.
        Status committed;
        runOnCommitThread([this, &committed] { committed = commitArchive(); });
        if (!committed)
            return finishWith(committed);
        m_archiveCommittedCount = m_archivedCount;
        return finishWith({});
    }
    if (qint64(m_issued.size()) < requestedCount()) {
        //: %1 and %2 are counts
        return finishWith(Error {tr("Stopped on request after issuing %1 of %2 device certificates; those are recorded "
                                    "in the workspace and listed in the CSV.")
                                     .arg(m_issued.size())
                                     .arg(requestedCount()),
                                 {},
                                 cancelledCode()});
    }
    finishWith({});
}

void DeviceBatchJob::finishWith(Status status)
{
    if (m_archive || m_archiveTransaction)
        runOnCommitThread([this] { discardArchive(); });
    // Whatever happened, the CSV lists exactly the devices that were recorded.
    Status csv = commitCsv();
    if (status.ok() && !csv.ok())
        status = csv;
    if (!status.ok() && status.error().code != cancelledCode() && !m_issued.isEmpty()) {
        const Error& error = status.error();
        //: %1 and %2 are counts, %3 the reason
        status = Error {tr("Stopped after issuing %1 of %2 device certificates (those are recorded in the workspace "
                           "and listed in the CSV): %3")
                            .arg(m_issued.size())
                            .arg(requestedCount())
                            .arg(error.message),
                        error.detail, error.code};
    }
    clearIntents();
    m_caKey = crypto::PrivateKey();
    m_issuer.reset();
    finish(std::move(status));
}

} // namespace iotca::model
