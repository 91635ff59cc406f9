#include "IssueDeviceCertificatesJob.h"

#include "model/workspace/CaRecord.h"

#include <QDir>

namespace iotca::model {

namespace {

/// The devices of `device issue`, made from their names when a window asks for them (issue 21: constant memory).
class NamedDevices final : public DeviceBatchJob::WorkList
{
public:
    NamedDevices(DeviceNameSequence names, crypto::KeyAlgorithm keyAlgorithm, const DeviceBatchParameters& parameters,
                 QString caSerialHex)
        : m_names(std::move(names))
        , m_keyAlgorithm(keyAlgorithm)
        , m_profile(parameters.profile)
        , m_productKey(parameters.productKey)
        , m_folder(parameters.outputFolder)
        , m_caSerialHex(std::move(caSerialHex))
    { }

    [[nodiscard]] qint64 size() const override { return m_names.size(); }
    [[nodiscard]] bool namesDistinct() const override { return m_names.distinctByConstruction(); }
    [[nodiscard]] QList<DeviceBatchJob::WorkItem> items(qint64 begin, qint64 end) const override
    {
        QList<DeviceBatchJob::WorkItem> work;
        work.reserve(qsizetype(end - begin));
        for (qint64 i = begin; i < end; ++i) {
            DeviceBatchJob::WorkItem item;
            item.deviceName = m_names.at(i);
            item.keyAlgorithm = m_keyAlgorithm;
            item.certificatePath =
                m_folder.filePath(m_profile.certificateFileName(m_productKey, item.deviceName, m_caSerialHex));
            item.keyPath = m_folder.filePath(m_profile.keyFileName(m_productKey, item.deviceName, m_caSerialHex));
            work.append(std::move(item));
        }
        return work;
    }

private:
    DeviceNameSequence m_names;
    crypto::KeyAlgorithm m_keyAlgorithm;
    DeviceProfile m_profile;
    QString m_productKey;
    QDir m_folder;
    QString m_caSerialHex;
};

} // namespace

IssueDeviceCertificatesJob::IssueDeviceCertificatesJob(Workspace& workspace, DeviceBatchParameters parameters,
                                                       DeviceNameSequence deviceNames,
                                                       crypto::KeyAlgorithm keyAlgorithm, crypto::PrivateKey caKey,
                                                       QObject* parent)
    : DeviceBatchJob(workspace, std::move(parameters), std::move(caKey), parent)
    , m_deviceNames(std::move(deviceNames))
    , m_keyAlgorithm(keyAlgorithm)
{ }

IssueDeviceCertificatesJob::~IssueDeviceCertificatesJob() = default;

Result<std::unique_ptr<DeviceBatchJob::WorkList>>
IssueDeviceCertificatesJob::plan(const Workspace& workspace, const DeviceBatchParameters& parameters,
                                 const DeviceNameSequence& deviceNames, crypto::KeyAlgorithm keyAlgorithm)
{
    if (Status accepted = parameters.profile.checkKeyAlgorithm(keyAlgorithm); !accepted)
        return accepted.error();
    auto ca = issuingCa(workspace, parameters);
    if (!ca)
        return ca.error();
    return std::unique_ptr<WorkList>(
        std::make_unique<NamedDevices>(deviceNames, keyAlgorithm, parameters, ca->serialHex));
}

Status IssueDeviceCertificatesJob::validate(const Workspace& workspace, const DeviceBatchParameters& parameters,
                                            const DeviceNameSequence& deviceNames, crypto::KeyAlgorithm keyAlgorithm)
{
    auto work = plan(workspace, parameters, deviceNames, keyAlgorithm);
    if (!work)
        return work.error();
    auto checked =
        checkWork(workspace, parameters, **work, qint64(batchesInFlight) * std::max(1, parameters.batchSize));
    if (!checked)
        return checked.error();
    return {};
}

Result<std::unique_ptr<DeviceBatchJob::WorkList>> IssueDeviceCertificatesJob::prepare(const crypto::Certificate&)
{
    return plan(workspace(), parameters(), m_deviceNames, m_keyAlgorithm);
}

} // namespace iotca::model
