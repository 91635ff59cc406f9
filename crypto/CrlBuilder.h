#pragma once

#include "Certificate.h"
#include "PrivateKey.h"
#include "Result.h"
#include "RevocationReason.h"
#include "SerialNumber.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace iotca::crypto {

/// One revoked certificate as a CRL lists it.
struct RevokedCertificate
{
    SerialNumber serial;
    QDateTime revokedAt;
    RevocationReason reason = RevocationReason::Unspecified;
};

/// What a CRL says.
struct CrlSpec
{
    /// The cRLNumber extension: monotonically increasing per CA (RFC 5280 5.2.3); at least 1.
    qint64 crlNumber = 1;
    /// thisUpdate; default now (UTC, whole seconds).
    QDateTime thisUpdate;
    /// nextUpdate = thisUpdate + days (RFC 5280 5.1.2.5: conforming CAs MUST include nextUpdate).
    int validityDays = 30;
    QList<RevokedCertificate> revoked;
};

/// Builds X.509 v2 CRLs (RFC 5280 5): issuer = the CA's subject, thisUpdate, nextUpdate, the revoked serials in
/// ascending order each with its revocation date and (except for "unspecified", which RFC 5280 5.3.1 says SHOULD be
/// absent) a non-critical reasonCode entry extension, and the CRL extensions authorityKeyIdentifier (the CA's key
/// identifier) and cRLNumber, both non-critical; signed by the CA key (SHA-256, SHA-384 for P-384).
class CrlBuilder
{
    Q_DECLARE_TR_FUNCTIONS(CrlBuilder)

public:
    /// The DER-encoded CRL. Errors NotACa (the certificate lacks CA:TRUE or, with keyUsage present, cRLSign),
    /// KeyMismatch, InvalidValidity, InvalidArgument (crlNumber < 1), OpenSslFailure.
    [[nodiscard]] static Result<QByteArray> build(const CrlSpec& spec, const Certificate& caCertificate,
                                                  const PrivateKey& caKey);
    /// "-----BEGIN X509 CRL-----" PEM of a DER CRL.
    [[nodiscard]] static QByteArray toPem(const QByteArray& der);
};

} // namespace iotca::crypto
