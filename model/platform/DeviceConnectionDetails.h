#pragma once

#include "PlatformId.h"
#include "crypto/Certificate.h"
#include "crypto/Result.h"
#include "model/workspace/PlatformAccountRecord.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace iotca::model {

/// What a device needs to connect to its platform with a certificate of a private CA: the broker's host and port,
/// the server chain to trust, the client id / user name / password rules, each with the document it comes from.
/// What no document states is said to be unknown, never filled in.
struct DeviceConnectionDetails
{
    PlatformId platform = PlatformId::ApsaraMq;
    /// The broker's host; may hold a placeholder such as "<account-specific-prefix>" the user must fill in.
    QString host;
    /// 0 when no document states it.
    int port = 0;
    /// Extra notes on the endpoint (alternative ports, how to find a host).
    QString endpointNote;
    /// The server chain the device trusts, as the platform describes it.
    QString serverTrust;
    QString clientId;
    QString username;
    QString password;
    /// Each rule's source, one line each ("Alibaba Cloud IoT Platform, Use X.509 certificates ...: <url>").
    QStringList sources;

    /// The details for an account of `platform`: `region`, `instanceId` (ApsaraMQ) and `product` (Tencent) fill in
    /// the host where the documents give its pattern.
    [[nodiscard]] static DeviceConnectionDetails forAccount(PlatformId platform, const QString& region,
                                                            const QString& instanceId, const QString& product);
    /// The same for a stored account (its platform, region, instance and product); an error for an unknown
    /// platform id. The one entry point of `iotca device connection`, `device issue --account`, the CA details
    /// pane and Issue Device Certificates.
    [[nodiscard]] static Result<DeviceConnectionDetails> forAccountRecord(const PlatformAccountRecord& account);

    /// connection.json: {"platform", "endpoint": {"host", "port" (null when not documented), "note"},
    /// "serverTrust", "deviceCa": {"subject", "serial", "pem"}, "clientId", "username", "password", "sources"}.
    [[nodiscard]] QJsonObject toJson(const crypto::Certificate& deviceCa) const;
    /// A few lines for the CA details pane: the broker, the server chain to trust, the client id and user name
    /// rules (what the README says, without the CA and the sources).
    [[nodiscard]] QString summary() const;
    /// The short README beside it, in the user's language.
    [[nodiscard]] QByteArray readme(const crypto::Certificate& deviceCa) const;

    static QString jsonFileName() { return QStringLiteral("connection.json"); }
    static QString readmeFileName() { return QStringLiteral("CONNECTION-README.txt"); }

    /// Writes both files into `folder`, all or nothing (FileSetWriter; an existing file is an error unless
    /// `replace`: issuing more devices into a folder writes the current details over the earlier ones). The paths
    /// written.
    [[nodiscard]] Result<QStringList> write(const QString& folder, const crypto::Certificate& deviceCa,
                                            bool replace = false) const;
};

} // namespace iotca::model
