#pragma once

#include <QLatin1String>

/// The stable action names of the audit log (machine-readable; AuditLogModel translates them for display).
namespace iotca::model::AuditAction {

inline constexpr QLatin1String CaCreated {"ca.created"};
inline constexpr QLatin1String CaImported {"ca.imported"};
inline constexpr QLatin1String CaRenamed {"ca.renamed"};
inline constexpr QLatin1String CaChanged {"ca.changed"};
inline constexpr QLatin1String CaExported {"ca.exported"};
inline constexpr QLatin1String CaDeleted {"ca.deleted"};
inline constexpr QLatin1String CaPassphraseRemembered {"ca.passphrase_remembered"};
inline constexpr QLatin1String CaPassphraseForgotten {"ca.passphrase_forgotten"};
inline constexpr QLatin1String CaRegistered {"ca.registered"};
inline constexpr QLatin1String CaActivated {"ca.activated"};
inline constexpr QLatin1String CaDeactivated {"ca.deactivated"};
inline constexpr QLatin1String CaDeletedRemote {"ca.deleted_remote"};
inline constexpr QLatin1String CaUnregistered {"ca.unregistered"};
inline constexpr QLatin1String AccountAdded {"account.added"};
inline constexpr QLatin1String AccountChanged {"account.changed"};
inline constexpr QLatin1String AccountRemoved {"account.removed"};
inline constexpr QLatin1String DevicesIssued {"devices.issued"};
inline constexpr QLatin1String DevicesStatusChanged {"devices.status_changed"};
inline constexpr QLatin1String DevicesAssociated {"devices.associated"};
inline constexpr QLatin1String DevicesExported {"devices.exported"};
inline constexpr QLatin1String DevicesDeleted {"devices.deleted"};
inline constexpr QLatin1String CsvImported {"csv.imported"};
/// Certificates an interrupted bulk issue had signed, recorded at the next open (IssuanceRecovery).
inline constexpr QLatin1String DevicesRecovered {"devices.recovered"};
/// What the next open did with the files an interrupted bulk issue left (adopted, removed, left untouched).
inline constexpr QLatin1String IssuanceRecovered {"issuance.recovered"};
// pki: the CA tree, revocation and renewal.
inline constexpr QLatin1String CaRenewed {"ca.renewed"};
inline constexpr QLatin1String CaRequestCreated {"ca.request_created"};
inline constexpr QLatin1String CaRequestSigned {"ca.request_signed"};
inline constexpr QLatin1String CertificatesRevoked {"certificates.revoked"};
inline constexpr QLatin1String CrlPublished {"crl.published"};
/// A CA private key was written to a backup file (encrypted under a new passphrase; never the passphrase itself).
inline constexpr QLatin1String CaKeyExported {"ca.key_exported"};
// custody: key backups for removable media with the passphrase split into shares, and their restore.
/// A CA key backup folder was written (`key backup`): the folder, the share set, M and N; never the passphrase.
inline constexpr QLatin1String CaKeyBackedUp {"ca.key_backed_up"};
/// A CA's key was restored from a backup into a CA of the workspace (`key restore`).
inline constexpr QLatin1String CaKeyRestored {"ca.key_restored"};
// bundle: the transfer bundle from an air-gapped machine, and registrations done by hand in a console.
inline constexpr QLatin1String BundleImported {"bundle.imported"};
inline constexpr QLatin1String CaMarkedRegistered {"ca.marked_registered"};
/// A device certificate re-issued: a new certificate for the same device (same or new key) superseding the old one.
inline constexpr QLatin1String DeviceReissued {"device.reissued"};
/// A verification certificate signed with the CA key (VerificationCertificateLedger): serial, code, what for.
inline constexpr QLatin1String VerificationCertificateMade {"verification_certificate.made"};

} // namespace iotca::model::AuditAction
