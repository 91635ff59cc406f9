#include "SyncOperation.h"

#include "DeviceStatusReconciler.h"
#include "RegistrationRecorder.h"
#include "crypto/Certificate.h"
#include "model/workspace/CaRegistrationRepository.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/PendingRegistrationRepository.h"
#include "model/workspace/Workspace.h"

#include <QDateTime>
#include <QSet>

namespace iotca::model {

namespace {

/// Tencent names CAs (case matters); ApsaraMQ serials and AWS certificate ids are hexadecimal.
Qt::CaseSensitivity idCase(PlatformId platform)
{
    return platform == PlatformId::TencentIotHub ? Qt::CaseSensitive : Qt::CaseInsensitive;
}

} // namespace

void SyncOperation::start()
{
    if (Status writable = checkWritable(); !writable)
        return fail(writable.error());
    if (Status supported = rules().checkOperation(PlatformCapabilities::Operation::ListCas); !supported)
        return fail(supported.error());
    progress(0, 3, tr("Reading the CA certificates of the account"));
    track(connector().listCas(
        step<Result<QList<RemoteCaCertificate>>>([this](auto listed) { onListed(std::move(listed)); })));
}

void SyncOperation::onListed(Result<QList<RemoteCaCertificate>> listed)
{
    if (!listed)
        return fail(inStep(tr("Reading the CA certificates of the account"), listed.error()));
    if (stopIfCancelled())
        return;
    m_remote = std::move(*listed);
    describeNext();
}

void SyncOperation::describeNext()
{
    auto recorded = workspace().registrations().forAccount(accountId());
    if (!recorded)
        return fail(recorded.error());
    const Qt::CaseSensitivity sensitivity = idCase(capabilities().platform);
    while (m_describeIndex < m_remote.size()) {
        const RemoteCaCertificate& ca = m_remote.at(m_describeIndex);
        const bool known = std::any_of(recorded->cbegin(), recorded->cend(), [&](const CaRegistrationRecord& r) {
            return r.status != RegistrationStatus::Deleted && r.remoteId.compare(ca.remoteId, sensitivity) == 0;
        });
        if (!ca.certificatePem.isEmpty() || known || !capabilities().supports(PlatformCapabilities::Operation::GetCa)) {
            ++m_describeIndex;
            continue;
        }
        const QString what = tr("Reading the CA certificate %1").arg(ca.remoteId);
        progress(0, 3, what);
        track(connector().getCa(ca.remoteId, step<Result<RemoteCaCertificate>>([this, what](auto described) {
                                    if (!described)
                                        return fail(inStep(what, described.error()));
                                    if (stopIfCancelled())
                                        return;
                                    RemoteCaCertificate& entry = m_remote[m_describeIndex];
                                    entry.certificatePem = described->certificatePem;
                                    ++m_describeIndex;
                                    describeNext();
                                })));
        return;
    }
    adoptAndRecord();
}

void SyncOperation::adoptAndRecord()
{
    progress(1, 3, tr("Recording the statuses found"));
    auto recorded = workspace().registrations().forAccount(accountId());
    auto cas = workspace().cas().list();
    if (!recorded || !cas)
        return fail(!recorded ? recorded.error() : cas.error());
    const Qt::CaseSensitivity sensitivity = idCase(capabilities().platform);
    QHash<QByteArray, qint64> caByDer;
    for (const CaRecord& ca : std::as_const(*cas))
        caByDer.insert(ca.certificateDer, ca.id);
    QSet<qint64> registeredCas;
    for (const CaRegistrationRecord& registration : std::as_const(*recorded)) {
        if (registration.status != RegistrationStatus::Deleted)
            registeredCas.insert(registration.caId);
    }
    // A listed CA whose certificate is a workspace CA with no live registration here: the platform registered it
    // (e.g. a registration whose answer was lost), so the workspace adopts it rather than refusing it forever as a
    // duplicate serial. Matched by the certificate itself (DER), never by name or serial alone: the field each
    // platform reports it in is AWS DescribeCACertificate certificateDescription.certificatePem, ApsaraMQ
    // ListCaCertificate Data.CaCertificateVOS[].CaContent and Tencent DescribePrivateCAs CertText
    // (../shared/docs/platform-tencent-aws.md "CACertificateDescription", platform-alibaba.md "Data of
    // GetCaCertificate").
    RegistrationRecorder recorder(workspace(), accountId());
    for (const RemoteCaCertificate& remote : std::as_const(m_remote)) {
        const bool known = std::any_of(recorded->cbegin(), recorded->cend(), [&](const CaRegistrationRecord& r) {
            return r.status != RegistrationStatus::Deleted && r.remoteId.compare(remote.remoteId, sensitivity) == 0;
        });
        if (known || remote.certificatePem.isEmpty())
            continue;
        const auto certificate = crypto::Certificate::fromPem(remote.certificatePem);
        if (!certificate)
            continue;
        const auto caId = caByDer.constFind(certificate->toDer());
        if (caId == caByDer.cend() || registeredCas.contains(*caId))
            continue;
        CaRegistrationRecord adopted;
        adopted.caId = *caId;
        adopted.accountId = accountId();
        adopted.remoteId = remote.remoteId;
        adopted.status =
            remote.status == RemoteStatus::Active ? RegistrationStatus::Activated : RegistrationStatus::Inactivated;
        adopted.registrationCode = remote.registrationCode;
        adopted.registeredAt = QDateTime::currentDateTimeUtc();
        if (auto stored = recorder.recordRegistration(adopted); !stored)
            return fail(inStep(tr("Recording the statuses found"), stored.error()));
        registeredCas.insert(*caId);
        ++m_outcome.adopted;
    }
    // A registration recorded by hand while offline (ManualRegistration) is confirmed once the platform lists the
    // CA's own certificate: that is when the adoption above, or an earlier registration, recorded it.
    PendingRegistrationRepository unconfirmed(workspace());
    if (auto marked = unconfirmed.unconfirmedForAccount(accountId())) {
        for (const UnconfirmedRegistrationRecord& record : std::as_const(*marked)) {
            if (!registeredCas.contains(record.caId))
                continue;
            if (Status removed = unconfirmed.removeUnconfirmed(record.caId, accountId()); !removed)
                return fail(inStep(tr("Recording the statuses found"), removed.error()));
            ++m_outcome.confirmed;
        }
    }
    auto synced = recorder.recordSync(m_remote, sensitivity == Qt::CaseInsensitive);
    if (!synced)
        return fail(inStep(tr("Recording the statuses found"), synced.error()));
    m_outcome.checked = synced->checked;
    m_outcome.changed = synced->changed;
    m_outcome.vanished = synced->vanished;
    if (!capabilities().supports(PlatformCapabilities::Operation::ListDevices)) {
        progress(3, 3, tr("Done"));
        return finish(m_outcome);
    }
    auto live = workspace().registrations().forAccount(accountId());
    if (!live)
        return fail(live.error());
    for (const CaRegistrationRecord& registration : std::as_const(*live)) {
        if (registration.status != RegistrationStatus::Deleted)
            m_live.append(registration);
    }
    syncNextDevices();
}

void SyncOperation::syncNextDevices()
{
    if (m_deviceIndex >= m_live.size()) {
        progress(3, 3, tr("Done"));
        return finish(m_outcome);
    }
    if (stopIfCancelled())
        return;
    const CaRegistrationRecord registration = m_live.at(m_deviceIndex);
    const QString what = tr("Reading the device certificates of the CA '%1'").arg(caName(registration.caId));
    progress(2, 3, what);
    track(connector().listDeviceCertificates(
        registration.remoteId, step<Result<QList<RemoteDeviceCertificate>>>([this, registration, what](auto listed) {
            if (!listed)
                return fail(inStep(what, listed.error()));
            auto recorded = DeviceStatusReconciler(workspace(), capabilities().platform, registration.caId,
                                                   registration.remoteId, connector().account().product)
                                .record(*listed);
            if (!recorded)
                return fail(inStep(what, recorded.error()));
            m_outcome.devicesOnPlatform += recorded->onPlatform;
            m_outcome.devicesChanged += recorded->changed;
            m_outcome.devicesVanished += recorded->vanished;
            m_outcome.devicesUnknown += recorded->unknown;
            m_outcome.devicesDiffer += recorded->differs;
            ++m_deviceIndex;
            syncNextDevices();
        })));
}

} // namespace iotca::model
