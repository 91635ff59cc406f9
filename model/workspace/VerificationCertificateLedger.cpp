#include "VerificationCertificateLedger.h"

#include "CaRepository.h"
#include "SerialReservation.h"
#include "SqlSupport.h"
#include "Transaction.h"
#include "Workspace.h"
#include "model/audit/AuditAction.h"
#include "model/audit/AuditLog.h"

#include <QJsonObject>

#include <memory>
#include <vector>

namespace iotca::model {

namespace {

struct PurposeName
{
    VerificationCertificatePurpose purpose;
    const char* name;
    const char* displayName;
};
constexpr PurposeName purposeNames[] = {
    {VerificationCertificatePurpose::File, "file", QT_TRANSLATE_NOOP("VerificationCertificateLedger", "a file")},
    {VerificationCertificatePurpose::Registration, "registration",
     QT_TRANSLATE_NOOP("VerificationCertificateLedger", "a registration with the platform")},
    {VerificationCertificatePurpose::OfflineRegistration, "offline-registration",
     QT_TRANSLATE_NOOP("VerificationCertificateLedger", "an offline registration folder")},
    {VerificationCertificatePurpose::TransferBundle, "transfer-bundle",
     QT_TRANSLATE_NOOP("VerificationCertificateLedger", "a transfer bundle")},
};

} // namespace

VerificationCertificateLedger::VerificationCertificateLedger(Workspace& workspace)
    : m_workspace(workspace)
{ }

QString VerificationCertificateLedger::purposeName(VerificationCertificatePurpose purpose)
{
    for (const PurposeName& entry : purposeNames) {
        if (entry.purpose == purpose)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

QString VerificationCertificateLedger::purposeDisplayName(VerificationCertificatePurpose purpose)
{
    for (const PurposeName& entry : purposeNames) {
        if (entry.purpose == purpose)
            return tr(entry.displayName);
    }
    return {};
}

bool VerificationCertificateLedger::purposeFromName(const QString& name, VerificationCertificatePurpose* purpose)
{
    for (const PurposeName& entry : purposeNames) {
        if (name == QLatin1String(entry.name)) {
            *purpose = entry.purpose;
            return true;
        }
    }
    return false;
}

Result<qint64> VerificationCertificateLedger::record(qint64 caId, const crypto::Certificate& certificate,
                                                     const QString& registrationCode,
                                                     VerificationCertificatePurpose purpose)
{
    const QString failure = tr("Could not record the verification certificate in the workspace.");
    if (certificate.isNull())
        return Error {failure, tr("No certificate was given."), QStringLiteral("Internal")};
    auto ca = m_workspace.cas().get(caId);
    if (!ca)
        return ca.error();
    auto caCertificate = crypto::Certificate::fromDer(ca->certificateDer);
    if (!caCertificate)
        return caCertificate.error();
    if (!certificate.isSignedBy(*caCertificate))
        //: %1 is the name of a certificate authority
        return Error {failure, tr("The certificate is not signed by the CA '%1'.").arg(ca->name),
                      QStringLiteral("Preflight.CaKey")};

    const QByteArray der = certificate.toDer();
    auto transaction = Transaction::begin(m_workspace);
    if (!transaction)
        return transaction.error();
    const QSqlDatabase database = transaction->database();
    auto existing = sql::run(
        database, QStringLiteral("SELECT id FROM verification_certificates WHERE certificate_der = ?"), {der}, failure);
    if (!existing)
        return existing.error();
    if (existing->next())
        return existing->value(0).toLongLong();

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString serial = certificate.serialNumberHex();
    auto insert =
        sql::runInsert(database,
                       QStringLiteral("INSERT INTO verification_certificates (ca_id, serial_hex, "
                                      "registration_code, certificate_der, purpose, made_at) VALUES (?, ?, ?, "
                                      "?, ?, ?)"),
                       {caId, serial, registrationCode, der, purposeName(purpose), sql::fromDateTime(now)}, failure);
    if (!insert)
        return insert.error();
    const qint64 id = *insert;
    if (Status settled = SerialReservation::settle(*transaction, caId, IssuedCertificateKind::Verification,
                                                   certificate.serialNumber());
        !settled)
        return settled.error();
    const QJsonObject details {
        {QStringLiteral("serial"), serial},
        {QStringLiteral("registrationCode"), registrationCode},
        {QStringLiteral("madeFor"), purposeName(purpose)},
        {QStringLiteral("notAfter"), certificate.notAfter().toUTC().toString(Qt::ISODate)},
        {QStringLiteral("sha256"), crypto::Certificate::fingerprintText(certificate.sha256Fingerprint())},
    };
    auto audited = m_workspace.audit().append(*transaction, AuditAction::VerificationCertificateMade,
                                              QStringLiteral("ca"), QString::number(caId), details);
    if (!audited)
        return audited.error();
    if (Status committed = transaction->commit(); !committed)
        return committed.error();
    return id;
}

std::function<Status(const crypto::Certificate&, const QString&)>
VerificationCertificateLedger::recorder(qint64 caId, VerificationCertificatePurpose purpose)
{
    Workspace* workspace = &m_workspace;
    return [workspace, caId, purpose](const crypto::Certificate& certificate, const QString& code) -> Status {
        auto recorded = VerificationCertificateLedger(*workspace).record(caId, certificate, code, purpose);
        if (!recorded)
            return recorded.error();
        return {};
    };
}

std::function<Result<crypto::SerialNumber>(const QString&)> VerificationCertificateLedger::serialReserver(qint64 caId)
{
    const Workspace* workspace = &m_workspace;
    auto held = std::make_shared<std::vector<SerialReservation>>();
    return [workspace, caId, held](const QString& code) -> Result<crypto::SerialNumber> {
        auto reserved = SerialReservation::reserve(*workspace, caId, IssuedCertificateKind::Verification, code);
        if (!reserved)
            return reserved.error();
        const crypto::SerialNumber serial = reserved->serial();
        held->push_back(std::move(*reserved));
        return serial;
    };
}

Result<QList<VerificationCertificateEntry>> VerificationCertificateLedger::listForCa(qint64 caId) const
{
    auto database = m_workspace.connection();
    if (!database)
        return database.error();
    auto query = sql::run(*database,
                          QStringLiteral("SELECT id, ca_id, serial_hex, registration_code, certificate_der, purpose, "
                                         "made_at FROM verification_certificates WHERE ca_id = ? ORDER BY id"),
                          {caId}, tr("Could not read the verification certificates."));
    if (!query)
        return query.error();
    QList<VerificationCertificateEntry> entries;
    while (query->next()) {
        VerificationCertificateEntry entry;
        entry.id = query->value(0).toLongLong();
        entry.caId = query->value(1).toLongLong();
        entry.serialHex = query->value(2).toString();
        entry.registrationCode = query->value(3).toString();
        entry.certificateDer = query->value(4).toByteArray();
        if (!purposeFromName(query->value(5).toString(), &entry.purpose))
            //: %1 is a stored name such as "file"
            return Error {tr("Could not read the verification certificates."),
                          tr("Unknown purpose '%1'.").arg(query->value(5).toString()), QStringLiteral("Corrupt")};
        entry.madeAt = sql::toDateTime(query->value(6));
        entries.append(entry);
    }
    return entries;
}

} // namespace iotca::model
