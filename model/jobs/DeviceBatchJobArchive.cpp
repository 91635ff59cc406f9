// DeviceBatchJob's archive mode (`device issue --archive`): the entries, the one transaction, the commit.
#include "DeviceBatchJob.h"

#include "model/csv/AssociationCsvValidator.h"
#include "model/csv/AssociationRow.h"
#include "model/files/DeviceArchiveWriter.h"
#include "model/workspace/Transaction.h"

#include <QDir>
#include <QFileInfo>

namespace iotca::model {

namespace {

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

void DeviceBatchJob::keepForArchive(Item& item, crypto::IssuedDeviceCertificate& issued) const
{
    // The commit thread adds the bytes to the archive; the manifest's hashes and the ZIP's CRCs are computed here, in
    // parallel.
    if (!item.work.keyPath.isEmpty()) {
        item.keyPem = std::move(issued.keyPem);
        item.keyDigest = ArchiveFileDigest::of(item.keyPem.view());
    }
    item.certificateDigest = ArchiveFileDigest::of(issued.certificatePem);
    item.certificatePem = std::move(issued.certificatePem);
    item.serialHex = issued.serialNumberHex;
    item.certificateDer = std::move(issued.certificateDer);
    item.notAfter = issued.notAfter;
    item.warning = issued.warning;
    item.written = true;
}

Status DeviceBatchJob::archiveItems(const std::vector<Item*>& items)
{
    // The entries carry the names the files would have in a folder (DeviceProfile::certificateFileName/keyFileName):
    // for Alibaba Cloud IoT Platform "[ProductKey]_[DeviceName]_[CA_SN].cer" and ".key" (seed 003, "File name
    // format"), so the unpacked archive is what the platform's tools expect.
    for (Item* item : items) {
        if (!item->work.keyPath.isEmpty()) {
            if (Status added = m_archive->addFile(QFileInfo(item->work.keyPath).fileName(), item->keyPem.view(),
                                                  item->keyDigest, true);
                !added)
                return added;
        }
        if (Status added = m_archive->addFile(QFileInfo(item->work.certificatePath).fileName(), item->certificatePem,
                                              item->certificateDigest, false);
            !added)
            return added;
        if (Status row = m_archive->appendCsvRow(
                AssociationRow {0, m_parameters.productKey, item->work.deviceName, item->serialHex});
            !row)
            return row;
        item->certificatePem.clear();
        item->certificateDer.clear();
        item->keyPem = crypto::SecureBuffer();
        item->recorded = true;
    }
    return {};
}

Status DeviceBatchJob::commitArchive()
{
    // Durable archive (still at its temporary name) first, then the rows, then the name: a crash before the commit
    // leaves intents that IssuanceRecovery resolves by removing the temporary archive; a crash after it leaves the rows
    // and the complete archive at its temporary name.
    const QString csvName = m_parameters.csvPath.isEmpty()
        ? QFileInfo(m_parameters.archivePath).completeBaseName() + QStringLiteral(".csv")
        : QFileInfo(m_parameters.csvPath).fileName();
    if (Status finished = m_archive->finish(csvName, AssociationCsvValidator::platformRowLimit); !finished)
        return finished;
    if (Status committed = m_archiveTransaction->commit(); !committed)
        return committed;
    m_archiveTransaction.reset();
    // Recorded from here on, whatever happens to the name (the job's thread waits for this function).
    m_archiveCommittedCount = m_archivedCount;
    Status renamed = m_archive->commit();
    if (!renamed)
        m_archive->keepTemporary();
    m_archive.reset();
    if (!renamed)
        //: %1 is the reason, %2 a file
        return Error {
            tr("The devices were recorded, but the archive could not be put in place: %1 The complete "
               "archive is in '%2'.")
                .arg(renamed.error().message, native(DeviceArchiveWriter::temporaryPath(m_parameters.archivePath))),
            renamed.error().detail, renamed.error().code};
    return {};
}

void DeviceBatchJob::discardArchive()
{
    if (m_archiveTransaction)
        m_archiveTransaction->rollback();
    m_archiveTransaction.reset();
    if (m_archive)
        m_archive->cancel();
    m_archive.reset();
}

} // namespace iotca::model
