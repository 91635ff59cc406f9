#pragma once

#include <QLatin1String>
#include <QStringView>

namespace iotca::model::ErrorCode {

// Stable values of iotca::Error::code for the failures of model/ that ui/ and app/ act on. Compare with
// `error.code == ErrorCode::X` (or isPreflight()); never with a string literal of your own. Platform errors keep the
// platform's own code (CaNumExceed, LimitExceeded.CAAlreadyBindProduct, ...), which the connectors map to messages.

/// The user or the program stopped the operation (a job, an API call, a key unlock); nothing beyond what the
/// message says was done.
inline constexpr QLatin1String Cancelled {"Cancelled"};

// Rules checked before anything is signed or sent (PreflightChecker, CaRegistrationPrecheck, DeviceProfile).
inline constexpr QLatin1String PreflightPrefix {"Preflight."};
inline constexpr QLatin1String Unsupported {"Preflight.Unsupported"}; ///< the platform has no API for this
inline constexpr QLatin1String AlreadyRegistered {"Preflight.AlreadyRegistered"}; ///< the workspace says so
inline constexpr QLatin1String NotACa {"Preflight.NotACa"};
inline constexpr QLatin1String CaValidity {"Preflight.CaValidity"};
inline constexpr QLatin1String CaKey {"Preflight.CaKey"}; ///< no (unlocked) CA key where one is needed
inline constexpr QLatin1String KeyAlgorithm {"Preflight.KeyAlgorithm"}; ///< a key or signature the platform refuses
inline constexpr QLatin1String CaName {"Preflight.CaName"};
inline constexpr QLatin1String CaNameTaken {"Preflight.CaNameTaken"};
inline constexpr QLatin1String DuplicateSerial {"Preflight.DuplicateSerial"};
inline constexpr QLatin1String CaLimit {"Preflight.CaLimit"}; ///< only where a platform document states the number
inline constexpr QLatin1String Serial {"Preflight.Serial"};
inline constexpr QLatin1String RegistrationCode {"Preflight.RegistrationCode"};
inline constexpr QLatin1String Region {"Preflight.Region"}; ///< a region where the platform offers no private CA
inline constexpr QLatin1String DeviceName {"Preflight.DeviceName"};
inline constexpr QLatin1String Product {"Preflight.Product"};
inline constexpr QLatin1String InstanceId {"Preflight.InstanceId"};
inline constexpr QLatin1String RemoteId {"Preflight.RemoteId"};
inline constexpr QLatin1String DeleteActive {"Preflight.DeleteActive"};
inline constexpr QLatin1String CaBoundToProducts {"Preflight.CaBoundToProducts"}; ///< Tencent: unbind first
inline constexpr QLatin1String NotRegistered {"Preflight.NotRegistered"}; ///< the CA has no live registration there

// Device issuance (model/jobs).
inline constexpr QLatin1String InvalidDeviceName {"InvalidDeviceName"};
inline constexpr QLatin1String InvalidProductKey {"InvalidProductKey"};
inline constexpr QLatin1String UnsupportedKeyAlgorithm {"UnsupportedKeyAlgorithm"};
/// Every device named already has a certificate recorded and issued into these files: nothing left to issue.
inline constexpr QLatin1String AllDevicesIssued {"AllDevicesIssued"};
/// No unused serial number for a certificate after IssuanceIntents::serialAttempts draws; nothing was signed.
inline constexpr QLatin1String SerialsExhausted {"SerialsExhausted"};
// Re-issue (DeviceReissue, DeviceCertificateHistory).
inline constexpr QLatin1String NotNewest {"NotNewest"}; ///< a newer certificate of the device exists
inline constexpr QLatin1String KeyCompromised {"KeyCompromised"}; ///< same-key re-issue of a keyCompromise revocation
inline constexpr QLatin1String AlreadyRevoked {"AlreadyRevoked"};
inline constexpr QLatin1String OutputConflict {"OutputConflict"}; ///< a file to write exists already

// Accounts and lookups.
inline constexpr QLatin1String InvalidAccount {"InvalidAccount"};
inline constexpr QLatin1String NotFound {"NotFound"};

// Key custody (model/custody): key backups and the shares of their passphrase.
inline constexpr QLatin1String ShareMalformed {"Share.Malformed"}; ///< not a share line or share of our format
inline constexpr QLatin1String ShareTypo {"Share.Typo"}; ///< a line's CRC does not match: a mistyped letter
inline constexpr QLatin1String ShareSetMismatch {"Share.SetMismatch"}; ///< shares of different sets, or another backup
inline constexpr QLatin1String ShareDuplicate {"Share.Duplicate"};
inline constexpr QLatin1String TooFewShares {"Share.TooFew"};
inline constexpr QLatin1String BackupMalformed {"Backup.Malformed"}; ///< a backup folder without its files
inline constexpr QLatin1String CaHasKey {"Backup.CaHasKey"}; ///< restore refused: the CA has its key (--replace)

// Team workspaces on PostgreSQL (model/workspace: PostgresLocation, TeamWorkspacePasswords).
/// The server refused the role's credentials (or asked for a password and none was stored): see
/// TeamWorkspacePasswords for where the password comes from.
inline constexpr QLatin1String TeamAuthentication {"Team.Authentication"};
/// A postgresql:// URL that carries a password (refused: it would end up in shell history and logs).
inline constexpr QLatin1String TeamPasswordInUrl {"Team.PasswordInUrl"};

/// A rule checked before any request: the user can fix it, and nothing was sent.
[[nodiscard]] inline bool isPreflight(QStringView code)
{
    return code.startsWith(PreflightPrefix);
}

} // namespace iotca::model::ErrorCode
