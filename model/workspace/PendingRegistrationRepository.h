#pragma once

#include "crypto/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace iotca::model {

class Transaction;
class Workspace;

/// A verification certificate made on the air-gapped machine (the CA key never comes here), waiting to be uploaded
/// with its CA to a platform (`ca register` uses it instead of signing one).
struct PendingRegistrationRecord
{
    qint64 id = 0;
    qint64 caId = 0;
    /// PlatformId text ("aws-iot", ...).
    QString platformId;
    QString registrationCode;
    QByteArray verificationDer;
    /// SHA-256 (hex) of the manifest of the bundle it came in, to trace it back to the ceremony.
    QString bundleManifestSha256;
    QDateTime importedAt;
    /// Set once a registration used it.
    qint64 uploadedAccountId = 0;
    QDateTime uploadedAt;
};

/// A registration recorded by hand (`ca mark-registered`) while the platform could not be asked: not a registration
/// of the workspace until the platform confirms it (`ca sync`).
struct UnconfirmedRegistrationRecord
{
    qint64 caId = 0;
    qint64 accountId = 0;
    QString remoteId;
    QDateTime recordedAt;
};

/// The two tables of schema step "bundle": pending_ca_registrations and unconfirmed_ca_registrations. Writes happen
/// inside the caller's Transaction (the import or the mark-registered command audits them as one).
class PendingRegistrationRepository
{
    Q_DECLARE_TR_FUNCTIONS(PendingRegistrationRepository)
public:
    explicit PendingRegistrationRepository(const Workspace& workspace);

    /// Adds one; nothing when a row with the same verification certificate exists. True when added.
    [[nodiscard]] Result<bool> addPending(Transaction& transaction, const PendingRegistrationRecord& record);
    [[nodiscard]] Result<QList<PendingRegistrationRecord>> pendingForCa(qint64 caId) const;
    /// The one not yet uploaded for this CA and platform, if any (the newest import first).
    [[nodiscard]] Result<std::optional<PendingRegistrationRecord>> nextPending(qint64 caId,
                                                                               const QString& platformId) const;
    [[nodiscard]] Status markUploaded(qint64 pendingId, qint64 accountId);

    [[nodiscard]] Status putUnconfirmed(Transaction& transaction, const UnconfirmedRegistrationRecord& record);
    [[nodiscard]] Result<QList<UnconfirmedRegistrationRecord>> unconfirmedForCa(qint64 caId) const;
    [[nodiscard]] Result<QList<UnconfirmedRegistrationRecord>> unconfirmedForAccount(qint64 accountId) const;
    [[nodiscard]] Status removeUnconfirmed(qint64 caId, qint64 accountId);

private:
    const Workspace& m_workspace;
};

} // namespace iotca::model
