#pragma once

#include "crypto/Result.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace iotca::model {
class Job;
class SecretStore;
class Workspace;
} // namespace iotca::model

namespace iotca::ui {

class Prompter;

/// The platform account a CA's device certificates go to, checked: the CA has a live registration there and the
/// platform registers device certificates one by one (Tencent Cloud IoT Hub CreateDevice, AWS IoT Core
/// RegisterCertificate / RegisterCertificateWithoutCA; PlatformCapabilities::Operation::RegisterDevice).
struct DeviceRegistrationTarget
{
    qint64 caId = 0;
    QString caName;
    qint64 accountId = 0;
    QString accountName;
    /// The platform's display name ("AWS IoT Core").
    QString platformName;
};

/// Registers device certificates of one CA on one account (CaRegistrationService::registerDevices(), batched within
/// the platform's rate limit and safe to re-run) under a progress dialog with Cancel. Shared by Devices → Register on
/// Platform… and Issue Device Certificates' "Register on <platform> after issuing".
class DeviceRegistrationRun : public QObject
{
    Q_OBJECT
public:
    /// What the run did, for the command's status bar or banner.
    struct Report
    {
        /// The job's outcome: an error when it failed or was cancelled (Job::cancelledCode()).
        Status status;
        /// "Registered N device certificate(s) on A; M already there." (and the refusals, one per line).
        QString message;
        /// Some certificates were refused: `failures` names them with the platform's reasons.
        bool partial = false;
        Error failures;
    };

    /// The CA's registration to register its devices with: `preferredAccountId` when the CA is registered there, else
    /// its only live registration (several: the caller must choose). `requirePreferred`: only that account will do.
    [[nodiscard]] static Result<DeviceRegistrationTarget>
    target(model::Workspace& workspace, qint64 caId, qint64 preferredAccountId, bool requirePreferred = false);

    DeviceRegistrationRun(model::Workspace& workspace, model::SecretStore& secrets, Prompter& prompter, QWidget* window,
                          QObject* parent);

    /// Runs the registration of `serials` under a modal progress dialog and returns when it ended.
    [[nodiscard]] Report run(const DeviceRegistrationTarget& target, const QStringList& serials);

Q_SIGNALS:
    /// The platform call is about to start under its progress dialog (tests reach the job through this).
    void jobStarted(iotca::model::Job* job);

private:
    model::Workspace& m_workspace;
    model::SecretStore& m_secrets;
    Prompter& m_prompter;
    QPointer<QWidget> m_window;
};

} // namespace iotca::ui
