#include "DeviceReissue.h"

#include "crypto/DeviceCertificateIssuer.h"
#include "model/ModelErrorCode.h"
#include "model/files/BatchFileWriter.h"
#include "model/files/OwnerOnlyDirectory.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/DeviceCertificateHistory.h"
#include "model/workspace/DeviceCertificateRepository.h"
#include "model/workspace/IssuanceIntents.h"
#include "model/workspace/RevocationRepository.h"
#include "model/workspace/Transaction.h"
#include "model/workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

#include <algorithm>

namespace iotca::model {

namespace {

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

/// A link counts as present even when it dangles.
bool present(const QString& path)
{
    const QFileInfo info(path);
    return info.exists() || info.isSymLink();
}

/// What a failure after the intent was recorded takes back: the files, the folders it made, the intent.
class Undo
{
public:
    explicit Undo(const Workspace& workspace)
        : m_workspace(workspace)
    { }
    Undo(const Undo&) = delete;
    Undo& operator=(const Undo&) = delete;
    ~Undo()
    {
        if (m_done)
            return;
        for (const QString& file : std::as_const(m_files))
            QFile::remove(file);
        // Innermost first; rmdir() leaves a folder that holds anything else.
        for (auto it = m_folders.crbegin(); it != m_folders.crend(); ++it)
            QDir().rmdir(*it);
        if (!m_job.isEmpty())
            (void)IssuanceIntents::clearJob(m_workspace, m_job);
    }
    void addFile(const QString& path) { m_files.append(path); }
    void setFolders(QStringList folders) { m_folders = std::move(folders); }
    void setJob(const QString& job) { m_job = job; }
    void keep() { m_done = true; }

private:
    const Workspace& m_workspace;
    QStringList m_files;
    QStringList m_folders;
    QString m_job;
    bool m_done = false;
};

} // namespace

Result<DeviceReissuePlan> DeviceReissue::plan(Workspace& workspace, const DeviceReissueRequest& request)
{
    DeviceReissuePlan plan;
    auto ca = workspace.cas().get(request.caId);
    if (!ca)
        return ca.error();
    plan.ca = *ca;
    auto caCertificate = crypto::Certificate::fromDer(ca->certificateDer);
    if (!caCertificate)
        return caCertificate.error();
    if (Status signable = request.profile.checkIssuingCa(*caCertificate); !signable)
        return signable.error();
    if (request.validityDays < 1)
        return Error {tr("The validity must be at least one day."), {}, QStringLiteral("InvalidValidity")};

    auto old = workspace.devices().find(request.caId, request.serial);
    if (!old)
        return old.error();
    if (!old->has_value())
        //: %1 is a CA name, %2 a serial number
        return Error {tr("The CA '%1' has no device certificate with the serial %2.").arg(ca->name, request.serial),
                      {},
                      ErrorCode::NotFound};
    plan.old = **old;
    // Generations form a line: only the newest certificate is re-issued, so no device has two "current" branches.
    auto newest = workspace.devices().findByDevice(plan.old.productKey, plan.old.deviceName);
    if (!newest)
        return newest.error();
    if (*newest && ((*newest)->caId != plan.old.caId || (*newest)->serialHex != plan.old.serialHex))
        //: %1 and %3 are serial numbers, %2 a device name
        return Error {tr("The certificate %1 of the device '%2' was already re-issued; its newest certificate is %3. "
                         "Re-issue that one.")
                          .arg(plan.old.serialHex, plan.old.deviceName, (*newest)->serialHex),
                      {},
                      ErrorCode::NotNewest};
    auto revocation = RevocationRepository(workspace).find(request.caId, plan.old.serialHex);
    if (!revocation)
        return revocation.error();
    if (revocation->has_value()) {
        if ((*revocation)->reason == crypto::RevocationReason::KeyCompromise && !request.newKey)
            //: %1 is a serial number
            return Error {tr("The certificate %1 was revoked because its key was compromised; a re-issue for the same "
                             "key would certify that key again. Re-issue it with a new key.")
                              .arg(plan.old.serialHex),
                          {},
                          ErrorCode::KeyCompromised};
        if (request.revokeOld)
            //: %1 is a serial number
            return Error {tr("The certificate %1 is revoked already; re-issue it without revoking it again.")
                              .arg(plan.old.serialHex),
                          {},
                          ErrorCode::AlreadyRevoked};
    }
    auto oldCertificate = crypto::Certificate::fromDer(plan.old.certificateDer);
    if (!oldCertificate)
        return oldCertificate.error();
    plan.oldCertificate = *oldCertificate;

    if (request.newKey) {
        plan.keyAlgorithm =
            request.keyAlgorithm.value_or(plan.oldCertificate.keyAlgorithm().value_or(crypto::KeyAlgorithm::EcP256));
    } else {
        const auto kept = plan.oldCertificate.keyAlgorithm();
        if (!kept)
            //: %1 is a serial number, %2 a key description such as "RSA 1024-bit"
            return Error {tr("The certificate %1 is for a %2 key, which is not issued for any more; re-issue it with a "
                             "new key.")
                              .arg(plan.old.serialHex, plan.oldCertificate.keyDescription()),
                          {},
                          ErrorCode::UnsupportedKeyAlgorithm};
        plan.keyAlgorithm = *kept;
    }
    if (Status accepted = request.profile.checkKeyAlgorithm(plan.keyAlgorithm); !accepted)
        return accepted.error();

    const QFileInfo folder(request.outputFolder);
    if (folder.exists() && !folder.isDir())
        return Error {tr("The output folder '%1' is a file.").arg(native(request.outputFolder)),
                      {},
                      QStringLiteral("OutputNotAFolder")};
    const QDir dir(request.outputFolder);
    plan.certificatePath =
        dir.filePath(request.profile.certificateFileName(plan.old.productKey, plan.old.deviceName, ca->serialHex));
    if (request.newKey)
        plan.keyPath =
            dir.filePath(request.profile.keyFileName(plan.old.productKey, plan.old.deviceName, ca->serialHex));
    for (const QString& path : {plan.certificatePath, plan.keyPath}) {
        if (!path.isEmpty() && present(path))
            //: %1 is a file
            return Error {tr("The file '%1' already exists; choose another folder or move it away.").arg(native(path)),
                          {},
                          ErrorCode::OutputConflict};
    }
    return plan;
}

Result<DeviceReissueResult> DeviceReissue::run(Workspace& workspace, const DeviceReissueRequest& request,
                                               const crypto::PrivateKey& caKey)
{
    auto plan = DeviceReissue::plan(workspace, request);
    if (!plan)
        return plan.error();
    auto caCertificate = crypto::Certificate::fromDer(plan->ca.certificateDer);
    if (!caCertificate)
        return caCertificate.error();
    auto issuer = crypto::DeviceCertificateIssuer::create(*caCertificate, caKey);
    if (!issuer)
        return issuer.error();

    Undo undo(workspace);
    auto folders = OwnerOnlyDirectory::ensureCreating(request.outputFolder);
    if (!folders)
        return folders.error();
    undo.setFolders(*folders);
    // Record first: from here on a crash leaves a row naming the files that may hold a signed certificate.
    IssuanceIntent intent;
    intent.job = IssuanceIntents::newJobId();
    intent.caId = request.caId;
    intent.productKey = plan->old.productKey;
    intent.deviceName = plan->old.deviceName;
    intent.certificatePath = QFileInfo(plan->certificatePath).absoluteFilePath();
    if (!plan->keyPath.isEmpty())
        intent.keyPath = QFileInfo(plan->keyPath).absoluteFilePath();
    intent.supersedesSerial = plan->old.serialHex;
    // The intent reserves the new certificate's serial (unique per CA for every operator) before it is signed.
    auto recorded = IssuanceIntents::record(workspace, {intent});
    if (!recorded)
        return recorded.error();
    intent = recorded->constFirst();
    undo.setJob(intent.job);

    crypto::DeviceCertificateSpec spec;
    spec.subject = plan->oldCertificate.subject();
    spec.subjectAltNames = plan->oldCertificate.subjectAlternativeNames();
    spec.validityDays = request.validityDays;
    spec.keyAlgorithm = plan->keyAlgorithm;
    if (!request.newKey)
        spec.publicKeyOf = plan->oldCertificate;
    crypto::DeviceCertificateFixedInputs fixed;
    fixed.serialNumber = intent.serial;
    auto issued = issuer->issue(spec, fixed);
    if (!issued)
        //: %1 is a device name, %2 the reason
        return Error {tr("Cannot re-issue the certificate of the device '%1': %2")
                          .arg(plan->old.deviceName, issued.error().message),
                      issued.error().detail, issued.error().code};

    // The key first, the certificate last (as DeviceBatchJob): a certificate on disk always has its key beside it.
    if (request.newKey) {
        Result<crypto::SecureBuffer> keyPem = request.profile.keyFormat() == DeviceProfile::KeyFormat::Pkcs8
            ? issued->key.toUnencryptedPkcs8Pem()
            : Result<crypto::SecureBuffer>(std::move(issued->keyPem));
        if (!keyPem)
            return keyPem.error();
        undo.addFile(plan->keyPath);
        if (Status written =
                BatchFileWriter::writeFile(plan->keyPath, keyPem->view(), BatchFileWriter::Access::OwnerOnly);
            !written)
            return written.error();
    }
    undo.addFile(plan->certificatePath);
    if (Status written =
            BatchFileWriter::writeFile(plan->certificatePath, issued->certificatePem, BatchFileWriter::Access::Public);
        !written)
        return written.error();
    if (Status synced = BatchFileWriter::syncFolder(request.outputFolder); !synced)
        return synced.error();

    DeviceCertificateRecord record;
    record.caId = request.caId;
    record.serialHex = issued->serialNumberHex;
    record.productKey = plan->old.productKey;
    record.deviceName = plan->old.deviceName;
    record.certificateDer = issued->certificateDer;
    record.status = DeviceCertificateStatus::Issued;
    record.notAfter = issued->notAfter;
    record.exportedPath = plan->certificatePath;
    auto transaction = Transaction::begin(workspace);
    if (!transaction)
        return transaction.error();
    auto added = DeviceCertificateHistory::addReissue(
        *transaction, workspace, record, plan->old.serialHex,
        {{QStringLiteral("newKey"), request.newKey}, {QStringLiteral("revokedOld"), request.revokeOld}});
    if (!added)
        return added.error();
    if (request.revokeOld) {
        auto revoked = RevocationRepository(workspace).revoke(request.caId, {plan->old.serialHex},
                                                              crypto::RevocationReason::Superseded);
        if (!revoked)
            return revoked.error();
    }
    if (Status cleared = IssuanceIntents::clear(*transaction, intent.job, {intent.deviceName}); !cleared)
        return cleared.error();
    if (Status committed = transaction->commit(); !committed)
        return committed.error();
    undo.keep();

    DeviceReissueResult result;
    result.oldSerial = plan->old.serialHex;
    result.record = std::move(*added);
    result.certificatePath = plan->certificatePath;
    result.keyPath = plan->keyPath;
    result.revokedOld = request.revokeOld;
    result.warning = issued->warning;
    return result;
}

} // namespace iotca::model
