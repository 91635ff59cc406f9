#include "DeviceBatchOperation.h"

#include "DeviceRemoteId.h"
#include "DeviceStatusReconciler.h"
#include "RegistrationRecorder.h"

#include "model/ModelErrorCode.h"
#include "model/workspace/DeviceCertificateRepository.h"
#include "model/workspace/Workspace.h"

#include <QSet>

namespace iotca::model {

namespace {

/// AWS IoT Core DeleteCertificate: "A certificate cannot be deleted if ... its status is set to ACTIVE."
bool deleteNeedsInactiveDevice(PlatformId platform)
{
    return platform == PlatformId::AwsIot;
}

} // namespace

DeviceBatchOperation::DeviceBatchOperation(CaRegistrationService& service, qint64 caId, QStringList serials,
                                           std::optional<DeviceCertificateStatus> target,
                                           CaRegistrationService::Callback<DeviceBatchOutcome> done)
    : ReportingOperation(service, std::move(done))
    , m_caId(caId)
    , m_serials(std::move(serials))
    , m_target(target)
{ }

void DeviceBatchOperation::start()
{
    if (m_target && *m_target != DeviceCertificateStatus::Associated
        && *m_target != DeviceCertificateStatus::Inactivated) {
        //: %1 is a status such as "Issued"
        return fail(Error {tr("A device certificate can be activated (Associated) or deactivated (Inactivated) on a "
                              "platform, not set to '%1'.")
                               .arg(deviceCertificateStatusDisplayName(*m_target)),
                           {},
                           QStringLiteral("InvalidStatus")});
    }
    if (Status writable = checkWritable(); !writable)
        return fail(writable.error());
    auto registration = liveRegistration(m_caId);
    if (!registration)
        return fail(registration.error());
    m_caRemoteId = registration->remoteId;
    using Op = PlatformCapabilities::Operation;
    const Op operation = deleting()                        ? Op::DeleteDevice
        : *m_target == DeviceCertificateStatus::Associated ? Op::ActivateDevice
                                                           : Op::DeactivateDevice;
    if (Status supported = rules().checkOperation(operation); !supported)
        return fail(supported.error());
    if (Status prepared = prepare(); !prepared)
        return fail(prepared.error());
    if (m_items.isEmpty() || !capabilities().supports(PlatformCapabilities::Operation::ListDevices))
        return next();
    progress(0, static_cast<int>(m_items.size()),
             tr("Reading the device certificates of the CA '%1' from the platform").arg(caName(m_caId)));
    track(connector().listDeviceCertificates(
        m_caRemoteId, step<Result<QList<RemoteDeviceCertificate>>>([this](auto l) { onListedBefore(std::move(l)); })));
}

void DeviceBatchOperation::onListedBefore(Result<QList<RemoteDeviceCertificate>> listed)
{
    if (!listed)
        return fail(inStep(tr("Reading the device certificates of the CA '%1' from the platform").arg(caName(m_caId)),
                           listed.error()));
    if (stopIfCancelled())
        return;
    auto matched = DeviceStatusReconciler(workspace(), capabilities().platform, m_caId, m_caRemoteId,
                                          connector().account().product)
                       .match(*listed);
    if (!matched)
        return fail(matched.error());
    QList<Item> onPlatform;
    for (Item item : std::as_const(m_items)) {
        const auto remote = matched->bySerial.constFind(item.serial);
        if (remote == matched->bySerial.cend()) {
            //: %1 is a serial number
            m_outcome.failed.append(
                {item.serial,
                 Error {capabilities().devicesAutoRegister
                            ? tr("The platform does not list the device certificate %1: its broker registers a device "
                                 "certificate when the device first connects with it. Nothing was sent for it.")
                                  .arg(item.serial)
                            : tr("The platform does not list the device certificate %1; register it first ('device "
                                 "register'). Nothing was sent for it.")
                                  .arg(item.serial),
                        {},
                        QStringLiteral("NotOnPlatform")}});
            continue;
        }
        // The platform's own id for it (ApsaraMQ DeviceSn, AWS certificateId, Tencent ProductId/DeviceName).
        item.remoteId = remote->remoteId;
        item.recorded = remote->status == RemoteStatus::Active ? DeviceCertificateStatus::Associated
                                                               : DeviceCertificateStatus::Inactivated;
        onPlatform.append(item);
    }
    m_items = onPlatform;
    next();
}

Status DeviceBatchOperation::prepare()
{
    const PlatformId platform = capabilities().platform;
    const QString ca = caName(m_caId);
    QSet<QString> seen;
    for (const QString& given : std::as_const(m_serials)) {
        const QString serial = DeviceCertificateRepository::normaliseSerial(given);
        if (serial.isEmpty()) {
            m_outcome.failed.append({given,
                                     Error {tr("'%1' is not a hexadecimal serial number.").arg(given),
                                            {},
                                            QStringLiteral("InvalidSerial")}});
            continue;
        }
        if (seen.contains(serial))
            continue;
        seen.insert(serial);
        auto found = workspace().devices().find(m_caId, serial);
        if (!found)
            return found.error();
        if (!found->has_value()) {
            //: %1 is a CA name, %2 a serial number
            m_outcome.failed.append(
                {serial,
                 Error {tr("The CA '%1' has no device certificate with serial number %2 in this workspace; "
                           "nothing was sent for it.")
                            .arg(ca, serial),
                        {},
                        QStringLiteral("NotFound")}});
            continue;
        }
        const DeviceCertificateRecord& device = **found;
        if (device.status == DeviceCertificateStatus::Deleted) {
            m_outcome.failed.append({serial,
                                     Error {tr("The device certificate %1 of '%2' is already deleted on the platform.")
                                                .arg(serial, device.deviceName),
                                            {},
                                            QStringLiteral("AlreadyDeleted")}});
            continue;
        }
        // AWS: a certificate this workspace never registered has no certificateId here; the platform's list (read
        // next) decides, and not finding it there is NotOnPlatform, as for any certificate the platform lacks.
        if (platform == PlatformId::AwsIot && device.remoteId.isEmpty()
            && capabilities().supports(PlatformCapabilities::Operation::ListDevices)) {
            m_items.append(Item {serial, QString(), device.status});
            continue;
        }
        auto remoteId = DeviceRemoteId::of(platform, device, connector().account().product);
        if (!remoteId) {
            m_outcome.failed.append({serial, remoteId.error()});
            continue;
        }
        m_items.append(Item {serial, *remoteId, device.status});
    }
    return {};
}

void DeviceBatchOperation::next()
{
    if (m_index >= m_items.size())
        return record();
    if (isCancelled())
        return stopCancelled();
    const Item& item = m_items.at(m_index);
    m_itemDeactivated = false;
    //: %1 and %2 count device certificates, %3 is a serial number
    progress(static_cast<int>(m_index), static_cast<int>(m_items.size()),
             tr("Device certificate %1 of %2 (serial %3)").arg(m_index + 1).arg(m_items.size()).arg(item.serial));
    const bool deactivateFirst = deleting() && deleteNeedsInactiveDevice(capabilities().platform)
        && item.recorded != DeviceCertificateStatus::Inactivated;
    send(item, deactivateFirst);
}

void DeviceBatchOperation::send(const Item& item, bool deactivation)
{
    auto answer = step<Status>([this, item, deactivation](Status result) { onAnswer(item, deactivation, result); });
    if (deactivation) {
        track(connector().setDeviceStatus(m_caRemoteId, item.remoteId, RemoteStatus::Inactive, answer));
    } else if (deleting()) {
        track(connector().deleteDeviceCertificate(m_caRemoteId, item.remoteId, answer));
    } else {
        const RemoteStatus status =
            *m_target == DeviceCertificateStatus::Associated ? RemoteStatus::Active : RemoteStatus::Inactive;
        track(connector().setDeviceStatus(m_caRemoteId, item.remoteId, status, answer));
    }
}

void DeviceBatchOperation::onAnswer(const Item& item, bool deactivation, Status answer)
{
    if (!answer && answer.error().code == ErrorCode::Cancelled)
        return stopCancelled();
    if (answer && deactivation) {
        m_itemDeactivated = true;
        if (isCancelled()) {
            m_inactivatedOnly.append(item.serial);
            return stopCancelled();
        }
        return send(item, false);
    }
    if (answer) {
        m_outcome.succeeded.append(item.serial);
    } else {
        QString what;
        if (deactivation)
            what = tr("Deactivating the device certificate %1 before deleting it").arg(item.serial);
        else if (deleting())
            what = tr("Deleting the device certificate %1").arg(item.serial);
        else
            what = tr("Changing the status of the device certificate %1").arg(item.serial);
        m_outcome.failed.append({item.serial, inStep(what, answer.error())});
        if (m_itemDeactivated)
            m_inactivatedOnly.append(item.serial);
    }
    ++m_index;
    next();
}

void DeviceBatchOperation::stopCancelled()
{
    const QStringList changed = m_outcome.succeeded + m_inactivatedOnly;
    if (changed.isEmpty())
        return fail(cancelledError());
    //: %n counts device certificates
    Error error = cancelledError(tr("The platform had already changed %n device certificate(s), which the workspace "
                                    "does not show.",
                                    nullptr, static_cast<int>(changed.size())));
    error.detail = changed.join(QStringLiteral(", "));
    fail(error);
}

void DeviceBatchOperation::record()
{
    const int total = static_cast<int>(m_items.size());
    if (!m_outcome.succeeded.isEmpty() && capabilities().supports(PlatformCapabilities::Operation::ListDevices)) {
        // Read back what the platform now holds, and record that.
        progress(total, total, tr("Reading the device certificates of the CA '%1' back").arg(caName(m_caId)));
        connector().listDeviceCertificates(
            m_caRemoteId,
            step<Result<QList<RemoteDeviceCertificate>>>([this](auto listed) { onListedAfter(std::move(listed)); }));
        return;
    }
    onListedAfter(Error {});
}

void DeviceBatchOperation::onListedAfter(Result<QList<RemoteDeviceCertificate>> listed)
{
    const int total = static_cast<int>(m_items.size());
    progress(total, total, tr("Recording the outcome"));
    if (listed) {
        auto reconciled = DeviceStatusReconciler(workspace(), capabilities().platform, m_caId, m_caRemoteId,
                                                 connector().account().product)
                              .record(*listed);
        if (reconciled)
            return finish(m_outcome);
        listed = reconciled.error();
    }
    // No read-back: record what the platform answered for each request.
    const DeviceCertificateStatus status = deleting() ? DeviceCertificateStatus::Deleted : *m_target;
    const Status recorded = RegistrationRecorder(workspace(), accountId())
                                .recordDevices(m_caId, m_outcome.succeeded, status, m_inactivatedOnly);
    if (!recorded) {
        //: %n counts device certificates, %1 is the reason
        return fail(Error {tr("The platform accepted the change of %n device certificate(s), but the workspace could "
                              "not record it: %1",
                              nullptr, static_cast<int>(m_outcome.succeeded.size()))
                               .arg(recorded.error().message),
                           recorded.error().detail, QStringLiteral("NotRecorded")});
    }
    finish(m_outcome);
}

} // namespace iotca::model
