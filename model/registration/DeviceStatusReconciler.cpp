#include "DeviceStatusReconciler.h"

#include "DeviceRemoteId.h"
#include "crypto/Certificate.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/DeviceCertificateRepository.h"
#include "model/workspace/Transaction.h"
#include "model/workspace/Workspace.h"

#include <optional>

namespace iotca::model {

namespace {

/// A hexadecimal serial as a number: "00AB" and "ab" are the same.
QString serialValue(const QString& serial)
{
    QString value = DeviceCertificateRepository::normaliseSerial(serial);
    while (value.size() > 1 && value.startsWith(QLatin1Char('0')))
        value.remove(0, 1);
    return value;
}

bool onPlatform(DeviceCertificateStatus status)
{
    return status == DeviceCertificateStatus::Associated || status == DeviceCertificateStatus::Inactivated;
}

} // namespace

DeviceStatusReconciler::DeviceStatusReconciler(Workspace& workspace, PlatformId platform, qint64 caId,
                                               QString caRemoteId, QString listedProduct)
    : m_workspace(workspace)
    , m_platform(platform)
    , m_caId(caId)
    , m_caRemoteId(std::move(caRemoteId))
    , m_listedProduct(std::move(listedProduct))
{ }

bool DeviceStatusReconciler::coveredByList(const DeviceCertificateRecord& record) const
{
    // AWS lists certificate ids only: a record without the id AWS gave it cannot be found in the list, so the list
    // says nothing about it (it is left as it is rather than guessed Deleted).
    if (m_platform == PlatformId::AwsIot)
        return !record.remoteId.isEmpty();
    // Tencent DescribeDevices lists one product: a record of another product is not judged by that list.
    if (m_platform != PlatformId::TencentIotHub)
        return true;
    return record.productKey.isEmpty() || record.productKey == m_listedProduct;
}

Result<DeviceStatusReconciler::Match> DeviceStatusReconciler::match(const QList<RemoteDeviceCertificate>& remote) const
{
    auto records = m_workspace.devices().listForCa(m_caId);
    if (!records)
        return records.error();
    QHash<QString, const DeviceCertificateRecord*> bySerial;
    QHash<QString, const DeviceCertificateRecord*> byRemoteId;
    QHash<QString, const DeviceCertificateRecord*> bySerialValue;
    bySerial.reserve(records->size());
    for (const DeviceCertificateRecord& record : std::as_const(*records)) {
        bySerial.insert(record.serialHex, &record);
        if (m_platform == PlatformId::ApsaraMq)
            bySerialValue.insert(serialValue(record.serialHex), &record);
        // AWS ListCertificatesByCA carries no certificate, only certificateId: the one RegisterCertificate answered
        // for the record (DeviceRemoteId; never computed).
        if (m_platform == PlatformId::AwsIot) {
            if (auto id = DeviceRemoteId::of(m_platform, record); id)
                byRemoteId.insert(id->toLower(), &record);
        }
    }
    std::optional<crypto::Certificate> caCertificate;
    if (auto ca = m_workspace.cas().get(m_caId); ca) {
        if (auto parsed = crypto::Certificate::fromDer(ca->certificateDer); parsed)
            caCertificate = std::move(*parsed);
    }

    Match found;
    for (const RemoteDeviceCertificate& device : remote) {
        if (device.certificatePem.isEmpty()) {
            // ApsaraMQ lists DeviceContent (OnsMqtt 2020-04-20 ListDeviceCertificateByCaSn, S1/S2 of
            // platform-alibaba.md); without it, DeviceSn is "the serial number of the device certificate" (same
            // source), compared as a number since its canonical spelling is unverified.
            const DeviceCertificateRecord* record = m_platform == PlatformId::ApsaraMq
                ? bySerialValue.value(serialValue(device.remoteId))
                : byRemoteId.value(device.remoteId.toLower());
            if (record)
                found.bySerial.insert(record->serialHex, device);
            else if (device.caRemoteId.compare(m_caRemoteId, Qt::CaseInsensitive) == 0)
                ++found.unknown;
            continue;
        }
        const auto certificate = crypto::Certificate::fromPem(device.certificatePem);
        if (!certificate) {
            ++found.unknown;
            continue;
        }
        // Tencent lists a whole product: certificates of other CAs are not ours to judge.
        const bool ours = caCertificate && certificate->isSignedBy(*caCertificate);
        const QString serial = DeviceCertificateRepository::normaliseSerial(certificate->serialNumberHex());
        const DeviceCertificateRecord* record = bySerial.value(serial);
        if (!record) {
            if (ours)
                ++found.unknown;
            continue;
        }
        if (record->certificateDer != certificate->toDer()) {
            // The same serial under this CA but another certificate: the workspace cannot tell which is right.
            if (ours)
                found.differs.append(serial);
            continue;
        }
        found.bySerial.insert(serial, device);
    }
    return found;
}

Result<DeviceReconcileOutcome> DeviceStatusReconciler::record(const QList<RemoteDeviceCertificate>& remote)
{
    auto found = match(remote);
    if (!found)
        return found.error();
    auto records = m_workspace.devices().listForCa(m_caId);
    if (!records)
        return records.error();
    DeviceReconcileOutcome outcome;
    outcome.unknown = found->unknown;
    outcome.differs = found->differs;
    QStringList toAssociated;
    QStringList toInactivated;
    QStringList toDeleted;
    // What the platform said about each record the list covers, kept beside the status (schema step 7).
    QHash<QString, PlatformDeviceReading> readings;
    for (const DeviceCertificateRecord& record : std::as_const(*records)) {
        const auto listed = found->bySerial.constFind(record.serialHex);
        if (listed != found->bySerial.cend()) {
            ++outcome.onPlatform;
            const bool active = listed->status == RemoteStatus::Active;
            readings.insert(record.serialHex,
                            {active ? PlatformDeviceState::Active : PlatformDeviceState::Inactive, false});
            const DeviceCertificateStatus status =
                active ? DeviceCertificateStatus::Associated : DeviceCertificateStatus::Inactivated;
            if (status == record.status)
                continue;
            (status == DeviceCertificateStatus::Associated ? toAssociated : toInactivated).append(record.serialHex);
            continue;
        }
        if (found->differs.contains(record.serialHex)) {
            // Another certificate under this serial: the record stays as it is, marked (never guessed).
            readings.insert(record.serialHex, {PlatformDeviceState::OtherCertificate, true});
            continue;
        }
        if (!coveredByList(record))
            continue;
        readings.insert(record.serialHex, {PlatformDeviceState::NotListed, false});
        if (onPlatform(record.status))
            toDeleted.append(record.serialHex);
    }
    auto transaction = Transaction::begin(m_workspace);
    if (!transaction)
        return transaction.error();
    for (const auto& [serials, status] : {std::pair {&toAssociated, DeviceCertificateStatus::Associated},
                                          std::pair {&toInactivated, DeviceCertificateStatus::Inactivated},
                                          std::pair {&toDeleted, DeviceCertificateStatus::Deleted}}) {
        auto changed = m_workspace.devices().setStatus(m_caId, *serials, status);
        if (!changed)
            return changed.error();
    }
    if (auto noted = m_workspace.devices().recordPlatformReadings(m_caId, readings); !noted)
        return noted.error();
    if (Status committed = transaction->commit(); !committed)
        return committed.error();
    outcome.changed = static_cast<int>(toAssociated.size() + toInactivated.size());
    outcome.vanished = static_cast<int>(toDeleted.size());
    return outcome;
}

} // namespace iotca::model
