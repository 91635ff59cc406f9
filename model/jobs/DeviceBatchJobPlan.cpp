// DeviceBatchJob::issuingCa() and finishPlan(): the steps IssueDeviceCertificatesJob and SignCsrJob plan alike.
#include "DeviceBatchJob.h"

#include "crypto/Certificate.h"
#include "model/ModelErrorCode.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/Workspace.h"

#include <QDir>
#include <QFileInfo>

namespace iotca::model {

Result<CaRecord> DeviceBatchJob::issuingCa(const Workspace& workspace, const DeviceBatchParameters& parameters)
{
    auto ca = workspace.cas().get(parameters.caId);
    if (!ca)
        return ca.error();
    auto caCertificate = crypto::Certificate::fromDer(ca->certificateDer);
    if (!caCertificate)
        return caCertificate.error();
    if (Status signable = parameters.profile.checkIssuingCa(*caCertificate); !signable)
        return signable.error();
    return ca;
}

Result<QList<DeviceBatchJob::WorkItem>>
DeviceBatchJob::finishPlan(const Workspace& workspace, const DeviceBatchParameters& parameters, QList<WorkItem> work)
{
    // A re-run after a crash: what the interrupted run recorded into these files is done. An archive is all or
    // nothing: no run leaves part of one recorded.
    const bool archive = !parameters.archivePath.isEmpty();
    auto completed = archive ? Result<QList<WorkItem>>(QList<WorkItem> {}) : takeCompleted(workspace, parameters, work);
    if (!completed)
        return completed.error();
    if (work.isEmpty() && !completed->isEmpty())
        // Not "no names were given": they were, and every one is done already.
        //: %1 is a product key, %2 a folder, %n how many device names were given
        return Error {tr("All %n named device(s) of the product '%1' already have certificates: the workspace records "
                         "them (the CA's device list) and their files are in '%2'. Nothing was issued.",
                         nullptr, int(completed->size()))
                          .arg(parameters.productKey, QDir::toNativeSeparators(parameters.outputFolder)),
                      {},
                      ErrorCode::AllDevicesIssued};
    QStringList names;
    QStringList fileNames;
    names.reserve(work.size());
    fileNames.reserve(work.size() * 2);
    for (const WorkItem& item : std::as_const(work)) {
        names.append(item.deviceName);
        if (archive)
            continue; // the archive's entries are no files in the folder
        fileNames.append(QFileInfo(item.certificatePath).fileName());
        if (!item.keyPath.isEmpty())
            fileNames.append(QFileInfo(item.keyPath).fileName());
    }
    if (Status checked = checkPlan(workspace, parameters, names, fileNames); !checked)
        return checked.error();
    for (WorkItem& item : work) {
        auto subject = parameters.profile.subject(parameters.productKey, item.deviceName);
        if (!subject)
            return subject.error();
        item.subject = std::move(*subject);
    }
    work.append(std::move(*completed));
    return work;
}

} // namespace iotca::model
