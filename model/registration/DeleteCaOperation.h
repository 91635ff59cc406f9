#pragma once

#include "CaRegistrationOperation.h"

#include <QCoreApplication>

namespace iotca::model {

/// CaRegistrationService::deleteCa(): deletes a registered CA on the platform, deactivating it first where the
/// platform deletes only inactive CAs (AWS IoT Core), then records the deletion with its cascade. When the deletion
/// fails after that deactivation, the CA is activated again so that platform and workspace stay as they were.
class DeleteCaOperation : public ReportingOperation<CascadeOutcome>
{
    Q_DECLARE_TR_FUNCTIONS(CaRegistrationService)
public:
    DeleteCaOperation(CaRegistrationService& service, qint64 caId,
                      CaRegistrationService::Callback<CascadeOutcome> done);

protected:
    void start() override;

private:
    /// Tencent: refuses while the CA is bound to products, naming them; deletes otherwise.
    void checkBoundProducts();
    void onStatus(Result<RemoteCaCertificate> current);
    void onDeactivated(Status deactivated);
    void sendDelete();
    void onDeleted(Status deleted);
    /// Activates the CA again after a failure that followed the deactivation, then reports `failure`.
    void restore(Error failure);

    qint64 m_caId;
    QString m_name;
    QString m_remoteId;
    bool m_deactivatedFirst = false;
    int m_step = 0;
    int m_total = 2;
};

} // namespace iotca::model
