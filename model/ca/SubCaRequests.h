#pragma once

#include "NewCaParameters.h"
#include "crypto/Certificate.h"
#include "crypto/CertificateRequest.h"
#include "crypto/PrivateKey.h"
#include "crypto/Result.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

namespace iotca::model {

class Workspace;

/// A sub-CA certificate this workspace signed for a key kept elsewhere.
struct SignedSubCa
{
    /// The certificate-only CA recorded for it (its key reference says it lives elsewhere).
    qint64 caId = 0;
    crypto::Certificate certificate;
    /// Translated sentence when the issuer's validity shortened it, else empty.
    QString warning;
};

/// Intermediate CAs whose two halves live in different places.
///
/// - A sub-CA made here for a root kept elsewhere: createRequest() makes the key (stored encrypted, table
///   pending_ca_keys) and its PKCS#10 request; importSigned() later joins the certificate the root signed to that
///   key and makes it a CA of the workspace.
/// - A sub-CA made elsewhere: signRequest() signs its request with a CA of the workspace and records the result as a
///   certificate-only CA under its issuer (every certificate a CA signs is recorded).
class SubCaRequests
{
    Q_DECLARE_TR_FUNCTIONS(SubCaRequests)
public:
    /// The key reference recorded for a sub-CA signed here whose key is elsewhere.
    [[nodiscard]] static QString externalKeyReference() { return QStringLiteral("external (signed from a CSR)"); }

    /// Generates the key (parameters.algorithm), stores it encrypted under `passphrase` as pending under
    /// parameters.name (audited "ca.request_created") and returns the request as PEM. `deliver` (writing the request
    /// file) runs inside the transaction before it commits, so when it fails no key is kept. Fails when the name is
    /// taken by a CA or another pending request.
    [[nodiscard]] static Result<QByteArray>
    createRequest(Workspace& workspace, const NewCaParameters& parameters, const crypto::SecureBuffer& passphrase,
                  const std::function<Status(const QByteArray& requestPem)>& deliver = {});

    /// Whether a pending key here matches `certificate`'s public key.
    [[nodiscard]] static Result<bool> hasPendingKeyFor(const Workspace& workspace,
                                                       const crypto::Certificate& certificate);
    /// Joins a signed certificate to its pending key: a new CA named `name` (the pending request's name when
    /// empty) with that key, under its issuer when the issuer is in the workspace; the pending row goes, in the same
    /// transaction. Errors "NoPendingKey" when no pending key matches, NotACa when the certificate is not a CA's.
    [[nodiscard]] static Result<qint64> importSigned(Workspace& workspace, const QByteArray& certificateData,
                                                     const QString& name = {});

    /// Signs a sub-CA request made elsewhere with the workspace CA `issuerCaId` (its key unlocked by the caller):
    /// CertificateBuilder::signSubCaRequest with parameters' validity and path length (the subject from the request
    /// unless parameters.subject is set), recorded as the certificate-only CA parameters.name under the issuer
    /// (audited "ca.imported" and "ca.request_signed", one transaction; `deliver` runs before it commits, so that a
    /// failed delivery records nothing: it should stage the certificate's file, put in place after this returns, so
    /// that no file holds a certificate the workspace does not record).
    [[nodiscard]] static Result<SignedSubCa>
    signRequest(Workspace& workspace, qint64 issuerCaId, const crypto::PrivateKey& issuerKey,
                const crypto::CertificateRequest& request, const NewCaParameters& parameters,
                const std::function<Status(const crypto::Certificate& certificate)>& deliver = {});
};

} // namespace iotca::model
