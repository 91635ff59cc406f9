#pragma once

#include "DeviceBatchJob.h"
#include "DeviceNameSequence.h"

namespace iotca::model {

/// `iotca device issue` and the GUI's "Issue devices": new keys and certificates for a list of device names, in the
/// profile's file names, recorded in the workspace and listed in the association CSV (see DeviceBatchJob for the
/// pipeline, the batches and what a cancel or a failure leaves).
///
/// Everything is validated before the first key is generated: the names (DeviceNameRules), none already recorded
/// for the product, the profile accepts the key algorithm (Alibaba Cloud IoT Platform: RSA only), no file to write
/// exists, the CA can issue (a CA, valid, key matches).
class IssueDeviceCertificatesJob : public DeviceBatchJob
{
    Q_OBJECT
public:
    /// `caKey` is the CA's unlocked private key (CaKeyAccess); the job drops it when it finishes.
    IssueDeviceCertificatesJob(Workspace& workspace, DeviceBatchParameters parameters, DeviceNameSequence deviceNames,
                               crypto::KeyAlgorithm keyAlgorithm, crypto::PrivateKey caKey, QObject* parent = nullptr);
    ~IssueDeviceCertificatesJob() override;

    /// The same checks the job makes before it starts, for a front end that wants to report problems before it
    /// asks for the CA's passphrase.
    [[nodiscard]] static Status validate(const Workspace& workspace, const DeviceBatchParameters& parameters,
                                         const DeviceNameSequence& deviceNames, crypto::KeyAlgorithm keyAlgorithm);

protected:
    [[nodiscard]] Result<std::unique_ptr<WorkList>> prepare(const crypto::Certificate& caCertificate) override;

private:
    [[nodiscard]] static Result<std::unique_ptr<WorkList>> plan(const Workspace& workspace,
                                                                const DeviceBatchParameters& parameters,
                                                                const DeviceNameSequence& deviceNames,
                                                                crypto::KeyAlgorithm keyAlgorithm);

    DeviceNameSequence m_deviceNames;
    crypto::KeyAlgorithm m_keyAlgorithm;
};

} // namespace iotca::model
