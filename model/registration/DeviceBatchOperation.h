#pragma once

#include "CaRegistrationOperation.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace iotca::model {

/// CaRegistrationService::setDeviceStatus() and deleteDevices(): reads the CA's device certificates from the platform
/// first (the platform's own ids, e.g. ApsaraMQ DeviceSn from ListDeviceCertificateByCaSn, never computed locally; a
/// certificate the platform does not list fails without a request), then one request per device certificate, one
/// after the other (progress per device, cancel between them), then reads the list again and records the statuses
/// the platform answered in ONE transaction (DeviceStatusReconciler). Serials the CA has no record of fail without a
/// request.
class DeviceBatchOperation : public ReportingOperation<DeviceBatchOutcome>
{
    Q_DECLARE_TR_FUNCTIONS(CaRegistrationService)
public:
    /// `target` Associated or Inactivated changes the status; std::nullopt deletes.
    DeviceBatchOperation(CaRegistrationService& service, qint64 caId, QStringList serials,
                         std::optional<DeviceCertificateStatus> target,
                         CaRegistrationService::Callback<DeviceBatchOutcome> done);

protected:
    void start() override;

private:
    struct Item
    {
        QString serial;
        QString remoteId;
        DeviceCertificateStatus recorded = DeviceCertificateStatus::Issued;
    };

    [[nodiscard]] bool deleting() const { return !m_target.has_value(); }
    /// Resolves the serials to records and remote ids; unknown ones go straight to the failures.
    [[nodiscard]] Status prepare();
    void onListedBefore(Result<QList<RemoteDeviceCertificate>> listed);
    void next();
    /// Sends the request for `item`: the status change, the deletion, or the deactivation before a deletion.
    void send(const Item& item, bool deactivation);
    void onAnswer(const Item& item, bool deactivation, Status answer);
    void record();
    void onListedAfter(Result<QList<RemoteDeviceCertificate>> listed);
    /// Reports Cancelled, saying what the platform already did.
    void stopCancelled();

    qint64 m_caId;
    QStringList m_serials;
    std::optional<DeviceCertificateStatus> m_target;
    QString m_caRemoteId;
    QList<Item> m_items;
    qsizetype m_index = 0;
    DeviceBatchOutcome m_outcome;
    /// Deactivated before a deletion that then failed (AWS): the platform has them inactive.
    QStringList m_inactivatedOnly;
    bool m_itemDeactivated = false;
};

} // namespace iotca::model
