#include "CaRegistrationOperation.h"

#include "model/ModelErrorCode.h"
#include "model/workspace/CaRegistrationRepository.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/Workspace.h"

namespace iotca::model {

CaRegistrationService::Operation::Operation(CaRegistrationService& service)
    : m_service(&service)
{ }

CaRegistrationService::Operation::~Operation() = default;

void CaRegistrationService::Operation::launch(CaRegistrationService& service,
                                              const std::shared_ptr<Operation>& operation)
{
    if (service.m_operation) {
        operation->reject(Error {tr("Another platform operation of this account is still "
                                    "running; wait for it or cancel it first."),
                                 {},
                                 QStringLiteral("Busy")});
        return;
    }
    service.m_operation = operation;
    service.m_busy = true;
    service.m_currentJob = nullptr;
    // Asynchronous like the connectors: the callback never runs inside the call that started the operation.
    QTimer::singleShot(0, &service, [weak = std::weak_ptr<Operation>(operation)] {
        const std::shared_ptr<Operation> self = weak.lock();
        if (!self || self->m_released)
            return;
        if (self->stopIfCancelled())
            return;
        self->start();
    });
}

void CaRegistrationService::Operation::cancel()
{
    if (m_released)
        return;
    m_cancelled = true;
    const auto keepAlive = shared_from_this();
    if (CaRegistrationService* owner = service(); owner && owner->m_currentJob)
        owner->m_currentJob->cancel(); // the job's step sees "Cancelled" and reports
}

void CaRegistrationService::Operation::abandon()
{
    m_abandoned = true;
    cancel();
    if (!m_released)
        fail(cancelledError());
}

Workspace& CaRegistrationService::Operation::workspace() const
{
    return m_service->m_workspace;
}

PlatformConnector& CaRegistrationService::Operation::connector() const
{
    return m_service->m_connector;
}

qint64 CaRegistrationService::Operation::accountId() const
{
    return m_service->m_accountId;
}

const PlatformCapabilities& CaRegistrationService::Operation::capabilities() const
{
    return connector().capabilities();
}

const PreflightChecker& CaRegistrationService::Operation::rules() const
{
    return connector().preflight();
}

Error CaRegistrationService::Operation::cancelledError(const QString& what)
{
    if (what.isEmpty())
        return Error {tr("The operation was cancelled; nothing was recorded."), {}, ErrorCode::Cancelled};
    //: %1 says what the platform had already done when the operation was cancelled
    return Error {tr("The operation was cancelled; nothing was recorded. %1").arg(what), {}, ErrorCode::Cancelled};
}

bool CaRegistrationService::Operation::stopIfCancelled(const QString& what)
{
    if (!m_cancelled)
        return false;
    fail(cancelledError(what));
    return true;
}

Status CaRegistrationService::Operation::checkWritable() const
{
    if (!workspace().isReadOnly())
        return {};
    return Error {tr("The workspace is open read-only, so the outcome could not be recorded; "
                     "nothing was sent to the platform."),
                  {},
                  QStringLiteral("ReadOnly")};
}

Error CaRegistrationService::Operation::inStep(const QString& what, const Error& error)
{
    if (error.code == ErrorCode::Cancelled)
        return cancelledError();
    //: %1 says what was being done ("Uploading the CA certificate 'Fleet Root'"), %2 why it failed
    return Error {tr("%1 failed: %2").arg(what, error.message), error.detail, error.code};
}

QString CaRegistrationService::Operation::caName(qint64 caId) const
{
    const auto ca = workspace().cas().get(caId);
    return ca ? ca->name : QString::number(caId);
}

Result<CaRegistrationRecord> CaRegistrationService::Operation::liveRegistration(qint64 caId) const
{
    auto stored = workspace().registrations().get(caId, accountId());
    if (!stored)
        return stored.error();
    if (!stored->has_value()) {
        //: %1 is a CA name, %2 a platform account name
        return Error {
            tr("The CA '%1' is not registered with the account '%2'.").arg(caName(caId), connector().account().name),
            {},
            QStringLiteral("NotRegistered")};
    }
    if ((*stored)->status == RegistrationStatus::Deleted) {
        return Error {tr("The CA '%1' was deleted from the account '%2'; register it again first.")
                          .arg(caName(caId), connector().account().name),
                      {},
                      QStringLiteral("RegistrationDeleted")};
    }
    return **stored;
}

void CaRegistrationService::Operation::progress(int done, int total, const QString& step)
{
    if (CaRegistrationService* owner = service(); owner && !m_released)
        Q_EMIT owner->progress(done, total, step);
}

void CaRegistrationService::Operation::announceVerificationCertificate(const QByteArray& pem)
{
    if (CaRegistrationService* owner = service(); owner && !m_released)
        Q_EMIT owner->verificationCertificateMade(pem);
}

void CaRegistrationService::Operation::track(ApiJob* job)
{
    CaRegistrationService* owner = service();
    if (!owner || m_released)
        return;
    owner->m_currentJob = job;
    // Cancelled while this step was being set up (a progress slot may cancel): the request never goes out.
    if (m_cancelled && job)
        job->cancel();
}

void CaRegistrationService::Operation::release()
{
    if (m_released)
        return;
    m_released = true;
    CaRegistrationService* owner = service();
    if (!owner || owner->m_operation.get() != this)
        return;
    owner->m_currentJob = nullptr;
    owner->m_busy = false;
    owner->m_operation.reset(); // may drop the last reference: callers hold one (finish() does)
}

} // namespace iotca::model
