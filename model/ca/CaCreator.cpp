#include "CaCreator.h"

#include "CaRecordFactory.h"
#include "crypto/CertificateBuilder.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/SerialReservation.h"
#include "model/workspace/Transaction.h"
#include "model/workspace/Workspace.h"

namespace iotca::model {

namespace {

Status checkNewCa(Workspace& workspace, const NewCaParameters& parameters, const crypto::SecureBuffer& passphrase)
{
    if (parameters.name.trimmed().isEmpty()) {
        return Error {CaCreator::tr("A CA needs a name.")};
    }
    if (passphrase.isEmpty()) {
        //: %1 is a CA name
        return Error {CaCreator::tr("The private key of the CA '%1' needs a passphrase.").arg(parameters.name),
                      {},
                      QStringLiteral("PassphraseRequired")};
    }
    // Fail before the (slow) key generation when the name is taken.
    auto existing = workspace.cas().findByName(parameters.name.trimmed());
    if (!existing) {
        return existing.error();
    }
    if (existing->has_value()) {
        return Error {CaCreator::tr("There is already a CA named '%1' in this workspace.").arg(parameters.name),
                      {},
                      QStringLiteral("NameTaken")};
    }
    return {};
}

crypto::CaCertificateSpec specFor(const NewCaParameters& parameters)
{
    crypto::CaCertificateSpec spec;
    spec.subject = parameters.subject;
    spec.validityDays = parameters.validityDays;
    spec.pathLength = parameters.pathLength;
    spec.notBefore = parameters.notBefore;
    return spec;
}

Result<qint64> store(Workspace& workspace, const NewCaParameters& parameters, const crypto::Certificate& certificate,
                     const crypto::PrivateKey& key, const crypto::SecureBuffer& passphrase, qint64 parentCaId)
{
    auto encrypted = key.toEncryptedPkcs8Pem(passphrase);
    if (!encrypted) {
        return encrypted.error();
    }
    CaRecord record = caRecordFromCertificate(certificate, parameters.name, parameters.notes);
    record.encryptedKeyPem = *encrypted;
    record.parentCaId = parentCaId;
    return workspace.cas().add(record, CaOrigin::Created);
}

} // namespace

Result<qint64> CaCreator::createRoot(Workspace& workspace, const NewCaParameters& parameters,
                                     const crypto::SecureBuffer& passphrase)
{
    if (Status ok = checkNewCa(workspace, parameters, passphrase); !ok) {
        return ok.error();
    }
    auto key = crypto::PrivateKey::generate(parameters.algorithm);
    if (!key) {
        return key.error();
    }
    auto certificate = crypto::CertificateBuilder::createRootCa(*key, specFor(parameters));
    if (!certificate) {
        return certificate.error();
    }
    return store(workspace, parameters, *certificate, *key, passphrase, 0);
}

Result<qint64> CaCreator::createIntermediate(Workspace& workspace, const NewCaParameters& parameters,
                                             const crypto::SecureBuffer& passphrase, qint64 parentCaId,
                                             const crypto::PrivateKey& parentKey)
{
    if (Status ok = checkNewCa(workspace, parameters, passphrase); !ok) {
        return ok.error();
    }
    auto parent = workspace.cas().get(parentCaId);
    if (!parent) {
        return parent.error();
    }
    auto parentCertificate = crypto::Certificate::fromDer(parent->certificateDer);
    if (!parentCertificate) {
        return parentCertificate.error();
    }
    auto key = crypto::PrivateKey::generate(parameters.algorithm);
    if (!key) {
        return key.error();
    }
    // The serial is reserved under the parent before it signs (unique per issuer across every operator and every kind
    // of certificate, SerialReservation); recording the CA settles it, any way out before that releases it.
    auto reservation =
        SerialReservation::reserve(workspace, parentCaId, IssuedCertificateKind::Ca, parameters.name.trimmed());
    if (!reservation) {
        return reservation.error();
    }
    crypto::CaCertificateSpec spec = specFor(parameters);
    spec.serial = reservation->serial();
    auto issued = crypto::CertificateBuilder::createIntermediateCa(*key, spec, *parentCertificate, parentKey);
    if (!issued) {
        return issued.error();
    }
    auto transaction = Transaction::begin(workspace);
    if (!transaction) {
        return transaction.error();
    }
    auto stored = store(workspace, parameters, issued->certificate, *key, passphrase, parentCaId);
    if (!stored) {
        return stored.error();
    }
    if (Status settled = reservation->settle(*transaction); !settled) {
        return settled.error();
    }
    if (Status committed = transaction->commit(); !committed) {
        return committed.error();
    }
    return *stored;
}

} // namespace iotca::model
