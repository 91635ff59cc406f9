#pragma once

#include "crypto/Result.h"
#include "crypto/RevocationReason.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace iotca::model {

class Transaction;
class Workspace;

/// One certificate a CA of the workspace revoked: a device certificate or an intermediate CA it issued.
struct RevocationRecord
{
    qint64 caId = 0;
    /// Normalised like DeviceCertificateRepository::normaliseSerial().
    QString serialHex;
    QDateTime revokedAt;
    crypto::RevocationReason reason = crypto::RevocationReason::Unspecified;
};

/// The revocations of a workspace (schema step "pki": tables revocations and crl_numbers). Construct it on a
/// Workspace where needed; it holds no state. Revoking emits Workspace::deviceCertificatesChanged(caId, {}) and
/// caChanged() for a revoked intermediate after the commit.
class RevocationRepository
{
    Q_DECLARE_TR_FUNCTIONS(RevocationRepository)
public:
    explicit RevocationRepository(Workspace& workspace);

    /// Revokes `serials` of `caId` as ONE transaction with one audit entry ("certificates.revoked"). Each serial must
    /// be a device certificate of the CA or an intermediate CA it issued in this workspace, and not yet revoked;
    /// otherwise nothing is revoked and the message names every offending serial (code "NotFound" or
    /// "AlreadyRevoked"). Duplicates count once. Returns the number revoked.
    [[nodiscard]] Result<int> revoke(qint64 caId, const QStringList& serials, crypto::RevocationReason reason,
                                     const QDateTime& when = {});

    /// The CA's revocations, ordered by serial.
    [[nodiscard]] Result<QList<RevocationRecord>> listForCa(qint64 caId) const;
    /// The revoked serials of `caId` (for marking lists).
    [[nodiscard]] Result<QSet<QString>> revokedSerials(qint64 caId) const;
    [[nodiscard]] Result<std::optional<RevocationRecord>> find(qint64 caId, const QString& serial) const;

    /// Increments and returns the CA's cRLNumber inside `transaction` (1 for the first CRL).
    [[nodiscard]] Result<qint64> takeNextCrlNumber(Transaction& transaction, qint64 caId);
    /// The last cRLNumber used; 0 before the first CRL.
    [[nodiscard]] Result<qint64> lastCrlNumber(qint64 caId) const;

private:
    Workspace& m_workspace;
};

} // namespace iotca::model
