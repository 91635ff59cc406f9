#include "RevocationReason.h"

namespace iotca::crypto {

QList<RevocationReason> allRevocationReasons()
{
    return {RevocationReason::Unspecified,        RevocationReason::KeyCompromise,
            RevocationReason::CaCompromise,       RevocationReason::AffiliationChanged,
            RevocationReason::Superseded,         RevocationReason::CessationOfOperation,
            RevocationReason::PrivilegeWithdrawn, RevocationReason::AaCompromise};
}

QString revocationReasonName(RevocationReason reason)
{
    // The identifiers of the CRLReason ENUMERATED in RFC 5280 5.3.1.
    switch (reason) {
    case RevocationReason::Unspecified:
        return QStringLiteral("unspecified");
    case RevocationReason::KeyCompromise:
        return QStringLiteral("keyCompromise");
    case RevocationReason::CaCompromise:
        return QStringLiteral("cACompromise");
    case RevocationReason::AffiliationChanged:
        return QStringLiteral("affiliationChanged");
    case RevocationReason::Superseded:
        return QStringLiteral("superseded");
    case RevocationReason::CessationOfOperation:
        return QStringLiteral("cessationOfOperation");
    case RevocationReason::PrivilegeWithdrawn:
        return QStringLiteral("privilegeWithdrawn");
    case RevocationReason::AaCompromise:
        return QStringLiteral("aACompromise");
    }
    return QStringLiteral("unspecified");
}

std::optional<RevocationReason> parseRevocationReason(const QString& name)
{
    for (const RevocationReason reason : allRevocationReasons()) {
        if (revocationReasonName(reason).compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return reason;
    }
    return std::nullopt;
}

std::optional<RevocationReason> revocationReasonFromCode(int code)
{
    for (const RevocationReason reason : allRevocationReasons()) {
        if (static_cast<int>(reason) == code)
            return reason;
    }
    return std::nullopt;
}

} // namespace iotca::crypto
