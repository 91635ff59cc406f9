#include "RegistrationJob.h"

#include "PlatformAccountConnection.h"
#include "model/ModelErrorCode.h"

namespace iotca::model {

RegistrationJob::RegistrationJob(AccountAccess access, QObject* parent)
    : Job(parent)
    , m_access(access)
{ }

RegistrationJob::~RegistrationJob() = default;

Error RegistrationJob::notSentError()
{
    return Error {tr("Cancelled: nothing was sent to the platform."), {}, ErrorCode::Cancelled};
}

void RegistrationJob::doStart()
{
    if (isCancelRequested()) {
        finish(notSentError());
        return;
    }
    if (m_access.m_service) {
        run(*m_access.m_service);
        return;
    }
    reportProgress(0, 0);
    Q_EMIT step(0, 0, tr("Reading the account's credentials…"));
    // The asynchronous read: a blocking one would run a nested event loop under whatever called start().
    PlatformAccountConnection::open(*m_access.m_workspace, *m_access.m_secrets, m_access.m_accountId, this,
                                    [this](Result<std::unique_ptr<PlatformAccountConnection>> opened) {
                                        if (isFinished())
                                            return; // cancelled while the keychain was asked
                                        if (!opened) {
                                            finish(std::move(opened.error()));
                                            return;
                                        }
                                        m_connection = std::move(*opened);
                                        run(m_connection->service());
                                    });
}

void RegistrationJob::run(CaRegistrationService& service)
{
    m_service = &service;
    connect(&service, &CaRegistrationService::progress, this, [this](int done, int total, const QString& text) {
        if (isFinished())
            return;
        reportProgress(done, total);
        Q_EMIT step(done, total, text);
    });
    connect(&service, &CaRegistrationService::verificationCertificateMade, this,
            &RegistrationJob::verificationCertificateMade);
    launch(service);
}

void RegistrationJob::doCancel()
{
    if (m_service) {
        m_service->cancel();
        return;
    }
    // The account is not open yet: nothing was sent, nothing recorded.
    finish(notSentError());
}

} // namespace iotca::model
