#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace iotca::model {

/// Status of a certificate on a platform, in the platforms' common terms.
enum class RemoteStatus { Active, Inactive };

/// A CA certificate as a platform reports it.
struct RemoteCaCertificate
{
    /// The platform's id: ApsaraMQ Sn, Tencent CertName, AWS certificateId.
    QString remoteId;
    QString name;
    /// Upper-case hex serial where the platform reports it.
    QString serialHex;
    RemoteStatus status = RemoteStatus::Active;
    QByteArray certificatePem;
    QString registrationCode;
    QDateTime notBefore;
    QDateTime notAfter;
    /// AWS ARN and the like.
    QString arn;
};

/// A device certificate as a platform reports it.
struct RemoteDeviceCertificate
{
    /// ApsaraMQ DeviceSn, AWS certificateId, Tencent "ProductId/DeviceName".
    QString remoteId;
    QString caRemoteId;
    QString deviceName;
    RemoteStatus status = RemoteStatus::Active;
    QByteArray certificatePem;
    QDateTime notBefore;
    QDateTime notAfter;
};

/// A product a CA is bound to (Tencent DescribePrivateCABindedProducts, BindProductInfo).
struct RemoteProduct
{
    QString productId;
    QString productName;
};

/// What registerCa() uploads.
struct CaUpload
{
    /// CA name where the platform keeps one (ApsaraMQ CaName, Tencent CertName); ignored by AWS.
    QString name;
    QByteArray caCertificatePem;
    QByteArray verificationCertificatePem;
    /// Register as active (all platforms' default).
    bool activate = true;
};

/// What registerDeviceCertificate() uploads (AWS RegisterCertificate, Tencent CreateDevice).
struct DeviceUpload
{
    QString caRemoteId;
    QByteArray certificatePem;
    QByteArray caCertificatePem;
    /// Tencent: product id (empty = the account's) and device name.
    QString product;
    QString deviceName;
    bool activate = true;
};

} // namespace iotca::model
