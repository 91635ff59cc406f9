#include "TransferBundleImporter.h"

#include "model/audit/AuditAction.h"
#include "model/audit/AuditLog.h"
#include "model/ca/CaImporter.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/PendingRegistrationRepository.h"
#include "model/workspace/Transaction.h"
#include "model/workspace/Workspace.h"

#include <QJsonArray>
#include <QJsonObject>

namespace iotca::model {

Result<TransferBundleImport> TransferBundleImporter::import(Workspace& workspace, const VerifiedTransferBundle& bundle,
                                                            const QString& name)
{
    auto transaction = Transaction::begin(workspace);
    if (!transaction)
        return transaction.error();
    auto cas = workspace.cas().list();
    if (!cas)
        return cas.error();
    TransferBundleImport outcome;
    const QByteArray der = bundle.caCertificate.toDer();
    for (const CaRecord& ca : std::as_const(*cas)) {
        if (ca.certificateDer == der) {
            outcome.caId = ca.id;
            outcome.caName = ca.name;
        }
    }
    if (outcome.caId == 0) {
        outcome.caName = name.trimmed().isEmpty() ? bundle.manifest.caName : name.trimmed();
        //: %1 is the SHA-256 of the bundle's manifest
        const QString notes = tr("Imported from a transfer bundle (manifest SHA-256 %1).").arg(bundle.manifestSha256);
        auto added = CaImporter::importCertificateOnly(workspace, outcome.caName, der, offlineKeyReference(), notes);
        if (!added)
            return added.error();
        outcome.caId = *added;
        outcome.caAdded = true;
    }
    PendingRegistrationRepository pending(workspace);
    QJsonArray registrations;
    for (const VerifiedTransferBundle::Registration& registration : bundle.registrations) {
        PendingRegistrationRecord record;
        record.caId = outcome.caId;
        record.platformId = registration.platform;
        record.registrationCode = registration.registrationCode;
        record.verificationDer = registration.verificationCertificate.toDer();
        record.bundleManifestSha256 = bundle.manifestSha256;
        record.importedAt = QDateTime::currentDateTimeUtc();
        auto added = pending.addPending(*transaction, record);
        if (!added)
            return added.error();
        if (*added) {
            ++outcome.registrationsAdded;
            registrations.append(QJsonObject {{QStringLiteral("platform"), registration.platform},
                                              {QStringLiteral("registrationCode"), registration.registrationCode}});
        }
    }
    if (outcome.unchanged())
        return outcome; // the transaction rolls back: there was nothing to write
    const QJsonObject details {
        {QStringLiteral("manifestSha256"), bundle.manifestSha256},
        {QStringLiteral("caSha256Fingerprint"), bundle.manifest.caSha256Fingerprint},
        {QStringLiteral("caAdded"), outcome.caAdded},
        {QStringLiteral("registrations"), registrations},
    };
    auto audited = workspace.audit().append(*transaction, AuditAction::BundleImported, QStringLiteral("ca"),
                                            QString::number(outcome.caId), details);
    if (!audited)
        return audited.error();
    if (Status committed = transaction->commit(); !committed)
        return committed.error();
    return outcome;
}

} // namespace iotca::model
