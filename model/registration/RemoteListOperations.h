#pragma once

#include "CaRegistrationOperation.h"

#include <QCoreApplication>

namespace iotca::model {

/// CaRegistrationService::listRemoteCas(): the account's CAs as the platform lists them; nothing recorded.
class ListRemoteCasOperation : public ReportingOperation<QList<RemoteCaCertificate>>
{
    Q_DECLARE_TR_FUNCTIONS(CaRegistrationService)
public:
    using ReportingOperation::ReportingOperation;

protected:
    void start() override;
};

/// CaRegistrationService::listRemoteDevices(): the device certificates the platform knows for a registered CA;
/// nothing recorded.
class ListRemoteDevicesOperation : public ReportingOperation<QList<RemoteDeviceCertificate>>
{
    Q_DECLARE_TR_FUNCTIONS(CaRegistrationService)
public:
    ListRemoteDevicesOperation(CaRegistrationService& service, qint64 caId,
                               CaRegistrationService::Callback<QList<RemoteDeviceCertificate>> done);

protected:
    void start() override;

private:
    qint64 m_caId;
};

/// CaRegistrationService::listCaProducts(): the products a registered CA is bound to (Tencent); nothing recorded.
class ListCaProductsOperation : public ReportingOperation<QList<RemoteProduct>>
{
    Q_DECLARE_TR_FUNCTIONS(CaRegistrationService)
public:
    ListCaProductsOperation(CaRegistrationService& service, qint64 caId,
                            CaRegistrationService::Callback<QList<RemoteProduct>> done);

protected:
    void start() override;

private:
    qint64 m_caId;
};

} // namespace iotca::model
