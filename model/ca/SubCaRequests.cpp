#include "SubCaRequests.h"

#include "CaChain.h"
#include "CaRecordFactory.h"
#include "crypto/CertificateBuilder.h"
#include "crypto/CryptoErrorCode.h"
#include "model/audit/AuditAction.h"
#include "model/audit/AuditLog.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/SerialReservation.h"
#include "model/workspace/SqlSupport.h"
#include "model/workspace/Transaction.h"
#include "model/workspace/Workspace.h"

#include <QJsonObject>

namespace iotca::model {

namespace {

Status checkNameFree(const Workspace& workspace, const QSqlDatabase& database, const QString& name)
{
    auto existing = workspace.cas().findByName(name);
    if (!existing)
        return existing.error();
    auto pending = sql::run(database, QStringLiteral("SELECT 1 FROM pending_ca_keys WHERE name = ?"), {name},
                            SubCaRequests::tr("Could not read the pending sub-CA requests."));
    if (!pending)
        return pending.error();
    if (existing->has_value() || pending->next()) {
        //: %1 is a CA name
        return Error {SubCaRequests::tr("There is already a CA or a pending sub-CA request named '%1' in this "
                                        "workspace.")
                          .arg(name),
                      {},
                      QStringLiteral("NameTaken")};
    }
    return {};
}

} // namespace

Result<QByteArray> SubCaRequests::createRequest(Workspace& workspace, const NewCaParameters& parameters,
                                                const crypto::SecureBuffer& passphrase,
                                                const std::function<Status(const QByteArray& requestPem)>& deliver)
{
    const QString name = parameters.name.trimmed();
    if (name.isEmpty())
        return Error {tr("A CA needs a name.")};
    if (passphrase.isEmpty()) {
        return Error {tr("The private key of the CA '%1' needs a passphrase.").arg(name),
                      {},
                      QString(crypto::ErrorCode::PassphraseRequired)};
    }
    auto database = workspace.connection();
    if (!database)
        return database.error();
    if (Status free = checkNameFree(workspace, *database, name); !free)
        return free.error();
    auto key = crypto::PrivateKey::generate(parameters.algorithm);
    if (!key)
        return key.error();
    auto request = crypto::CertificateRequest::create(*key, parameters.subject);
    if (!request)
        return request.error();
    auto encrypted = key->toEncryptedPkcs8Pem(passphrase);
    if (!encrypted)
        return encrypted.error();

    auto transaction = Transaction::begin(workspace);
    if (!transaction)
        return transaction.error();
    if (Status free = checkNameFree(workspace, transaction->database(), name); !free)
        return free.error();
    auto insert = sql::run(transaction->database(),
                           QStringLiteral("INSERT INTO pending_ca_keys (name, subject, public_key_der, "
                                          "encrypted_key_pem, request_der, created) VALUES (?, ?, ?, ?, ?, ?)"),
                           {name, request->subjectString(), key->publicKeyDer(), *encrypted, request->toDer(),
                            sql::fromDateTime(QDateTime::currentDateTimeUtc())},
                           tr("Could not store the key of the sub-CA '%1'.").arg(name));
    if (!insert)
        return insert.error();
    const QJsonObject details {{QStringLiteral("name"), name},
                               {QStringLiteral("subject"), request->subjectString()},
                               {QStringLiteral("keyAlgorithm"), crypto::keyAlgorithmName(parameters.algorithm)}};
    auto audited =
        workspace.audit().append(*transaction, AuditAction::CaRequestCreated, QStringLiteral("ca"), name, details);
    if (!audited)
        return audited.error();
    const QByteArray pem = request->toPem();
    if (deliver) {
        if (Status delivered = deliver(pem); !delivered)
            return delivered.error();
    }
    if (Status committed = transaction->commit(); !committed)
        return committed.error();
    return pem;
}

Result<bool> SubCaRequests::hasPendingKeyFor(const Workspace& workspace, const crypto::Certificate& certificate)
{
    auto database = workspace.connection();
    if (!database)
        return database.error();
    auto query = sql::run(*database, QStringLiteral("SELECT 1 FROM pending_ca_keys WHERE public_key_der = ?"),
                          {certificate.publicKeyDer()}, tr("Could not read the pending sub-CA requests."));
    if (!query)
        return query.error();
    return query->next();
}

Result<qint64> SubCaRequests::importSigned(Workspace& workspace, const QByteArray& certificateData, const QString& name)
{
    auto certificate = crypto::Certificate::fromData(certificateData);
    if (!certificate)
        return certificate.error();
    if (Status isCa = certificate->checkIsCa(); !isCa)
        return isCa.error();
    auto transaction = Transaction::begin(workspace);
    if (!transaction)
        return transaction.error();
    const QString failure = tr("Could not read the pending sub-CA requests.");
    auto pending = sql::run(transaction->database(),
                            QStringLiteral("SELECT id, name, encrypted_key_pem FROM pending_ca_keys "
                                           "WHERE public_key_der = ?"),
                            {certificate->publicKeyDer()}, failure);
    if (!pending)
        return pending.error();
    if (!pending->next()) {
        //: %1 is a certificate subject
        return Error {tr("No sub-CA key made here (iotca ca create-csr) matches the certificate '%1'.")
                          .arg(certificate->subjectString()),
                      {},
                      QStringLiteral("NoPendingKey")};
    }
    const qint64 pendingId = pending->value(0).toLongLong();
    const QString pendingName = pending->value(1).toString();
    const QByteArray encryptedKey = pending->value(2).toByteArray();
    pending->finish();

    CaRecord record = caRecordFromCertificate(*certificate, name.trimmed().isEmpty() ? pendingName : name, {});
    record.encryptedKeyPem = encryptedKey;
    auto parent = CaChain::issuerIdInWorkspace(workspace, *certificate);
    if (!parent)
        return parent.error();
    record.parentCaId = *parent;
    auto caId = workspace.cas().add(record, CaOrigin::Imported);
    if (!caId)
        return caId.error();
    auto removed = sql::run(transaction->database(), QStringLiteral("DELETE FROM pending_ca_keys WHERE id = ?"),
                            {pendingId}, failure);
    if (!removed)
        return removed.error();
    if (Status committed = transaction->commit(); !committed)
        return committed.error();
    return *caId;
}

Result<SignedSubCa> SubCaRequests::signRequest(Workspace& workspace, qint64 issuerCaId,
                                               const crypto::PrivateKey& issuerKey,
                                               const crypto::CertificateRequest& request,
                                               const NewCaParameters& parameters,
                                               const std::function<Status(const crypto::Certificate&)>& deliver)
{
    auto issuer = workspace.cas().get(issuerCaId);
    if (!issuer)
        return issuer.error();
    auto issuerCertificate = crypto::Certificate::fromDer(issuer->certificateDer);
    if (!issuerCertificate)
        return issuerCertificate.error();
    crypto::CaCertificateSpec spec;
    spec.subject = parameters.subject;
    spec.validityDays = parameters.validityDays;
    spec.pathLength = parameters.pathLength;
    spec.notBefore = parameters.notBefore;
    // Reserved before the issuer signs (unique per issuer, SerialReservation); the record settles it.
    auto reservation =
        SerialReservation::reserve(workspace, issuerCaId, IssuedCertificateKind::Ca, parameters.name.trimmed());
    if (!reservation)
        return reservation.error();
    spec.serial = reservation->serial();
    auto issued = crypto::CertificateBuilder::signSubCaRequest(request, spec, *issuerCertificate, issuerKey);
    if (!issued)
        return issued.error();

    auto transaction = Transaction::begin(workspace);
    if (!transaction)
        return transaction.error();
    if (Status settled = reservation->settle(*transaction); !settled)
        return settled.error();
    CaRecord record = caRecordFromCertificate(issued->certificate, parameters.name, parameters.notes);
    record.keyReference = externalKeyReference();
    record.parentCaId = issuerCaId;
    auto caId = workspace.cas().add(record, CaOrigin::Imported);
    if (!caId)
        return caId.error();
    const QJsonObject details {{QStringLiteral("name"), record.name},
                               {QStringLiteral("subject"), record.subject},
                               {QStringLiteral("serial"), record.serialHex},
                               {QStringLiteral("issuer"), issuer->name},
                               {QStringLiteral("notAfter"), record.notAfter.toUTC().toString(Qt::ISODate)}};
    auto audited = workspace.audit().append(*transaction, AuditAction::CaRequestSigned, QStringLiteral("ca"),
                                            QString::number(issuerCaId), details);
    if (!audited)
        return audited.error();
    if (deliver) {
        if (Status delivered = deliver(issued->certificate); !delivered)
            return delivered.error();
    }
    if (Status committed = transaction->commit(); !committed)
        return committed.error();
    return SignedSubCa {*caId, issued->certificate, issued->warning};
}

} // namespace iotca::model
