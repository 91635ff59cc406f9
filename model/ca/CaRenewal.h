#pragma once

#include "crypto/PrivateKey.h"
#include "crypto/Result.h"

#include <QCoreApplication>
#include <QString>

namespace iotca::model {

class Workspace;

/// The outcome of a renewal.
struct CaRenewalResult
{
    QString oldSerialHex;
    QString newSerialHex;
    /// Translated sentence when the issuer's validity shortened it, else empty.
    QString warning;
};

/// Renews a CA certificate with the same key (crypto::CertificateBuilder::renewCa): same subject, key, SKI and
/// pathLenConstraint, new serial and validity, so device certificates it issued keep verifying. A root is signed
/// by its own key; an intermediate by its parent in the workspace. The old certificate is replaced in the record
/// (the audit entry keeps its serial). A renewed CA registered on a platform must be registered again there: the
/// platforms identify a CA certificate by its content.
class CaRenewal
{
    Q_DECLARE_TR_FUNCTIONS(CaRenewal)
public:
    /// `signingKey` is the CA's own key for a root, its parent's key for an intermediate (CaRenewal::signerOf).
    [[nodiscard]] static Result<CaRenewalResult> renew(Workspace& workspace, qint64 caId,
                                                       const crypto::PrivateKey& signingKey, int validityDays);
    /// The CA whose key signs the renewal: `caId` itself for a self-signed root, else its parent in the workspace.
    /// Error "IssuerMissing" when the issuer is not in the workspace.
    [[nodiscard]] static Result<qint64> signerOf(const Workspace& workspace, qint64 caId);
};

} // namespace iotca::model
