#pragma once

#include "crypto/Certificate.h"
#include "crypto/RevocationReason.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace iotca::model {

/// What a certificate's fields say, in the user's language, for people (the CA details, a device certificate's
/// details, the audit log). The CLI keeps RFC 5280's names ("digitalSignature", "keyCompromise"): scripts read them.
class CertificateText
{
    Q_DECLARE_TR_FUNCTIONS(CertificateText)

public:
    /// "Not a CA", "CA, path length 0", "CA, no path length limit"; empty when the extension is absent.
    [[nodiscard]] static QString basicConstraints(const crypto::BasicConstraints& constraints);
    /// Each key usage bit set, in the order RFC 5280 4.2.1.3 numbers them.
    [[nodiscard]] static QStringList keyUsages(crypto::KeyUsages usages);
    /// A purpose from Certificate::extendedKeyUsage() (OpenSSL's short name, or a dotted OID), in words where
    /// RFC 5280 4.2.1.12 names it; anything else as given.
    [[nodiscard]] static QString extendedKeyUsage(const QString& shortName);
    /// An RFC 5280 5.3.1 reason in words ("Key compromise").
    [[nodiscard]] static QString revocationReason(crypto::RevocationReason reason);
};

} // namespace iotca::model
