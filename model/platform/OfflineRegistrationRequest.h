#pragma once

#include "PlatformId.h"
#include "crypto/Certificate.h"
#include "crypto/PrivateKey.h"
#include "crypto/Result.h"
#include "crypto/SerialNumber.h"
#include "model/csv/AssociationRow.h"

#include <QList>
#include <QString>

#include <functional>

namespace iotca::model {

/// What goes into an offline registration bundle (OfflineRegistrationBundleWriter): the files an administrator takes
/// from an air-gapped machine, or from a platform without a CA API, to finish the registration online.
struct OfflineRegistrationRequest
{
    PlatformId platform = PlatformId::AliyunIot;
    /// The output folder; created owner-only when missing.
    QString folder;
    /// The CA's name on the platform: Alibaba IoT's CA name, ApsaraMQ's CaName, Tencent's CertName. AWS IoT Core
    /// names no CA (it answers with a certificate id), so there it only has to be non-empty.
    QString caName;
    crypto::Certificate caCertificate;
    /// Signs the verification certificate; never written anywhere.
    crypto::PrivateKey caKey;
    /// The registration code the platform gave (its console, or its API on a connected machine).
    QString registrationCode;
    /// For the README, where the registration is finished; either may be empty. ApsaraMQ's instance is its
    /// MqttInstanceId.
    QString region;
    QString instanceId;
    /// Alibaba Cloud IoT Platform only: device associations to upload (ProductKey, DeviceName, CertSN); none = no
    /// CSV. The other platforms take device certificates another way, so rows for them are an error.
    QList<AssociationRow> associations;
    /// Replace regular files of an earlier bundle in the folder; otherwise an existing file is an error.
    bool overwrite = false;
    int verificationValidityDays = 300;
    /// Records the verification certificate made with the CA key once every file is ready and none is in place
    /// (VerificationCertificateLedger::recorder(); brief rule 1: every certificate the CA signs is recorded). Required.
    std::function<Status(const crypto::Certificate&, const QString& registrationCode)> recordVerificationCertificate;
    /// Reserves the serial of each verification certificate made here, before it is signed
    /// (VerificationCertificateLedger::serialReserver(); unique per CA, SerialReservation). Unset: a random serial.
    std::function<Result<crypto::SerialNumber>(const QString& registrationCode)> reserveVerificationSerial;
};

} // namespace iotca::model
