#include "CrlPublisher.h"

#include "crypto/Certificate.h"
#include "crypto/CrlBuilder.h"
#include "model/audit/AuditAction.h"
#include "model/audit/AuditLog.h"
#include "model/files/OwnerOnlyDirectory.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/RevocationRepository.h"
#include "model/workspace/Transaction.h"
#include "model/workspace/Workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>

namespace iotca::model {

Result<PublishedCrl> CrlPublisher::publish(Workspace& workspace, qint64 caId, const crypto::PrivateKey& caKey,
                                           int validityDays, const QString& filePath, Format format)
{
    auto ca = workspace.cas().get(caId);
    if (!ca)
        return ca.error();
    auto certificate = crypto::Certificate::fromDer(ca->certificateDer);
    if (!certificate)
        return certificate.error();
    RevocationRepository revocations(workspace);
    auto revoked = revocations.listForCa(caId);
    if (!revoked)
        return revoked.error();

    auto transaction = Transaction::begin(workspace);
    if (!transaction)
        return transaction.error();
    auto number = revocations.takeNextCrlNumber(*transaction, caId);
    if (!number)
        return number.error();
    crypto::CrlSpec spec;
    spec.crlNumber = *number;
    spec.validityDays = validityDays;
    spec.thisUpdate = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    for (const RevocationRecord& record : std::as_const(*revoked)) {
        auto serial = crypto::SerialNumber::fromHex(record.serialHex);
        if (!serial)
            return serial.error();
        spec.revoked.append({*serial, record.revokedAt, record.reason});
    }
    auto der = crypto::CrlBuilder::build(spec, *certificate, caKey);
    if (!der)
        return der.error();

    const QFileInfo target(filePath);
    if (Status folder = OwnerOnlyDirectory::ensure(target.absolutePath()); !folder)
        return folder.error();
    QSaveFile file(target.absoluteFilePath());
    const QByteArray data = format == Format::Pem ? crypto::CrlBuilder::toPem(*der) : *der;
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        //: %1 is a CA name, %2 a file
        return Error {tr("Cannot write the CRL of the CA '%1' to '%2'.")
                          .arg(ca->name, QDir::toNativeSeparators(target.absoluteFilePath())),
                      file.errorString()};
    }
    PublishedCrl published;
    published.crlNumber = *number;
    published.revokedCount = static_cast<int>(revoked->size());
    published.thisUpdate = spec.thisUpdate;
    published.nextUpdate = spec.thisUpdate.addDays(validityDays);
    const QJsonObject details {{QStringLiteral("crlNumber"), published.crlNumber},
                               {QStringLiteral("revoked"), published.revokedCount},
                               {QStringLiteral("nextUpdate"), published.nextUpdate.toString(Qt::ISODate)},
                               {QStringLiteral("path"), target.absoluteFilePath()}};
    auto audited = workspace.audit().append(*transaction, AuditAction::CrlPublished, QStringLiteral("ca"),
                                            QString::number(caId), details);
    if (!audited)
        return audited.error();
    if (Status committed = transaction->commit(); !committed) {
        QFile::remove(target.absoluteFilePath()); // nothing recorded, so leave no CRL that claims this number
        return committed.error();
    }
    return published;
}

} // namespace iotca::model
