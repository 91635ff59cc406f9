#include "SerialReservation.h"

#include "SqlSupport.h"
#include "Transaction.h"
#include "Workspace.h"

#include <QSqlDatabase>

#include <utility>

namespace iotca::model {

Result<SerialReservation> SerialReservation::reserve(const Workspace& workspace, qint64 issuerCaId,
                                                     IssuedCertificateKind kind, const QString& label)
{
    IssuanceIntent intent;
    intent.job = IssuanceIntents::newJobId();
    intent.caId = issuerCaId;
    intent.deviceName = label; // named in messages; a reservation writes no files
    intent.kind = kind == IssuedCertificateKind::Device ? IssuedCertificateKind::Ca : kind;
    auto recorded = IssuanceIntents::record(workspace, {intent});
    if (!recorded)
        return recorded.error();
    return SerialReservation(&workspace, issuerCaId, intent.kind, intent.job, recorded->constFirst().serial);
}

Status SerialReservation::settle(Transaction& transaction, qint64 issuerCaId, IssuedCertificateKind kind,
                                 const crypto::SerialNumber& serial)
{
    auto removed = sql::run(
        transaction.database(),
        QStringLiteral("DELETE FROM issuance_intents WHERE ca_id = ? AND serial_hex = ? AND certificate_kind = ?"),
        {issuerCaId, serial.toHex(), IssuanceIntents::kindName(kind)},
        tr("Could not record the certificate's serial number in the workspace."));
    if (!removed)
        return removed.error();
    return {};
}

SerialReservation::SerialReservation(const Workspace* workspace, qint64 issuerCaId, IssuedCertificateKind kind,
                                     QString job, crypto::SerialNumber serial)
    : m_workspace(workspace)
    , m_issuerCaId(issuerCaId)
    , m_kind(kind)
    , m_job(std::move(job))
    , m_serial(std::move(serial))
{ }

SerialReservation::SerialReservation(SerialReservation&& other) noexcept
    : m_workspace(std::exchange(other.m_workspace, nullptr))
    , m_issuerCaId(other.m_issuerCaId)
    , m_kind(other.m_kind)
    , m_job(std::move(other.m_job))
    , m_serial(std::move(other.m_serial))
{ }

SerialReservation::~SerialReservation()
{
    release();
}

Status SerialReservation::settle(Transaction& transaction) const
{
    return settle(transaction, m_issuerCaId, m_kind, m_serial);
}

void SerialReservation::release()
{
    const Workspace* workspace = std::exchange(m_workspace, nullptr);
    if (!workspace)
        return;
    auto database = workspace->connection();
    if (!database)
        return;
    // A failure here leaves the intent to IssuanceRecovery at the next open: a reserved serial is never reused.
    if (auto transaction = Transaction::begin(*workspace)) {
        auto removed = sql::run(transaction->database(), QStringLiteral("DELETE FROM issuance_intents WHERE job = ?"),
                                {m_job}, tr("Could not release a reserved serial number."));
        if (removed)
            (void)transaction->commit();
    }
    IssuanceIntents::releaseJob(*database, m_job);
}

} // namespace iotca::model
