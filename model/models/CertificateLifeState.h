#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace iotca::model {

/// Where a certificate is in its validity, for the lists of the CLI and the GUI: revoked wins, then expired, then
/// expiring (within the warning days), else valid.
enum class CertificateLifeState { Valid, Expiring, Expired, Revoked };

class CertificateLifeStates
{
    Q_DECLARE_TR_FUNCTIONS(CertificateLifeStates)
public:
    /// Certificates are "expiring" this many days before notAfter unless the user says otherwise.
    static constexpr int defaultWarningDays = 30;

    [[nodiscard]] static CertificateLifeState of(const QDateTime& notAfter, bool revoked, int warningDays,
                                                 const QDateTime& now = QDateTime::currentDateTimeUtc());
    /// Stable words for lists and JSON: "valid", "expiring", "expired", "revoked".
    [[nodiscard]] static QString name(CertificateLifeState state);
    /// Translated text for people; "expiring" says in how many days ("Expires in 12 days").
    [[nodiscard]] static QString displayText(CertificateLifeState state, const QDateTime& notAfter,
                                             const QDateTime& now = QDateTime::currentDateTimeUtc());
};

} // namespace iotca::model

Q_DECLARE_METATYPE(iotca::model::CertificateLifeState)
