#include "RegisterDevicesOperation.h"

#include "DeviceStatusReconciler.h"
#include "crypto/Certificate.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/DeviceCertificateRepository.h"
#include "model/workspace/Transaction.h"
#include "model/workspace/Workspace.h"

#include <QSet>
#include <QTimer>

namespace iotca::model {

namespace {

/// "Already there" answers: Tencent CreateDevice InvalidParameterValue.DeviceAlreadyExist (iotcloud 2021-04-08
/// errorcodes.py), AWS RegisterCertificate ResourceAlreadyExistsException (botocore iot 2015-05-28).
bool alreadyThere(const Error& error)
{
    return error.code == QLatin1String("InvalidParameterValue.DeviceAlreadyExist")
        || error.code == QLatin1String("ResourceAlreadyExistsException");
}

} // namespace

RegisterDevicesOperation::RegisterDevicesOperation(CaRegistrationService& service, qint64 caId, QStringList serials,
                                                   bool activate,
                                                   CaRegistrationService::Callback<DeviceBatchOutcome> done)
    : ReportingOperation(service, std::move(done))
    , m_caId(caId)
    , m_serials(std::move(serials))
    , m_activate(activate)
{ }

int RegisterDevicesOperation::rateLimitPerSecond(PlatformId platform)
{
    switch (platform) {
    case PlatformId::TencentIotHub:
        // CreateDevice: "A maximum of 20 requests can be initiated per second for this API."
        // (https://www.tencentcloud.com/document/product/1105/41908)
        return 20;
    case PlatformId::AwsIot:
        // RegisterCertificate is throttled per account (ThrottlingException, botocore iot 2015-05-28); its TPS is on
        // https://docs.aws.amazon.com/general/latest/gr/iot-core.html ("AWS IoT Core API throttling limits"), whose
        // figure was not confirmed here: 10 per second stays well inside it [UNVERIFIED figure, conservative].
        return 10;
    case PlatformId::ApsaraMq:
    case PlatformId::AliyunIot:
        return 0; // no device-registration API
    }
    return 0;
}

void RegisterDevicesOperation::start()
{
    if (Status writable = checkWritable(); !writable)
        return fail(writable.error());
    auto registration = liveRegistration(m_caId);
    if (!registration)
        return fail(registration.error());
    m_caRemoteId = registration->remoteId;
    if (Status supported = rules().checkOperation(PlatformCapabilities::Operation::RegisterDevice); !supported)
        return fail(supported.error());
    auto ca = workspace().cas().get(m_caId);
    if (!ca)
        return fail(ca.error());
    auto caCertificate = crypto::Certificate::fromDer(ca->certificateDer);
    if (!caCertificate)
        return fail(caCertificate.error());
    m_caPem = caCertificate->toPem();

    const QString caLabel = caName(m_caId);
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
            return fail(found.error());
        if (!found->has_value()) {
            //: %1 is a CA name, %2 a serial number
            m_outcome.failed.append(
                {serial,
                 Error {tr("The CA '%1' has no device certificate with serial number %2 in this workspace; "
                           "nothing was sent for it.")
                            .arg(caLabel, serial),
                        {},
                        QStringLiteral("NotFound")}});
            continue;
        }
        const DeviceCertificateRecord& device = **found;
        auto certificate = crypto::Certificate::fromDer(device.certificateDer);
        if (!certificate)
            return fail(certificate.error());
        m_items.append(Item {serial, device.deviceName, device.productKey, certificate->toPem()});
    }
    if (m_items.isEmpty() || !capabilities().supports(PlatformCapabilities::Operation::ListDevices))
        return next();
    progress(0, static_cast<int>(m_items.size()),
             tr("Reading the device certificates of the CA '%1' from the platform").arg(caLabel));
    track(connector().listDeviceCertificates(
        m_caRemoteId, step<Result<QList<RemoteDeviceCertificate>>>([this](auto l) { onListedBefore(std::move(l)); })));
}

void RegisterDevicesOperation::onListedBefore(Result<QList<RemoteDeviceCertificate>> listed)
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
    QList<Item> toSend;
    for (const Item& item : std::as_const(m_items)) {
        if (matched->bySerial.contains(item.serial)) {
            m_outcome.alreadyOnPlatform.append(item.serial);
        } else if (matched->differs.contains(item.serial)) {
            //: %1 is a serial number
            m_outcome.failed.append({item.serial,
                                     Error {tr("The platform holds another certificate with the serial number %1 "
                                               "under this CA; it differs from the workspace and was not replaced.")
                                                .arg(item.serial),
                                            {},
                                            QStringLiteral("DiffersFromPlatform")}});
        } else {
            toSend.append(item);
        }
    }
    m_items = toSend;
    next();
}

void RegisterDevicesOperation::next()
{
    if (isCancelled()) {
        m_stoppedByCancel = true;
        return finishWithReadBack();
    }
    if (m_index >= m_items.size())
        return finishWithReadBack();
    if (m_index - m_recordedUpTo >= BatchSize) {
        if (Status recorded = recordBatch(); !recorded)
            return fail(recorded.error());
    }
    const int perSecond = rateLimitPerSecond(capabilities().platform);
    if (perSecond > 0 && m_lastSent != std::chrono::steady_clock::time_point {}) {
        const auto interval = std::chrono::milliseconds(1000 / perSecond);
        const auto elapsed =
            std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - m_lastSent);
        if (elapsed < interval) {
            QTimer::singleShot(interval - elapsed, service(), [weak = weak_from_this()] {
                if (const auto self = std::static_pointer_cast<RegisterDevicesOperation>(weak.lock());
                    self && !self->isReleased())
                    self->send();
            });
            return;
        }
    }
    send();
}

