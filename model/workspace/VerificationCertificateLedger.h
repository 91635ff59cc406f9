#pragma once

#include "crypto/Certificate.h"
#include "crypto/Result.h"
#include "crypto/SerialNumber.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace iotca::model {

class Workspace;

/// Why a verification certificate was made; stored by name, so the names never change.
enum class VerificationCertificatePurpose {
    /// Written to a file for a console registration (`ca verification-cert`, CA → Verification Certificate…).
    File,
    /// Made and uploaded by a registration with the platform's API (`ca register`).
    Registration,
    /// Put in an offline registration folder (`ca register --offline`, Alibaba Cloud IoT Platform).
    OfflineRegistration,
    /// Put in a transfer bundle for the online machine (`bundle export`, a ceremony's bundle step).
    TransferBundle,
};

/// One verification certificate a CA of the workspace signed.
struct VerificationCertificateEntry
{
    qint64 id = 0;
    qint64 caId = 0;
    QString serialHex;
    QString registrationCode;
    QByteArray certificateDer;
    VerificationCertificatePurpose purpose = VerificationCertificatePurpose::File;
    QDateTime madeAt;
};

/// Records a certificate the CA key signs that is not a device or CA certificate
/// ("verification_certificates", schema step 10): brief rule 1, every certificate the CA signs is recorded.
/// A verification certificate carries the platform's registration code as its Common Name and proves possession of
/// the CA key (seed 003_e326b71b53ea675f.txt, IoT Platform "Manage CA certificates"; seed 004_123dd4ed8d282deb.txt,
/// ApsaraMQ for MQTT). Its own key is discarded, so the record holds only the certificate.
///
/// Every writer records the certificate BEFORE it leaves memory (a file, a bundle, an upload): a crash after the
/// record leaves a recorded certificate that went nowhere, never one that went somewhere unrecorded.
class VerificationCertificateLedger
{
    Q_DECLARE_TR_FUNCTIONS(VerificationCertificateLedger)
public:
    explicit VerificationCertificateLedger(Workspace& workspace);

    /// Records `certificate` of `caId` and its audit entry ("verification_certificate.made") in one transaction, which
    /// also settles the reservation of its serial (SerialReservation).
    /// The certificate must be issued by the CA (checked against the recorded CA certificate's key). Recording the same
    /// certificate again returns the existing row's id and adds nothing.
    [[nodiscard]] Result<qint64> record(qint64 caId, const crypto::Certificate& certificate,
                                        const QString& registrationCode, VerificationCertificatePurpose purpose);

    /// A function for writers that make verification certificates without a workspace of their own
    /// (TransferBundleWriter, OfflineRegistrationBundleWriter): records each new certificate for `caId`.
    [[nodiscard]] std::function<Status(const crypto::Certificate&, const QString&)>
    recorder(qint64 caId, VerificationCertificatePurpose purpose);
    /// For the same writers: reserves the serial of each verification certificate of `caId` before it is signed
    /// (SerialReservation; the argument is the registration code). The reservations the recorder did not record are
    /// released when the last copy of the function goes.
    [[nodiscard]] std::function<Result<crypto::SerialNumber>(const QString&)> serialReserver(qint64 caId);

    /// The CA's verification certificates, oldest first.
    [[nodiscard]] Result<QList<VerificationCertificateEntry>> listForCa(qint64 caId) const;

    [[nodiscard]] static QString purposeName(VerificationCertificatePurpose purpose);
    /// The purpose in the reader's language.
    [[nodiscard]] static QString purposeDisplayName(VerificationCertificatePurpose purpose);
    [[nodiscard]] static bool purposeFromName(const QString& name, VerificationCertificatePurpose* purpose);

private:
    Workspace& m_workspace;
};

} // namespace iotca::model
