#include "IssueDeviceCertificatesJob.h"

#include "model/workspace/CaRecord.h"

#include <QDir>

namespace iotca::model {

IssueDeviceCertificatesJob::IssueDeviceCertificatesJob(Workspace& workspace, DeviceBatchParameters parameters,
                                                       QStringList deviceNames, crypto::KeyAlgorithm keyAlgorithm,
                                                       crypto::PrivateKey caKey, QObject* parent)
    : DeviceBatchJob(workspace, std::move(parameters), std::move(caKey), parent)
    , m_deviceNames(std::move(deviceNames))
    , m_keyAlgorithm(keyAlgorithm)
{ }

IssueDeviceCertificatesJob::~IssueDeviceCertificatesJob() = default;

Result<QList<DeviceBatchJob::WorkItem>> IssueDeviceCertificatesJob::plan(const Workspace& workspace,
                                                                         const DeviceBatchParameters& parameters,
                                                                         const QStringList& deviceNames,
                                                                         crypto::KeyAlgorithm keyAlgorithm)
{
    if (Status accepted = parameters.profile.checkKeyAlgorithm(keyAlgorithm); !accepted)
        return accepted.error();
    auto ca = issuingCa(workspace, parameters);
    if (!ca)
        return ca.error();

    const QDir folder(parameters.outputFolder);
    QList<WorkItem> work;
    work.reserve(deviceNames.size());
    for (const QString& name : deviceNames) {
        WorkItem item;
        item.deviceName = name;
        item.keyAlgorithm = keyAlgorithm;
        item.certificatePath =
            folder.filePath(parameters.profile.certificateFileName(parameters.productKey, name, ca->serialHex));
        item.keyPath = folder.filePath(parameters.profile.keyFileName(parameters.productKey, name, ca->serialHex));
        work.append(std::move(item));
    }
    return finishPlan(workspace, parameters, std::move(work));
}

Status IssueDeviceCertificatesJob::validate(const Workspace& workspace, const DeviceBatchParameters& parameters,
                                            const QStringList& deviceNames, crypto::KeyAlgorithm keyAlgorithm)
{
    auto work = plan(workspace, parameters, deviceNames, keyAlgorithm);
    if (!work)
        return work.error();
    return {};
}

Result<QList<DeviceBatchJob::WorkItem>> IssueDeviceCertificatesJob::prepare(const crypto::Certificate&)
{
    return plan(workspace(), parameters(), m_deviceNames, m_keyAlgorithm);
}

} // namespace iotca::model
