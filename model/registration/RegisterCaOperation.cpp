#include "RegisterCaOperation.h"

#include "CaRegistrationPreflight.h"
#include "RegistrationRecorder.h"
#include "crypto/VerificationCertificate.h"
#include "model/workspace/CaRegistrationRepository.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/SerialReservation.h"
#include "model/workspace/VerificationCertificateLedger.h"
#include "model/workspace/Workspace.h"

#include <QDateTime>

namespace iotca::model {

RegisterCaOperation::RegisterCaOperation(CaRegistrationService& service, RegisterCaRequest request,
                                         CaRegistrationService::Callback<CaRegistrationRecord> done)
    : ReportingOperation(service, std::move(done))
    , m_request(std::move(request))
{ }

void RegisterCaOperation::start()
{
    if (Status writable = checkWritable(); !writable)
        return fail(writable.error());
    auto ca = workspace().cas().get(m_request.caId);
    if (!ca)
        return fail(ca.error());
    m_ca = *ca;
    auto certificate = crypto::Certificate::fromDer(m_ca.certificateDer);
    if (!certificate) {
        //: %1 is a CA name, %2 the reason
        return fail(Error {tr("The certificate of the CA '%1' in the workspace cannot be read: %2")
                               .arg(m_ca.name, certificate.error().message),
                           certificate.error().detail, certificate.error().code});
    }
    m_certificate = *certificate;
    m_remoteName = m_request.remoteName.trimmed().isEmpty() ? m_ca.name : m_request.remoteName.trimmed();
    auto existing = workspace().registrations().get(m_ca.id, accountId());
    if (!existing)
        return fail(existing.error());
    if (Status local = CaRegistrationPreflight::checkLocal(rules(), m_ca, m_certificate, m_request.caKey, m_remoteName,
                                                           m_request.registrationCode.trimmed(), *existing,
                                                           m_request.recordedVerificationPem);
        !local) {
        return fail(local.error());
    }
    if (!m_request.activate && !capabilities().supports(PlatformCapabilities::Operation::DeactivateCa)) {
        //: %1 is a platform name
        return fail(
            Error {tr("%1 registers CA certificates as active only.").arg(platformDisplayName(capabilities().platform)),
                   {},
                   QStringLiteral("Preflight.Unsupported")});
    }
    progress(m_step++, totalSteps(), tr("Checking the CA certificates of the account"));
    track(connector().listCas(
        step<Result<QList<RemoteCaCertificate>>>([this](auto listed) { onListed(std::move(listed)); })));
}

void RegisterCaOperation::onListed(Result<QList<RemoteCaCertificate>> listed)
{
    if (!listed)
        return fail(inStep(tr("Reading the CA certificates of the account"), listed.error()));
    auto known = workspace().cas().list();
    if (!known)
        return fail(known.error());
    if (Status remote =
            CaRegistrationPreflight::checkRemote(rules(), m_ca, m_certificate, m_remoteName, *listed, *known);
        !remote) {
        return fail(remote.error());
    }
    if (stopIfCancelled())
        return;
    const QString given = m_request.registrationCode.trimmed();
    if (!given.isEmpty())
        return upload(given);
    progress(m_step++, totalSteps(), tr("Fetching the registration code"));
    track(connector().getRegistrationCode(step<Result<QString>>([this](auto code) { onCode(std::move(code)); })));
}

void RegisterCaOperation::onCode(Result<QString> code)
{
    if (!code)
        return fail(inStep(tr("Fetching the registration code"), code.error()));
    if (Status plausible = rules().checkRegistrationCode(*code); !plausible)
        return fail(plausible.error());
    if (stopIfCancelled())
        return;
    upload(*code);
}

void RegisterCaOperation::upload(const QString& code)
{
    progress(m_step++, totalSteps(), tr("Making the verification certificate"));
    QByteArray verificationPem = m_request.recordedVerificationPem; // made offline: checked by checkLocal()
    if (verificationPem.isEmpty()) {
        crypto::VerificationCertificateSpec spec;
        spec.registrationCode = code;
        // Reserved before the CA signs (unique per CA across every operator); the record settles it, and a cancel or
        // failure before it releases it.
        auto reservation = SerialReservation::reserve(workspace(), m_ca.id, IssuedCertificateKind::Verification, code);
        if (!reservation)
            return fail(inStep(tr("Making the verification certificate for '%1'").arg(m_ca.name), reservation.error()));
        spec.serial = reservation->serial();
        auto verification = crypto::VerificationCertificate::create(spec, m_certificate, m_request.caKey);
        m_request.caKey = crypto::PrivateKey(); // no longer needed: let OpenSSL free (and clear) it now
        if (!verification)
            return fail(
                inStep(tr("Making the verification certificate for '%1'").arg(m_ca.name), verification.error()));
        // A cancel now discards it unseen; otherwise it is recorded before it is uploaded (brief rule 1: every
        // certificate the CA signs is recorded). No event is handled between the record and the upload, so a cancel
        // cannot come between them.
        if (stopIfCancelled())
            return;
        auto recorded =
            VerificationCertificateLedger(workspace())
                .record(m_ca.id, verification->certificate(), code, VerificationCertificatePurpose::Registration);
        if (!recorded)
            return fail(inStep(tr("Making the verification certificate for '%1'").arg(m_ca.name), recorded.error()));
        verificationPem = verification->certificate().toPem();
    }
    announceVerificationCertificate(verificationPem);
    if (stopIfCancelled())
        return;
    progress(m_step++, totalSteps(), tr("Uploading the CA certificate"));
    const CaUpload upload {m_remoteName, m_certificate.toPem(), verificationPem, m_request.activate};
    track(connector().registerCa(upload, step<Result<RemoteCaCertificate>>([this, code](auto registered) {
                                     onRegistered(code, std::move(registered));
                                 })));
}

void RegisterCaOperation::onRegistered(const QString& code, Result<RemoteCaCertificate> registered)
{
    if (!registered)
        return fail(inStep(tr("Uploading the CA certificate '%1'").arg(m_ca.name), registered.error()));
    // The platform has the CA now: record it even if cancel() came too late to stop the upload.
    progress(m_step++, totalSteps(), tr("Recording the registration"));
    CaRegistrationRecord record;
    record.caId = m_ca.id;
    record.accountId = accountId();
    record.remoteId = registered->remoteId;
    record.status = registered->status == RemoteStatus::Active && m_request.activate ? RegistrationStatus::Activated
                                                                                     : RegistrationStatus::Inactivated;
    record.registrationCode = code;
    record.registeredAt = QDateTime::currentDateTimeUtc();
    record.lastSynced = record.registeredAt;
    auto recorded = RegistrationRecorder(workspace(), accountId()).recordRegistration(record);
    if (!recorded) {
        //: %1 is a platform name, %2 the platform's id for the CA, %3 the reason
        return fail(
            Error {tr("%1 registered the CA as '%2', but the workspace could not record it: %3")
                       .arg(platformDisplayName(capabilities().platform), record.remoteId, recorded.error().message),
                   recorded.error().detail, QStringLiteral("NotRecorded")});
    }
    progress(totalSteps(), totalSteps(), tr("Registered"));
    finish(*recorded);
}

} // namespace iotca::model
