#pragma once

#include "IssuanceIntents.h"
#include "crypto/Result.h"
#include "crypto/SerialNumber.h"

#include <QCoreApplication>
#include <QString>

namespace iotca::model {

class Transaction;
class Workspace;

/// The serial of one certificate other than a device's that a CA of the workspace is about to sign (a sub-CA, a
/// renewed CA certificate, a verification certificate), reserved before it is signed.
///
/// RFC 5280 4.1.2.2: a CA gives each certificate it issues a unique serial. reserve() commits an intent of its kind
/// (IssuanceIntents, schema step 13) under the unique index (ca_id, serial_hex) that device intents use too, after
/// checking every certificate the workspace records for the issuer, and draws again on a collision (SerialSource). So
/// no two certificates of one issuer carry one serial, whichever operator or kind drew it first.
///
/// A reservation either becomes a record or is released: the transaction that records the certificate calls
/// settle() (VerificationCertificateLedger::record() does it for a verification certificate), and the destructor
/// releases whatever was not recorded (signing or recording failed). A process that dies in between leaves the
/// intent; the next read-write open releases it (IssuanceRecovery), on a team workspace once the process's connection
/// is gone (IssuanceIntents::claimJob()). Every writer records a certificate before it leaves memory, so an
/// unrecorded reservation names a certificate that went nowhere.
///
/// Use it on one thread: the claim of a team workspace belongs to that thread's connection.
class SerialReservation
{
    Q_DECLARE_TR_FUNCTIONS(SerialReservation)

public:
    /// Reserves a serial for a certificate of `kind` (not Device) that the CA `issuerCaId` will sign; `label` names
    /// the certificate in messages (the CA's name, the registration code). Its own committed transaction. Errors:
    /// SerialsExhausted, or the workspace's.
    [[nodiscard]] static Result<SerialReservation> reserve(const Workspace& workspace, qint64 issuerCaId,
                                                           IssuedCertificateKind kind, const QString& label);
    /// Deletes the reservation of the certificate `serial` of `issuerCaId` inside the caller's `transaction`, the one
    /// that records the certificate. Nothing when there is none (a certificate signed without a reservation).
    [[nodiscard]] static Status settle(Transaction& transaction, qint64 issuerCaId, IssuedCertificateKind kind,
                                       const crypto::SerialNumber& serial);

    SerialReservation(SerialReservation&& other) noexcept;
    SerialReservation& operator=(SerialReservation&&) = delete;
    SerialReservation(const SerialReservation&) = delete;
    SerialReservation& operator=(const SerialReservation&) = delete;
    /// release().
    ~SerialReservation();

    [[nodiscard]] const crypto::SerialNumber& serial() const noexcept { return m_serial; }
    [[nodiscard]] qint64 issuerCaId() const noexcept { return m_issuerCaId; }
    /// settle() inside the caller's `transaction`.
    [[nodiscard]] Status settle(Transaction& transaction) const;
    /// Deletes the reservation if no record settled it (its own transaction) and gives up the claim. Idempotent.
    void release();

private:
    SerialReservation(const Workspace* workspace, qint64 issuerCaId, IssuedCertificateKind kind, QString job,
                      crypto::SerialNumber serial);

    const Workspace* m_workspace = nullptr;
    qint64 m_issuerCaId = 0;
    IssuedCertificateKind m_kind = IssuedCertificateKind::Ca;
    QString m_job;
    crypto::SerialNumber m_serial;
};

} // namespace iotca::model
