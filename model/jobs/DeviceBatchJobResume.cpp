// DeviceBatchJob::takeCompleted(): how a re-run after a crash completes a bulk issue.
#include "DeviceBatchJob.h"

#include "crypto/Certificate.h"
#include "model/workspace/DeviceCertificateRepository.h"
#include "model/workspace/Workspace.h"

#include <QFile>
#include <QFileInfo>

namespace iotca::model {

namespace {

bool samePath(const QString& recorded, const QString& planned)
{
    const QFileInfo a(recorded);
    const QFileInfo b(planned);
    const QString canonicalA = a.canonicalFilePath();
    if (!canonicalA.isEmpty() && canonicalA == b.canonicalFilePath())
        return true;
    return a.absoluteFilePath() == b.absoluteFilePath();
}

/// Whether `path` is a regular file holding `certificateDer` (PEM or DER).
bool holdsCertificate(const QString& path, const QByteArray& certificateDer)
{
    const QFileInfo info(path);
    if (!info.isFile() || info.isSymLink() || info.size() > 64 * 1024)
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    auto certificate = crypto::Certificate::fromData(file.read(64 * 1024));
    return certificate && certificate->toDer() == certificateDer;
}

} // namespace

Result<QList<DeviceBatchJob::WorkItem>> DeviceBatchJob::takeCompleted(const Workspace& workspace,
                                                                      const DeviceBatchParameters& parameters,
                                                                      QList<WorkItem>& work)
{
    QStringList names;
    names.reserve(work.size());
    for (const WorkItem& item : std::as_const(work))
        names.append(item.deviceName);
    auto recorded = workspace.devices().recordedDeviceNames(parameters.productKey, names);
    if (!recorded)
        return recorded.error();
    QList<WorkItem> completed;
    if (recorded->isEmpty())
        return completed;
    QList<WorkItem> remaining;
    remaining.reserve(work.size());
    for (WorkItem& item : work) {
        if (recorded->contains(item.deviceName)) {
            auto record = workspace.devices().findByDevice(parameters.productKey, item.deviceName);
            if (!record)
                return record.error();
            const bool done = *record && (*record)->caId == parameters.caId
                && samePath((*record)->exportedPath, item.certificatePath)
                && holdsCertificate(item.certificatePath, (*record)->certificateDer)
                && (item.keyPath.isEmpty() || QFileInfo(item.keyPath).isFile());
            if (done) {
                item.completed = true;
                item.serialHex = (*record)->serialHex;
                item.notAfter = (*record)->notAfter;
                completed.append(std::move(item));
                continue;
            }
        }
        remaining.append(std::move(item));
    }
    work = std::move(remaining);
    return completed;
}

} // namespace iotca::model
