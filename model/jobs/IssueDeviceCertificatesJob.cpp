#include "IssueDeviceCertificatesJob.h"

#include "model/workspace/CaRepository.h"
#include "model/workspace/Workspace.h"

#include <QDir>
#include <QFileInfo>

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
    // A re-run after a crash: what the interrupted run recorded into these files is done.
    auto completed = takeCompleted(workspace, parameters, work);
    if (!completed)
        return completed.error();
    QStringList names;
    QStringList fileNames;
    names.reserve(work.size());
    fileNames.reserve(work.size() * 2);
    for (const WorkItem& item : std::as_const(work)) {
        names.append(item.deviceName);
        fileNames << QFileInfo(item.certificatePath).fileName() << QFileInfo(item.keyPath).fileName();
    }
    if (Status checked = checkPlan(workspace, parameters, names, fileNames); !checked)
        return checked.error();
    // Subjects last: the names are known to be valid now.
    for (WorkItem& item : work) {
        auto subject = parameters.profile.subject(parameters.productKey, item.deviceName);
        if (!subject)
            return subject.error();
        item.subject = std::move(*subject);
    }
    work.append(std::move(*completed));
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
