#pragma once

#include "crypto/PrivateKey.h"
#include "crypto/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace iotca::model {

class Workspace;

/// What a published CRL says.
struct PublishedCrl
{
    qint64 crlNumber = 0;
    int revokedCount = 0;
    QDateTime thisUpdate;
    QDateTime nextUpdate;
};

/// Writes a CA's CRL (crypto::CrlBuilder: v2, cRLNumber, AKI, nextUpdate, reason codes) listing every revocation the
/// workspace records for the CA, signed with its key. One transaction takes the next cRLNumber and appends the audit
/// entry ("crl.published"); the file is written (QSaveFile, synced) before it commits, so a failure leaves neither a
/// file nor a used number.
class CrlPublisher
{
    Q_DECLARE_TR_FUNCTIONS(CrlPublisher)
public:
    enum class Format { Pem, Der };

    [[nodiscard]] static Result<PublishedCrl> publish(Workspace& workspace, qint64 caId,
                                                      const crypto::PrivateKey& caKey, int validityDays,
                                                      const QString& filePath, Format format = Format::Pem);
};

} // namespace iotca::model