void RegisterDevicesOperation::send()
{
    if (isCancelled()) {
        m_stoppedByCancel = true;
        return finishWithReadBack();
    }
    const Item& item = m_items.at(m_index);
    //: %1 and %2 count device certificates, %3 is a device name
    progress(
        static_cast<int>(m_index), static_cast<int>(m_items.size()),
        tr("Registering device certificate %1 of %2 (%3)").arg(m_index + 1).arg(m_items.size()).arg(item.deviceName));
    DeviceUpload upload;
    upload.caRemoteId = m_caRemoteId;
    upload.certificatePem = item.pem;
    upload.caCertificatePem = m_caPem;
    upload.product = item.product;
    upload.deviceName = item.deviceName;
    upload.activate = m_activate;
    m_lastSent = std::chrono::steady_clock::now();
    track(connector().registerDeviceCertificate(
        upload, step<Result<RemoteDeviceCertificate>>([this](Result<RemoteDeviceCertificate> answer) {
            // AWS answers the certificateId it gave the certificate: recorded with it (never computed locally).
            if (answer && capabilities().platform == PlatformId::AwsIot && !answer->remoteId.isEmpty())
                m_remoteIds.insert(m_items.at(m_index).serial, answer->remoteId);
            onAnswer(answer ? Status {} : Status {answer.error()});
        })));
}

void RegisterDevicesOperation::onAnswer(Status answer)
{
    const Item& item = m_items.at(m_index);
    if (!answer && answer.error().code == QLatin1String("Cancelled")) {
        m_stoppedByCancel = true;
        return finishWithReadBack();
    }
    if (answer) {
        m_outcome.succeeded.append(item.serial);
        m_accepted.append(item.serial);
    } else if (alreadyThere(answer.error())) {
        // The read-back at the end records what the platform holds for it (or that it differs).
        m_outcome.alreadyOnPlatform.append(item.serial);
    } else {
        m_outcome.failed.append(
            {item.serial, inStep(tr("Registering the device certificate %1").arg(item.serial), answer.error())});
    }
    ++m_index;
    next();
}

Status RegisterDevicesOperation::recordBatch()
{
    m_recordedUpTo = m_index;
    if (m_accepted.isEmpty())
        return {};
    const DeviceCertificateStatus status =
        m_activate ? DeviceCertificateStatus::Associated : DeviceCertificateStatus::Inactivated;
    // The platform's ids and the statuses land together (one transaction).
    const auto record = [&]() -> Result<int> {
        auto transaction = Transaction::begin(workspace());
        if (!transaction)
            return transaction.error();
        if (Status ids = workspace().devices().recordRemoteIds(m_caId, m_remoteIds); !ids)
            return ids.error();
        auto set = workspace().devices().setStatus(m_caId, m_accepted, status);
        if (!set)
            return set.error();
        if (Status committed = transaction->commit(); !committed)
            return committed.error();
        return *set;
    };
    const Result<int> changed = record();
    if (!changed) {
        //: %n counts device certificates, %1 is the reason
        return Error {tr("The platform registered %n device certificate(s), but the workspace could not record it: %1",
                         nullptr, static_cast<int>(m_accepted.size()))
                          .arg(changed.error().message),
                      changed.error().detail, QStringLiteral("NotRecorded")};
    }
    m_accepted.clear();
    m_remoteIds.clear();
    return {};
}

void RegisterDevicesOperation::finishWithReadBack()
{
    if (Status recorded = recordBatch(); !recorded)
        return fail(recorded.error());
    const auto report = [this] {
        if (!m_stoppedByCancel)
            return finish(m_outcome);
        //: %n counts device certificates
        fail(Error {tr("The registration was cancelled. The platform had registered %n device certificate(s) before "
                       "that; they are recorded.",
                       nullptr, static_cast<int>(m_outcome.succeeded.size())),
                    {},
                    QStringLiteral("Cancelled")});
    };
    if (!capabilities().supports(PlatformCapabilities::Operation::ListDevices)
        || (m_outcome.succeeded.isEmpty() && m_outcome.alreadyOnPlatform.isEmpty()))
        return report();
    const int total = static_cast<int>(m_items.size());
    progress(total, total, tr("Reading the device certificates of the CA '%1' back").arg(caName(m_caId)));
    // Not tracked: what the platform registered is recorded even after a cancel.
    connector().listDeviceCertificates(
        m_caRemoteId, step<Result<QList<RemoteDeviceCertificate>>>([this, report](auto listed) {
            if (listed) {
                auto reconciled = DeviceStatusReconciler(workspace(), capabilities().platform, m_caId, m_caRemoteId,
                                                         connector().account().product)
                                      .record(*listed);
                if (!reconciled)
                    return fail(reconciled.error());
                // "Already there" is true only when the platform lists this very certificate.
                const QStringList claimed = m_outcome.alreadyOnPlatform;
                m_outcome.alreadyOnPlatform.clear();
                for (const QString& serial : claimed) {
                    auto found = workspace().devices().find(m_caId, serial);
                    const bool listedThere = found && found->has_value()
                        && ((*found)->status == DeviceCertificateStatus::Associated
                            || (*found)->status == DeviceCertificateStatus::Inactivated);
                    if (listedThere) {
                        m_outcome.alreadyOnPlatform.append(serial);
                        continue;
                    }
                    //: %1 is a serial number
                    m_outcome.failed.append({serial,
                                             Error {tr("The platform already holds this device with another "
                                                       "certificate than %1; the workspace differs from the platform "
                                                       "and nothing was replaced.")
                                                        .arg(serial),
                                                    {},
                                                    QStringLiteral("DiffersFromPlatform")}});
                }
            }
            report();
        }));
}

} // namespace iotca::model
