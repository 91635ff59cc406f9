#pragma once

#include "CaRegistrationOperation.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <chrono>

namespace iotca::model {

/// CaRegistrationService::registerDevices(): puts recorded device certificates of a registered CA on the platform
/// (Tencent Cloud IoT Hub CreateDevice with the certificate as TlsCrt, AWS IoT Core RegisterCertificate with the CA's
/// PEM), one request at a time, paced to the platform's documented rate (rateLimitPerSecond()), with progress per
/// device and cancel between requests.
///
/// Safe to re-run: the CA's device certificates are read from the platform first, and one already there with the
/// same certificate is recorded, not sent again; "already exists" answers count as already there. What the platform
/// accepted is recorded every BatchSize registrations (so a cancel or a crash loses at most one batch, which the next
/// run finds already there), and at the end the list is read back and recorded (DeviceStatusReconciler).
class RegisterDevicesOperation : public ReportingOperation<DeviceBatchOutcome>
{
    Q_DECLARE_TR_FUNCTIONS(CaRegistrationService)
public:
    static constexpr int BatchSize = 50;

    RegisterDevicesOperation(CaRegistrationService& service, qint64 caId, QStringList serials, bool activate,
                             CaRegistrationService::Callback<DeviceBatchOutcome> done);

    /// Requests per second the platform documents for its device-registration action; 0 = no pacing.
    [[nodiscard]] static int rateLimitPerSecond(PlatformId platform);

protected:
    void start() override;

private:
    struct Item
    {
        QString serial;
        QString deviceName;
        QString product;
        QByteArray pem;
    };

    void onListedBefore(Result<QList<RemoteDeviceCertificate>> listed);
    void next();
    void send();
    void onAnswer(Status answer);
    /// Records the registrations accepted since the last batch (as the platform answered them).
    [[nodiscard]] Status recordBatch();
    void finishWithReadBack();

    qint64 m_caId;
    QStringList m_serials;
    bool m_activate;
    QString m_caRemoteId;
    QByteArray m_caPem;
    QList<Item> m_items;
    qsizetype m_index = 0;
    qsizetype m_recordedUpTo = 0;
    QStringList m_accepted;
    /// AWS: serial -> the certificateId the platform answered, recorded with the next batch.
    QHash<QString, QString> m_remoteIds;
    DeviceBatchOutcome m_outcome;
    std::chrono::steady_clock::time_point m_lastSent {};
    bool m_stoppedByCancel = false;
};

} // namespace iotca::model
