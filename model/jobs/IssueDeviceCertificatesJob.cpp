#include "IssueDeviceCertificatesJob.h"

#include "model/workspace/CaRepository.h"
#include "model/workspace/Workspace.h"

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
    auto ca = workspace.cas().get(parameters.caId);
    if (!ca)
        return ca.error();
    auto caCertificate = crypto::Certificate::fromDer(ca->certificateDer);
    if (!caCertificate)
        return caCertificate.error();
    if (Status signable = parameters.profile.checkIssuingCa(*caCertificate); !signable)
        return signable.error();

    const QDir folder(parameters.outputFolder);
    QList<WorkItem> work;
    QStringList fileNames;
    work.reserve(deviceNames.size());
    fileNames.reserve(deviceNames.size() * 2);
    for (const QString& name : deviceNames) {
        WorkItem item;
        item.deviceName = name;
        item.keyAlgorithm = keyAlgorithm;
        const QString certificateName =
            parameters.profile.certificateFileName(parameters.productKey, name, ca->serialHex);
        const QString keyName = parameters.profile.keyFileName(parameters.productKey, name, ca->serialHex);
        item.certificatePath = folder.filePath(certificateName);
        item.keyPath = folder.filePath(keyName);
        fileNames << certificateName << keyName;
        work.append(std::move(item));
    }
    if (Status checked = checkPlan(workspace, parameters, deviceNames, fileNames); !checked)
        return checked.error();
    // Subjects last: the names are known to be valid now.
    for (WorkItem& item : work) {
        auto subject = parameters.profile.subject(parameters.productKey, item.deviceName);
        if (!subject)
            return subject.error();
        item.subject = std::move(*subject);
    }
    return work;
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
