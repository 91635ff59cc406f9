#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace iotca::crypto {

/// The CRLReason codes of RFC 5280 5.3.1 that a CA here may give. certificateHold (6) and removeFromCRL (8) are left
/// out: a hold is undone by removeFromCRL, which only delta CRLs carry, and we publish full CRLs only.
enum class RevocationReason {
    Unspecified = 0,
    KeyCompromise = 1,
    CaCompromise = 2,
    AffiliationChanged = 3,
    Superseded = 4,
    CessationOfOperation = 5,
    PrivilegeWithdrawn = 9,
    AaCompromise = 10,
};

/// Every reason, in code order.
[[nodiscard]] QList<RevocationReason> allRevocationReasons();
/// RFC 5280's ASN.1 name, as OpenSSL and `openssl ca -crl_reason` spell it for people: "keyCompromise",
/// "cACompromise", ... (stable: the CLI and the workspace use it).
[[nodiscard]] QString revocationReasonName(RevocationReason reason);
/// Parses a name of revocationReasonName(), case-insensitively; nullopt for anything else.
[[nodiscard]] std::optional<RevocationReason> parseRevocationReason(const QString& name);
/// The code for the database; nullopt for a code not in the enum.
[[nodiscard]] std::optional<RevocationReason> revocationReasonFromCode(int code);

} // namespace iotca::crypto
