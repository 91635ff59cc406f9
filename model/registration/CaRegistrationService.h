#pragma once

#include "crypto/PrivateKey.h"
#include "crypto/Result.h"
#include "model/platform/RemoteCertificate.h"
#include "model/workspace/CaRegistrationRecord.h"
#include "model/workspace/DeviceCertificateRecord.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

namespace iotca::model {

class ApiJob;
class PlatformConnector;
class Workspace;

/// What registerCa() needs. The CA key is unlocked by the front end (CLI passphrase source, GUI dialog) so that this
/// layer never prompts.
struct RegisterCaRequest
{
    qint64 caId = 0;
    /// The platform's registration code; empty = fetch it from the platform (GetRegisterCode / GetRegistrationCode).
    QString registrationCode;
    /// Name on the platform where it keeps one; empty = the CA's name in the workspace.
    QString remoteName;
    /// The CA's private key, for the verification certificate (proof of possession).
    crypto::PrivateKey caKey;
    bool activate = true;
    /// A verification certificate made offline (a pending registration from a transfer bundle), used instead of
    /// signing one: then no key is needed, and `registrationCode` must be the code it was made for. Last, so that
    /// aggregate initialisation of the fields above keeps working.
    QByteArray recordedVerificationPem;
};

/// Outcome of a cascading CA change: how many recorded device certificates changed with it.
struct CascadeOutcome
{
    CaRegistrationRecord registration;
    int devicesChanged = 0;
};

/// Outcome of a device-certificate batch: what the platform accepted, and one message per serial it refused.
struct DeviceBatchOutcome
{
    QStringList succeeded;
    /// serial -> why it failed (translated, specific).
    QList<std::pair<QString, Error>> failed;
    /// registerDevices(): already on the platform with this very certificate (recorded, nothing sent or an
    /// "already exists" answer).
    QStringList alreadyOnPlatform;
};

/// What sync() found for one account.
struct SyncOutcome
{
    int checked = 0;
    int changed = 0;
    /// Recorded registrations the platform no longer knows (now marked Deleted).
    int vanished = 0;
    /// CAs the platform holds whose certificate is a workspace CA without a live registration: now recorded.
    int adopted = 0;
    /// Registrations recorded by hand while offline that the platform now confirms (ca mark-registered).
    int confirmed = 0;
    /// Device certificates: recorded ones the platform lists, status changes recorded, recorded as on the platform
    /// but not listed any more (now Deleted), listed but not recorded, and serials the platform holds with another
    /// certificate than the recorded one (left as they are: they differ from the platform).
    int devicesOnPlatform = 0;
    int devicesChanged = 0;
    int devicesVanished = 0;
    int devicesUnknown = 0;
    QStringList devicesDiffer;
};

/// The platform flows of one account, recorded in the workspace: register a CA (registration code, verification
/// certificate, upload), activate / deactivate / delete it (cascading to its recorded device certificates, as the
/// platforms do), sync statuses, and device-certificate status changes.
///
/// Every workspace write happens only after the platform said yes, in one Transaction with its cascade, so a
/// failed or cancelled operation leaves the workspace as it was (a cancel() that comes after the platform accepted
/// a registration or deletion is too late: that outcome is recorded). The platform's rules are checked before
/// anything is sent (error codes "Preflight.*"). One operation at a time (another call meanwhile fails with code
/// "Busy"); each reports through its callback exactly once, on this object's thread, never from inside the call that
/// started it. Destroying the service reports "Cancelled" for the operation in flight.
class CaRegistrationService : public QObject
{
    Q_OBJECT
public:
    template<class T>
    using Callback = std::function<void(Result<T>)>;

    /// `connector` talks to the account with workspace id `accountId`; both outlive the service.
    CaRegistrationService(Workspace& workspace, PlatformConnector& connector, qint64 accountId,
                          QObject* parent = nullptr);
    ~CaRegistrationService() override;

    [[nodiscard]] qint64 accountId() const noexcept { return m_accountId; }
    [[nodiscard]] bool isBusy() const noexcept;

