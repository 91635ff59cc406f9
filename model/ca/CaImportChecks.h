#pragma once

#include "crypto/Certificate.h"
#include "crypto/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace iotca::model {

/// What a CA certificate from elsewhere must be before it is imported, beyond being a CA certificate: valid now
/// (not expired, not yet to come: every device certificate it signed would fail), and a serial number RFC 5280
/// 4.1.2.2 allows ("The serial number MUST be a positive integer ... Conforming CAs MUST NOT use serialNumber
/// values longer than 20 octets"): not 0, not negative, at most 20 octets as DER encodes it. A negative serial
/// also makes file names such as `…_-05.cer` (the Alibaba profile puts the CA serial in device file names).
class CaImportChecks
{
    Q_DECLARE_TR_FUNCTIONS(CaImportChecks)
public:
    /// `source` names where the certificate came from (a file) for the message. Error codes from
    /// crypto/CryptoErrorCode.h: CertificateExpired, CertificateNotYetValid, InvalidSerialNumber.
    [[nodiscard]] static Status check(const crypto::Certificate& certificate, const QString& source,
                                      const QDateTime& now = QDateTime::currentDateTimeUtc());
};

} // namespace iotca::model
