#pragma once

#include "Command.h"

#include "crypto/PrivateKey.h"

#include <QStringList>

#include <memory>

namespace iotca::model {
class IssueDeviceCertificatesJob;
class Job;
} // namespace iotca::model

namespace iotca::ui {

struct IssueDevicesRequest;

/// CA → Issue Device Certificates: the Issue dialog (key types limited to what the chosen account's platform
/// accepts), the job's own checks before anything is generated, the CA key unlocked off the GUI thread (CaKeyUnlock:
/// the passphrase from the keychain when remembered), then model::IssueDeviceCertificatesJob on the worker pool under
/// a progress dialog with Cancel. Ends with the association CSV written and a summary. With "Register on <platform>
/// after issuing" (Tencent, AWS, where the CA is registered on the chosen account), the new certificates are then
/// registered there under their own progress dialog (DeviceRegistrationRun).
class IssueDevicesCommand : public Command
{
    Q_OBJECT
public:
    /// `accountId` preselects the account in the dialog (0: workspace only).
    IssueDevicesCommand(model::Workspace& workspace, model::SecretStore& secrets, Prompter& prompter, QWidget* window,
                        qint64 caId, qint64 accountId);
    ~IssueDevicesCommand() override;

Q_SIGNALS:
    /// The job was created and is about to start (tests use it to reach the progress dialog).
    void jobStarted(model::IssueDeviceCertificatesJob* job);
    /// "Register on <platform> after issuing": the registration of the new certificates is about to start.
    void registrationStarted(iotca::model::Job* job);

private:
    void doStart() override;
    void runJob(const IssueDevicesRequest& request, crypto::PrivateKey caKey);
    /// connection.json and CONNECTION-README.txt for the request's account, into its output folder.
    [[nodiscard]] Result<QStringList> writeConnectionDetails(const IssueDevicesRequest& request) const;
    /// Registers the certificates just issued on the request's account (DeviceRegistrationRun).
    void registerIssued(const IssueDevicesRequest& request, const QStringList& serials, const QString& issuedMessage);

    qint64 m_caId;
    qint64 m_accountId;
};

} // namespace iotca::ui
