#pragma once

#include "PlatformId.h"
#include "crypto/SecureBuffer.h"

#include <QString>
#include <QUrl>

namespace iotca::model {

/// Where and as whom a connector talks: everything but the secret. Built from a workspace PlatformAccountRecord.
struct PlatformAccount
{
    PlatformId platform = PlatformId::ApsaraMq;
    QString name;
    /// "cn-hangzhou", "ap-guangzhou", "us-east-1", ...
    QString region;
    /// Overrides the platform's public host (a private endpoint, the local emulator: "https://127.0.0.1:8443").
    QUrl endpoint;
    /// ApsaraMQ instance id (the CA binding is per instance).
    QString instanceId;
    /// Tencent product id the account's device certificates belong to.
    QString product;
    /// PEM file with extra trusted roots for this endpoint only (added to the system roots).
    QString caBundlePath;
    /// AccessKey ID / SecretId / AWS access key id. Not secret, but never put in a log line either.
    QString accessKeyId;
};

/// The secret half of the credentials (AccessKey secret, SecretKey, AWS secret access key), from QtKeychain.
struct PlatformSecret
{
    crypto::SecureBuffer secret;
};

} // namespace iotca::model
