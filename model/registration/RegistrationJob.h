#pragma once

#include "CaRegistrationService.h"
#include "model/jobs/Job.h"

#include <QPointer>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace iotca::model {

class PlatformAccountConnection;
class SecretStore;
class Workspace;

/// Which platform account a RegistrationJob talks to: one the job opens itself, or one that is open already.
class AccountAccess
{
public:
    /// The job opens the account as its first step; the credentials are read from `secrets` without blocking, so the
    /// thread that runs the job (the GUI's) keeps processing events while the keychain answers.
    [[nodiscard]] static AccountAccess toOpen(Workspace& workspace, SecretStore& secrets, qint64 accountId) noexcept
    {
        return AccountAccess(&workspace, &secrets, accountId, nullptr);
    }
    /// An account open already (the CLI's BlockingPlatformConnection, tests): the job runs on its service, which must
    /// outlive the job.
    [[nodiscard]] static AccountAccess openedAs(CaRegistrationService& service) noexcept
    {
        return AccountAccess(nullptr, nullptr, service.accountId(), &service);
    }

private:
    friend class RegistrationJob;
    AccountAccess(Workspace* workspace, SecretStore* secrets, qint64 accountId, CaRegistrationService* service) noexcept
        : m_workspace(workspace)
        , m_secrets(secrets)
        , m_accountId(accountId)
        , m_service(service)
    { }

    Workspace* m_workspace;
    SecretStore* m_secrets;
    qint64 m_accountId;
    CaRegistrationService* m_service;
};

/// One platform flow of CaRegistrationService as a model::Job (docs/architecture.md R7, "Background work"): start()
/// opens the account when asked to (an asynchronous keychain read, never a blocking one), then runs the flow; its
/// steps come as progress() and step(); cancel() stops at the next consistent point — before the account is open
/// nothing was sent, later the service's own cancel applies (nothing is recorded that the platform did not do);
/// exactly one finished(). The subclasses below (RegistrationJobs.h) add the typed result.
class RegistrationJob : public Job
{
    Q_OBJECT
public:
    ~RegistrationJob() override;

    [[nodiscard]] qint64 accountId() const noexcept { return m_access.m_accountId; }

Q_SIGNALS:
    /// What the job is doing now, one translated line ("Reading the account's credentials…", "Uploading…"), with
    /// the progress() it goes with.
    void step(qint64 done, qint64 total, const QString& text);
    /// Forwarded from CaRegistrationService::verificationCertificateMade (RegisterCaJob only).
    void verificationCertificateMade(const QByteArray& pem);

protected:
    RegistrationJob(AccountAccess access, QObject* parent);

    /// Starts the flow on `service`; the flow's callback finishes the job (RegistrationResultJob).
    virtual void launch(CaRegistrationService& service) = 0;

    void doStart() override;
    void doCancel() override;

private:
    void run(CaRegistrationService& service);
    /// A cancel before the account was open.
    [[nodiscard]] static Error notSentError();

    AccountAccess m_access;
    std::unique_ptr<PlatformAccountConnection> m_connection;
    QPointer<CaRegistrationService> m_service;
};

/// A RegistrationJob whose flow reports a `T` (the recorded registration, a cascade's or a batch's outcome). The named
/// jobs (RegistrationJobs.h) only say which service call they make.
template<class T>
class RegistrationResultJob : public RegistrationJob
{
public:
    /// What the platform did, as recorded; only after finished() with success.
    [[nodiscard]] const T& result() const { return *m_result; }
    [[nodiscard]] bool hasResult() const noexcept { return m_result.has_value(); }

protected:
    /// Starts the flow on the service with the callback that finishes the job.
    using Call = std::function<void(CaRegistrationService& service, CaRegistrationService::Callback<T> done)>;

    RegistrationResultJob(AccountAccess access, Call call, QObject* parent)
        : RegistrationJob(access, parent)
        , m_call(std::move(call))
    { }

    void launch(CaRegistrationService& service) override
    {
        // Called once; the call (and what it holds, such as a CA key) is dropped as soon as the flow has it.
        std::exchange(m_call, {})(service, [self = QPointer<RegistrationResultJob>(this)](Result<T> outcome) {
            if (!self)
                return;
            if (!outcome) {
                self->finish(std::move(outcome.error()));
                return;
            }
            self->m_result.emplace(std::move(*outcome));
            self->finish({});
        });
    }

private:
    Call m_call;
    std::optional<T> m_result;
};

} // namespace iotca::model