    /// Pre-flight (key algorithm, name rules, CA already registered, then from a fresh list the CA limit, duplicate
    /// serial and name), registration code, verification certificate, upload, then records the registration
    /// (audited "ca.registered"). The key is dropped once the verification certificate is signed.
    void registerCa(RegisterCaRequest request, Callback<CaRegistrationRecord> done);
    /// Activated or Inactivated. Where the platform cascades a CA's status to its device certificates
    /// (PlatformCapabilities::caStatusCascadesToDevices: ApsaraMQ), deactivating moves the CA's Associated device
    /// certificates to Inactivated and activating brings those back to Associated; AWS IoT keeps device
    /// certificates as they are, and so does the workspace. Tencent has no CA status: refused before sending.
    void setCaStatus(qint64 caId, RegistrationStatus status, Callback<CascadeOutcome> done);
    /// Deletes the CA on the platform (deactivating it first where the platform deletes only inactive CAs, and
    /// activating it again if the deletion then fails) and marks the registration Deleted, and all the CA's device
    /// certificates too where the platform deletes them with it (caStatusCascadesToDevices).
    void deleteCa(qint64 caId, Callback<CascadeOutcome> done);
    /// Reads every CA of the account and updates the recorded registrations' statuses: changed ones, vanished ones
    /// as Deleted, unchanged ones as synced (registrations already Deleted are not checked).
    void sync(Callback<SyncOutcome> done);
    /// The account's CAs as the platform lists them (nothing recorded).
    void listRemoteCas(Callback<QList<RemoteCaCertificate>> done);
    /// The device certificates the platform knows for a registered CA (nothing recorded).
    void listRemoteDevices(qint64 caId, Callback<QList<RemoteDeviceCertificate>> done);
    /// The products a registered CA is bound to (Tencent; refused elsewhere before sending; nothing recorded).
    void listCaProducts(qint64 caId, Callback<QList<RemoteProduct>> done);
    /// `target` is Associated (activate) or Inactivated (deactivate). Serials are upper-case hex as recorded.
    /// One request per device certificate, in order; serials the CA has no record of fail without a request. What
    /// the platform accepted is recorded in one transaction at the end.
    void setDeviceStatus(qint64 caId, const QStringList& serials, DeviceCertificateStatus target,
                         Callback<DeviceBatchOutcome> done);
    /// Deletes the device certificates on the platform and marks them Deleted (AWS: each active one is deactivated
    /// first, as AWS deletes only inactive certificates).
    void deleteDevices(qint64 caId, const QStringList& serials, Callback<DeviceBatchOutcome> done);
    /// Registers recorded device certificates of a registered CA on the platform (Tencent CreateDevice with the
    /// certificate, AWS RegisterCertificate with the CA's PEM): paced, resumable, read back and recorded
    /// (RegisterDevicesOperation). ApsaraMQ has no such API (its broker registers on first connection): refused.
    void registerDevices(qint64 caId, const QStringList& serials, bool activate, Callback<DeviceBatchOutcome> done);

public Q_SLOTS:
    /// Cancels the operation in flight; its callback receives an Error with code "Cancelled" and nothing is recorded.
    void cancel();

Q_SIGNALS:
    /// A step of a multi-request operation ("Fetching the registration code", "Uploading", "3 of 120 devices").
    void progress(int done, int total, const QString& step);
    /// registerCa() made the verification certificate (CN = the registration code, signed by the CA key) it is about
    /// to upload, so that a front end can show it; `pem` holds no key material.
    void verificationCertificateMade(const QByteArray& pem);

public:
    /// Implementation detail: one operation in flight (model/registration/CaRegistrationOperation.h).
    class Operation;

private:
    Workspace& m_workspace;
    PlatformConnector& m_connector;
    qint64 m_accountId;
    QPointer<ApiJob> m_currentJob;
    bool m_busy = false;
    /// The operation in flight (CaRegistrationOperation.h); null when idle.
    std::shared_ptr<Operation> m_operation;
};

} // namespace iotca::model
