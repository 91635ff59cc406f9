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
    connect(&m_prepareWatcher, &QFutureWatcher<Result<QList<WorkItem>>>::finished, this, &DeviceBatchJob::prepared);
    connect(&m_computeWatcher, &QFutureWatcher<void>::finished, this, &DeviceBatchJob::batchComputed);
    connect(&m_commitWatcher, &QFutureWatcher<CommitOutcome>::finished, this, &DeviceBatchJob::batchCommitted);
    connect(&m_computeWatcher, &QFutureWatcher<void>::progressValueChanged, this, [this](int value) {
        if (m_computing) {
            m_progress = std::max(m_progress, m_completedCount + qint64(m_computing->begin) + value);
            reportProgress(m_progress, requestedCount());
        }
    });
}

DeviceBatchJob::~DeviceBatchJob()
{
    // Destroyed mid-run (the window closed): stop computing, let a started commit finish (it is one transaction),
    // and take back the files nothing records.
    m_prepareWatcher.disconnect(this);
    m_computeWatcher.disconnect(this);
    m_commitWatcher.disconnect(this);
    m_prepareWatcher.waitForFinished();
    m_computeWatcher.cancel();
    m_computeWatcher.waitForFinished();
    m_commitWatcher.waitForFinished();
    std::vector<Item*> unrecorded;
    for (Item& item : m_items) {
        if (item.written && !item.recorded)
            unrecorded.push_back(&item);
    }
    removeFiles(unrecorded);
    if (m_archive || m_archiveTransaction)
        QtConcurrent::run(&m_commitPool, [this] { discardArchive(); }).waitForFinished();
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

Status DeviceBatchJob::checkPlan(const Workspace& workspace, const DeviceBatchParameters& parameters,
                                 const QStringList& deviceNames, const QStringList& fileNames)
{
    if (Status product = DeviceNameRules::checkProductKey(parameters.productKey); !product)
        return product;
    const auto nameRule = parameters.profile.id() == DeviceProfile::Id::TencentIotHub ? DeviceNameRules::Rule::Tencent
                                                                                      : DeviceNameRules::Rule::Alibaba;
    if (Status names = DeviceNameRules::checkDeviceNames(deviceNames, nameRule); !names)
        return names;
    if (parameters.validityDays < 1)
        return Error {tr("The validity must be at least one day."), {}, QStringLiteral("InvalidValidity")};

    // None of the devices may have a certificate recorded for this product already.
    auto recorded = workspace.devices().recordedDeviceNames(parameters.productKey, deviceNames);
    if (!recorded)
        return recorded.error();
    QStringList taken;
    for (const QString& name : deviceNames) {
        if (recorded->contains(name))
            taken.append(name);
    }
    if (!taken.isEmpty())
        //: %1 is a device name, %2 a product key, %n how many more devices have the same problem
        return Error {tr("The device '%1' of the product '%2' already has a certificate in the workspace "
                         "(%n more devices too).",
                         nullptr, int(taken.size() - 1))
                          .arg(taken.constFirst(), parameters.productKey),
                      {},
                      QStringLiteral("DeviceExists")};

    // Never overwrite: refuse when the archive or a file to write is already in the output folder.
    if (!parameters.archivePath.isEmpty() && QFileInfo(parameters.archivePath).exists())
        //: %1 is a file
        return Error {
            tr("The archive '%1' already exists; it is never overwritten.").arg(native(parameters.archivePath)),
            {},
            QStringLiteral("OutputConflict")};
    const QFileInfo folder(parameters.outputFolder);
    if (folder.exists() && !folder.isDir())
        return Error {tr("The output folder '%1' is a file.").arg(native(parameters.outputFolder)),
                      {},
                      QStringLiteral("OutputNotAFolder")};
    if (folder.exists()) {
        const QStringList present = QDir(parameters.outputFolder).entryList(QDir::Files | QDir::Hidden | QDir::System);
        const QSet<QString> existing(present.cbegin(), present.cend());
        QStringList conflicts;
        for (const QString& fileName : fileNames) {
            if (existing.contains(fileName))
                conflicts.append(fileName);
        }
        if (!conflicts.isEmpty())
            //: %1 is a folder, %2 a file name, %n how many more files conflict
            return Error {tr("The output folder '%1' already has '%2' (%n more conflicting files); choose an empty "
                             "folder or move those files away.",
                             nullptr, int(conflicts.size() - 1))
                              .arg(native(parameters.outputFolder), conflicts.constFirst()),
                          {},
                          QStringLiteral("OutputConflict")};
    }
    for (const QString& csv : plannedCsvFiles(parameters.csvPath, deviceNames.size())) {
        if (QFileInfo::exists(csv))
            //: %1 is a file name
            return Error {tr("The CSV file '%1' already exists; choose another name or move it away.").arg(native(csv)),
                          {},
                          QStringLiteral("OutputConflict")};
    }
    return {};
}

void DeviceBatchJob::doStart()
{
    // Return to the caller at once; the work starts from the event loop.
    QMetaObject::invokeMethod(this, &DeviceBatchJob::begin, Qt::QueuedConnection);
}

void DeviceBatchJob::doCancel()
{
    m_computeWatcher.cancel();
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

Result<QList<DeviceBatchJob::WorkItem>> DeviceBatchJob::prepareWork()
{
    auto ca = m_workspace.cas().get(m_parameters.caId);
    if (!ca)
        return ca.error();
    auto caCertificate = crypto::Certificate::fromDer(ca->certificateDer);
    if (!caCertificate)
        return caCertificate.error();
    auto work = prepare(*caCertificate);
    if (!work)
        return work.error();
    auto issuer = crypto::DeviceCertificateIssuer::create(*caCertificate, m_caKey);
    if (!issuer)
        return issuer.error();
    m_issuer.emplace(std::move(*issuer));
    if (Status folder = OwnerOnlyDirectory::ensure(m_parameters.outputFolder); !folder)
        return folder.error();
    // Record first: a crash from here on leaves rows that name every file this job may write.
    if (Status recorded = recordIntents(*work); !recorded)
        return recorded.error();
    if (isArchive()) {
        // The intents name the archive: after a crash, IssuanceRecovery removes its temporary file and drops them.
        // Every batch's rows then go into this one transaction, committed with the archive or not at all.
        m_archive = std::make_unique<DeviceArchiveWriter>(m_parameters.archivePath);
        if (Status opened = m_archive->open(); !opened)
            return opened.error();
        auto transaction = Transaction::begin(m_workspace);
        if (!transaction)
            return transaction.error();
        m_archiveTransaction = std::make_unique<Transaction>(std::move(*transaction));
    }
    return work;
}

Status DeviceBatchJob::recordIntents(QList<WorkItem>& work)
{
    // One transaction, filled in chunks: a million devices never hold a million intents in memory at once. Each
    // intent reserves its certificate's serial; the job signs with exactly that serial once this commits, so a serial
    // another operator holds is found (and drawn again) before anything is signed.
    constexpr qsizetype chunk = 10'000;
    auto transaction = Transaction::begin(m_workspace);
    if (!transaction)
        return transaction.error();
    QList<IssuanceIntent> intents;
    QList<qsizetype> items; // the index in `work` of each intent
    intents.reserve(std::min(chunk, work.size()));
    items.reserve(std::min(chunk, work.size()));
    const QString job = IssuanceIntents::newJobId();
    const auto flush = [&]() -> Status {
        if (Status inserted = IssuanceIntents::insert(*transaction, intents); !inserted)
            return inserted;
        for (qsizetype i = 0; i < intents.size(); ++i)
            work[items.at(i)].serial = intents.at(i).serial;
        intents.clear();
        items.clear();
        return {};
    };
    bool any = false;
    for (qsizetype index = 0; index < work.size(); ++index) {
        const WorkItem& item = work.at(index);
        if (item.completed)
            continue;
        if (intents.size() == chunk) {
            if (Status flushed = flush(); !flushed)
                return flushed;
        }
        any = true;
        IssuanceIntent intent;
        intent.job = job;
        intent.caId = m_parameters.caId;
        intent.productKey = m_parameters.productKey;
        intent.deviceName = item.deviceName;
        intent.certificatePath = isArchive() ? QFileInfo(m_parameters.archivePath).absoluteFilePath()
                                             : QFileInfo(item.certificatePath).absoluteFilePath();
        if (!item.keyPath.isEmpty() && !isArchive())
            intent.keyPath = QFileInfo(item.keyPath).absoluteFilePath();
        intents.append(std::move(intent));
        items.append(index);
    }
    if (!any)
        return {};
    if (Status flushed = flush(); !flushed)
        return flushed;
    if (Status committed = transaction->commit(); !committed)
        return committed;
    m_intentJob = job;
    return {};
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
    Result<QList<WorkItem>> work = m_prepareWatcher.result();
    if (!work)
        return finishWith(work.error());
    if (isCancelRequested())
        return finishWith(cancelledBeforeStart());
    m_items.reserve(std::size_t(work->size()));
    QList<AssociationRow> completedRows;
    for (WorkItem& workItem : *work) {
        if (workItem.completed) {
            completedRows.append(AssociationRow {0, m_parameters.productKey, workItem.deviceName, workItem.serialHex});
            m_issued.append(IssuedDeviceFiles {workItem.deviceName, workItem.serialHex, workItem.certificatePath,
                                               workItem.keyPath, workItem.notAfter});
            continue;
        }
        Item item;
        item.work = std::move(workItem);
        m_items.push_back(std::move(item));
    }
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
    if (!isArchive())
        m_issued.reserve(qsizetype(requestedCount()));
    reportProgress(m_progress, requestedCount());
    advance();
}

void DeviceBatchJob::advance()
{
    if (!m_committing && !m_computed.empty()) {
        startCommit(m_computed.front());
        m_computed.pop_front();
    }
    // At most two computed batches wait for the commit thread, so a slow disk cannot pile up work.
    if (!m_computing && m_computed.size() < 2 && !m_failure && !isCancelRequested() && m_nextItem < m_items.size())
        startBatch();
    if (!m_computing && !m_committing && m_computed.empty())
        conclude();
}

void DeviceBatchJob::startBatch()
{
    const Batch batch {m_nextItem, std::min(m_items.size(), m_nextItem + std::size_t(m_parameters.batchSize))};
    m_nextItem = batch.end;
    m_computing = batch;
    m_computeWatcher.setFuture(QtConcurrent::map(&m_pool, m_items.begin() + qptrdiff(batch.begin),
                                                 m_items.begin() + qptrdiff(batch.end),
                                                 [this](Item& item) { processItem(item); }));
}

void DeviceBatchJob::batchComputed()
{
    const Batch batch = *m_computing;
    m_computing.reset();
    std::vector<Item*> written = writtenItems(batch);
    const Item* failed = nullptr;
    for (std::size_t i = batch.begin; i < batch.end && !failed; ++i) {
        if (m_items[i].error)
            failed = &m_items[i];
    }
    if (failed || m_failure) {
        removeFiles(written);
        if (!m_failure)
            m_failure = *failed->error;
    } else if (!written.empty()) {
        m_computed.push_back(batch); // a cancelled batch commits what it wrote
    }
    advance();
}

void DeviceBatchJob::startCommit(Batch batch)
{
    m_committing = batch;
    m_commitWatcher.setFuture(
        QtConcurrent::run(&m_commitPool, [this, items = writtenItems(batch)] { return commitItems(items); }));
}

void DeviceBatchJob::batchCommitted()
{
    const Batch batch = *m_committing;
    m_committing.reset();
    const CommitOutcome outcome = m_commitWatcher.result();
    if (outcome.recorded && isArchive()) {
        for (Item* item : writtenItems(batch)) {
            ++m_archivedCount;
            if (!item->warning.isEmpty() && !m_warnings.contains(item->warning))
                m_warnings.append(item->warning);
        }
        m_progress = std::max(m_progress, m_archivedCount);
        reportProgress(m_progress, requestedCount());
    } else if (outcome.recorded) {
        for (Item* item : writtenItems(batch)) {
            m_issued.append(IssuedDeviceFiles {item->work.deviceName, item->serialHex, item->work.certificatePath,
                                               item->work.keyPath, item->notAfter});
            if (!item->warning.isEmpty() && !m_warnings.contains(item->warning))
                m_warnings.append(item->warning);
            item->certificateDer.clear();
        }
        m_progress = std::max(m_progress, qint64(m_issued.size()));
        reportProgress(m_progress, requestedCount());
    }
    if (!outcome.status) {
        // Batches commit in order: nothing after a failed commit may be recorded.
        if (!m_failure)
            m_failure = outcome.status.error();
        for (const Batch& waiting : m_computed)
            removeFiles(writtenItems(waiting));
        m_computed.clear();
        m_computeWatcher.cancel();
    }
    advance();
}

std::vector<DeviceBatchJob::Item*> DeviceBatchJob::writtenItems(Batch batch)
{
    std::vector<Item*> written;
    for (std::size_t i = batch.begin; i < batch.end; ++i) {
        if (m_items[i].written)
            written.push_back(&m_items[i]);
    }
    return written;
}

void DeviceBatchJob::processItem(Item& item) const
{
    crypto::DeviceCertificateSpec spec;
    spec.subject = item.work.subject;
    spec.keyAlgorithm = item.work.keyAlgorithm;
    spec.request = item.work.request;
    spec.validityDays = m_parameters.validityDays;
    spec.decodeCertificate = false; // the DER and the PEMs are all a job needs (issue 21)
    // The serial recordIntents() reserved, never one of the issuer's own choosing.
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
        Result<crypto::SecureBuffer> keyPem = m_parameters.profile.keyFormat() == DeviceProfile::KeyFormat::Pkcs8
            ? issued->key.toUnencryptedPkcs8Pem()
            : Result<crypto::SecureBuffer>(std::move(issued->keyPem));
        Status written = keyPem
            ? BatchFileWriter::writeFile(item.work.keyPath, keyPem->view(), BatchFileWriter::Access::OwnerOnly)
            : Status(keyPem.error());
        if (!written) {
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
        if (Status committed = QtConcurrent::run(&m_commitPool, [this] { return commitArchive(); }).result();
            !committed)
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
        QtConcurrent::run(&m_commitPool, [this] { discardArchive(); }).waitForFinished();
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
