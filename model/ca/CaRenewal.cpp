#include "CaRenewal.h"

#include "CaChain.h"
#include "CaRecordFactory.h"
#include "crypto/CertificateBuilder.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/SerialReservation.h"
#include "model/workspace/Transaction.h"
#include "model/workspace/Workspace.h"

namespace iotca::model {

Result<qint64> CaRenewal::signerOf(const Workspace& workspace, qint64 caId)
{
    auto path = CaChain::pathOf(workspace, caId);
    if (!path)
        return path.error();
    if (path->certificates.constFirst().isSelfSigned())
        return caId;
    if (path->cas.size() < 2) {
        //: %1 is a CA name
        return Error {tr("The issuer of the CA '%1' is not in this workspace; renew it where its issuer is kept.")
                          .arg(path->cas.constFirst().name),
                      {},
                      QStringLiteral("IssuerMissing")};
    }
    return path->cas.at(1).id;
}

Result<CaRenewalResult> CaRenewal::renew(Workspace& workspace, qint64 caId, const crypto::PrivateKey& signingKey,
                                         int validityDays)
{
    auto ca = workspace.cas().get(caId);
    if (!ca)
        return ca.error();
    auto current = crypto::Certificate::fromDer(ca->certificateDer);
    if (!current)
        return current.error();
    auto signer = signerOf(workspace, caId);
    if (!signer)
        return signer.error();
    crypto::Certificate issuerCertificate;
    if (*signer != caId) {
        auto issuer = workspace.cas().get(*signer);
        if (!issuer)
            return issuer.error();
        auto certificate = crypto::Certificate::fromDer(issuer->certificateDer);
        if (!certificate)
            return certificate.error();
        issuerCertificate = *certificate;
    }
    // The new serial is reserved under the signer (the CA itself for a root) before it signs (unique per issuer,
    // SerialReservation); the record settles it.
    auto reservation = SerialReservation::reserve(workspace, *signer, IssuedCertificateKind::Ca, ca->name);
    if (!reservation)
        return reservation.error();
    auto renewed = crypto::CertificateBuilder::renewCa(*current, validityDays, issuerCertificate, signingKey, {},
                                                       reservation->serial());
    if (!renewed)
        return renewed.error();
    const CaRecord record = caRecordFromCertificate(renewed->certificate, ca->name, ca->notes);
    auto transaction = Transaction::begin(workspace);
    if (!transaction)
        return transaction.error();
    if (Status stored = workspace.cas().replaceCertificate(caId, record); !stored)
        return stored.error();
    if (Status settled = reservation->settle(*transaction); !settled)
        return settled.error();
    if (Status committed = transaction->commit(); !committed)
        return committed.error();
    return CaRenewalResult {ca->serialHex, record.serialHex, renewed->warning};
}

} // namespace iotca::model
