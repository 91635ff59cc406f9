#include "CertificateLifeState.h"

#include <algorithm>

namespace iotca::model {

CertificateLifeState CertificateLifeStates::of(const QDateTime& notAfter, bool revoked, int warningDays,
                                               const QDateTime& now)
{
    if (revoked)
        return CertificateLifeState::Revoked;
    if (notAfter <= now)
        return CertificateLifeState::Expired;
    // 36,500 days is the longest validity we issue (CertificateProfile); clamping keeps addDays() far from overflow.
    if (notAfter <= now.addDays(std::clamp(warningDays, 0, 36500)))
        return CertificateLifeState::Expiring;
    return CertificateLifeState::Valid;
}

QString CertificateLifeStates::name(CertificateLifeState state)
{
    switch (state) {
    case CertificateLifeState::Valid:
        return QStringLiteral("valid");
    case CertificateLifeState::Expiring:
        return QStringLiteral("expiring");
    case CertificateLifeState::Expired:
        return QStringLiteral("expired");
    case CertificateLifeState::Revoked:
        return QStringLiteral("revoked");
    }
    return {};
}

QString CertificateLifeStates::displayText(CertificateLifeState state, const QDateTime& notAfter, const QDateTime& now)
{
    switch (state) {
    case CertificateLifeState::Valid:
        //: Validity state of a certificate in a list
        return tr("Valid");
    case CertificateLifeState::Expiring: {
        const qint64 days = std::max<qint64>(0, now.daysTo(notAfter));
        //: Validity state of a certificate in a list; %n is a number of days
        return tr("Expires in %n day(s)", nullptr, static_cast<int>(std::min<qint64>(days, 36500)));
    }
    case CertificateLifeState::Expired:
        //: Validity state of a certificate in a list
        return tr("Expired");
    case CertificateLifeState::Revoked:
        //: Validity state of a certificate in a list
        return tr("Revoked");
    }
    return {};
}

} // namespace iotca::model
