#include "DeviceBatchJob.h"

#include "BatchFileWriter.h"
#include "DeviceNameRules.h"

#include "model/csv/AssociationCsvSplitter.h"
#include "model/csv/AssociationCsvValidator.h"
#include "model/csv/AssociationCsvWriter.h"
#include "model/csv/OwnerOnlyDirectory.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/DeviceCertificateRepository.h"
#include "model/workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

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
    m_parameters.batchSize = std::max(1, m_parameters.batchSize);
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &DeviceBatchJob::batchFinished);
    connect(&m_watcher, &QFutureWatcher<void>::progressValueChanged, this,
            [this](int value) { reportProgress(qint64(m_issued.size()) + value, requestedCount()); });
}

DeviceBatchJob::~DeviceBatchJob()
{
    if (m_watcher.isRunning()) {
        // Destroyed mid-batch (the window closed): stop, and take back the files nothing records.
        m_watcher.disconnect(this);
        m_watcher.cancel();
        m_watcher.waitForFinished();
        std::vector<Item*> written;
        for (std::size_t i = m_batchBegin; i < m_batchEnd; ++i) {
            if (m_items[i].written)
                written.push_back(&m_items[i]);
        }
        removeFiles(written);
    }
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
    if (Status names = DeviceNameRules::checkDeviceNames(deviceNames); !names)
        return names;
    if (parameters.validityDays < 1)
        return Error {tr("The validity must be at least one day."), {}, QStringLiteral("InvalidValidity")};

    // None of the devices may have a certificate recorded for this product already.
    QStringList taken;
    for (const QString& name : deviceNames) {
        auto found = workspace.devices().findByDevice(parameters.productKey, name);
        if (!found)
            return found.error();
        if (found.value())
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

    // Never overwrite: refuse when a file to write is already in the output folder.
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
    if (m_watcher.isRunning())
        m_watcher.cancel();
}

void DeviceBatchJob::begin()
{
    if (isCancelRequested())
        return finishWith(Error {tr("Cancelled before any device certificate was issued."), {}, cancelledCode()});

    auto ca = m_workspace.cas().get(m_parameters.caId);
    if (!ca)
        return finishWith(ca.error());
    auto caCertificate = crypto::Certificate::fromDer(ca->certificateDer);
    if (!caCertificate)
        return finishWith(caCertificate.error());

    auto work = prepare(*caCertificate);
    if (!work)
        return finishWith(work.error());
    auto issuer = crypto::DeviceCertificateIssuer::create(*caCertificate, m_caKey);
    if (!issuer)
        return finishWith(issuer.error());
    m_issuer.emplace(std::move(*issuer));
    if (Status folder = OwnerOnlyDirectory::ensure(m_parameters.outputFolder); !folder)
        return finishWith(folder.error());

    m_items.reserve(std::size_t(work->size()));
    for (WorkItem& workItem : *work) {
        Item item;
        item.work = std::move(workItem);
        m_items.push_back(std::move(item));
    }
    m_plannedCsvFiles = plannedCsvFiles(m_parameters.csvPath, requestedCount());
    m_issued.reserve(qsizetype(m_items.size()));
    reportProgress(0, requestedCount());
    startBatch();
}

void DeviceBatchJob::startBatch()
{
    m_batchBegin = m_batchEnd;
    m_batchEnd = std::min(m_items.size(), m_batchBegin + std::size_t(m_parameters.batchSize));
    m_watcher.setFuture(QtConcurrent::map(&m_pool, m_items.begin() + qptrdiff(m_batchBegin),
                                          m_items.begin() + qptrdiff(m_batchEnd),
                                          [this](Item& item) { processItem(item); }));
}

void DeviceBatchJob::processItem(Item& item) const
{
    crypto::DeviceCertificateSpec spec;
    spec.subject = item.work.subject;
    spec.keyAlgorithm = item.work.keyAlgorithm;
    spec.request = item.work.request;
    spec.validityDays = m_parameters.validityDays;
    auto issued = m_issuer->issue(spec);
    if (!issued) {
        //: %1 is a device name, %2 the reason
        item.error = Error {
            tr("Cannot issue the certificate of the device '%1': %2").arg(item.work.deviceName, issued.error().message),
            issued.error().detail, issued.error().code};
        return;
    }
    if (Status written = BatchFileWriter::writeFile(item.work.certificatePath, issued->certificatePem,
                                                    BatchFileWriter::Access::Public);
        !written) {
        item.error = written.error();
        return;
    }
    if (!item.work.keyPath.isEmpty()) {
        Result<crypto::SecureBuffer> keyPem = m_parameters.profile.keyFormat() == DeviceProfile::KeyFormat::Pkcs8
            ? issued->key.toUnencryptedPkcs8Pem()
            : Result<crypto::SecureBuffer>(std::move(issued->keyPem));
        Status written = keyPem
            ? BatchFileWriter::writeFile(item.work.keyPath, keyPem->view(), BatchFileWriter::Access::OwnerOnly)
            : Status(keyPem.error());
        if (!written) {
            QFile::remove(item.work.certificatePath);
            item.error = written.error();
            return;
        }
    }
    item.serialHex = issued->serialNumberHex;
    item.certificateDer = std::move(issued->certificateDer);
    item.notAfter = issued->notAfter;
    item.warning = issued->warning;
    item.written = true;
}

void DeviceBatchJob::batchFinished()
{
    std::vector<Item*> written;
    const Item* failed = nullptr;
    for (std::size_t i = m_batchBegin; i < m_batchEnd; ++i) {
        Item& item = m_items[i];
        if (item.written)
            written.push_back(&item);
        else if (item.error && !failed)
            failed = &item;
    }
    if (failed) {
        removeFiles(written);
        return finishWith(*failed->error);
    }
    if (!written.empty()) {
        if (Status committed = commitItems(written); !committed)
            return finishWith(committed);
    }
    if (isCancelRequested()) {
        //: %1 and %2 are counts
        return finishWith(Error {tr("Stopped on request after issuing %1 of %2 device certificates; those are recorded "
                                    "in the workspace and listed in the CSV.")
                                     .arg(m_issued.size())
                                     .arg(requestedCount()),
                                 {},
                                 cancelledCode()});
    }
    if (m_batchEnd < m_items.size())
        return startBatch();
    finishWith({});
}

Status DeviceBatchJob::commitItems(const std::vector<Item*>& items)
{
    // Files first, durably; then the rows that point at them. A crash in between leaves only orphan files.
    if (Status synced = BatchFileWriter::syncFolder(m_parameters.outputFolder); !synced) {
        removeFiles(items);
        return synced;
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
        record.exportedPath = item->work.certificatePath;
        records.append(std::move(record));
    }
    auto added = m_workspace.devices().add(m_parameters.caId, records, DeviceCertificateOrigin::Issued);
    if (!added) {
        removeFiles(items);
        return added.error();
    }
    for (Item* item : items) {
        m_issued.append(IssuedDeviceFiles {item->work.deviceName, item->serialHex, item->work.certificatePath,
                                           item->work.keyPath, item->notAfter});
        if (!item->warning.isEmpty() && !m_warnings.contains(item->warning))
            m_warnings.append(item->warning);
        item->certificateDer.clear();
    }
    reportProgress(m_issued.size(), requestedCount());
    if (Status csv = appendToCsv(items); !csv)
        //: %1 is the reason; the devices themselves were issued
        return Error {tr("The device certificates were issued and recorded, but the association CSV could not be "
                         "written: %1")
                          .arg(csv.error().message),
                      csv.error().detail, csv.error().code};
    return {};
}

Status DeviceBatchJob::appendToCsv(const std::vector<Item*>& items)
{
    if (m_plannedCsvFiles.isEmpty())
        return {};
    for (const Item* item : items) {
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
        if (Status appended =
                m_csv->append(AssociationRow {0, m_parameters.productKey, item->work.deviceName, item->serialHex});
            !appended)
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
        QFile::remove(item->work.certificatePath);
        if (!item->work.keyPath.isEmpty())
            QFile::remove(item->work.keyPath);
        item->written = false;
    }
}

void DeviceBatchJob::finishWith(Status status)
{
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
    m_caKey = crypto::PrivateKey();
    m_issuer.reset();
    finish(std::move(status));
}

} // namespace iotca::model
