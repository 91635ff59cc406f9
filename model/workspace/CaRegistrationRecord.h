#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace iotca::model {

/// The remote state of a CA on one platform account.
enum class RegistrationStatus {
    Activated,
    Inactivated,
    /// Deleted on the platform; the row stays for the record.
    Deleted,
};

/// Stable text for the database and JSON ("Activated", "Inactivated", "Deleted").
[[nodiscard]] QString registrationStatusName(RegistrationStatus status);
/// The inverse of registrationStatusName(); false when `name` is not one of them.
[[nodiscard]] bool registrationStatusFromName(const QString& name, RegistrationStatus* status);
/// Translated text for people.
[[nodiscard]] QString registrationStatusDisplayName(RegistrationStatus status);

/// A CA registered with a platform account.
struct CaRegistrationRecord
{
    qint64 caId = 0;
    qint64 accountId = 0;
    /// The platform's own id of the CA (CA certificate id / CertSN / certificate ARN).
    QString remoteId;
    RegistrationStatus status = RegistrationStatus::Activated;
    /// The registration code the verification certificate was made for.
    QString registrationCode;
    QDateTime registeredAt;
    QDateTime lastSynced;
};

} // namespace iotca::model

Q_DECLARE_METATYPE(iotca::model::RegistrationStatus)
