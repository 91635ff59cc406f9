#pragma once

#include "CaRegistrationService.h"
#include "model/platform/PlatformConnector.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <utility>

namespace iotca::model {

/// One operation of a CaRegistrationService, from its start to its report (private to model/registration).
///
/// The service holds the operation in flight; the operation's steps are the callbacks of its platform requests,
/// wrapped by step() so that none runs after the operation reported or its service went away. cancel() aborts the
/// request in flight (its step then sees an Error with code "Cancelled") and makes the next step boundary stop.
class CaRegistrationService::Operation : public std::enable_shared_from_this<Operation>
{
    Q_DECLARE_TR_FUNCTIONS(CaRegistrationService)
public:
    explicit Operation(CaRegistrationService& service);
    virtual ~Operation();
    Operation(const Operation&) = delete;
    Operation& operator=(const Operation&) = delete;

    /// Makes `operation` the service's operation in flight and starts it on the next event-loop turn; when the
    /// service is busy, `operation` fails with code "Busy" instead and the operation in flight goes on.
    static void launch(CaRegistrationService& service, const std::shared_ptr<Operation>& operation);

    /// The user's cancel().
    void cancel();
    /// The service is being destroyed: cancels, and the report goes out at once.
    void abandon();

protected:
    /// The first step (local checks, first request).
    virtual void start() = 0;
    /// Reports `error` through the operation's callback (after release()).
    virtual void fail(Error error) = 0;
    /// Reports `error` without touching the service: the rejection of an operation that never became current.
    virtual void reject(Error error) = 0;

    [[nodiscard]] CaRegistrationService* service() const { return m_service.data(); }
    [[nodiscard]] Workspace& workspace() const;
    [[nodiscard]] PlatformConnector& connector() const;
    [[nodiscard]] qint64 accountId() const;
    [[nodiscard]] const PlatformCapabilities& capabilities() const;
    [[nodiscard]] const PreflightChecker& rules() const;

    [[nodiscard]] bool isCancelled() const noexcept { return m_cancelled; }
    [[nodiscard]] bool isAbandoned() const noexcept { return m_abandoned; }
    [[nodiscard]] bool isReleased() const noexcept { return m_released; }
    /// The Error a cancelled operation reports; `what` says what the platform already did, if anything.
    [[nodiscard]] static Error cancelledError(const QString& what = {});
    /// A step boundary: when cancel() was called, reports Cancelled and returns true.
    [[nodiscard]] bool stopIfCancelled(const QString& what = {});
    /// Fails when the workspace cannot record the outcome, before anything is sent.
    [[nodiscard]] Status checkWritable() const;
    /// `error` with what was being done in front ("Uploading the CA certificate failed: ..."), code and detail kept;
    /// a cancelled request becomes cancelledError().
    [[nodiscard]] static Error inStep(const QString& what, const Error& error);
    /// The CA's name for messages ("Fleet Root"), or its id when it cannot be read.
    [[nodiscard]] QString caName(qint64 caId) const;
    /// The account's registration of `caId`, which must exist and not be Deleted (codes "NotRegistered",
    /// "RegistrationDeleted").
    [[nodiscard]] Result<CaRegistrationRecord> liveRegistration(qint64 caId) const;

    void progress(int done, int total, const QString& step);
    void announceVerificationCertificate(const QByteArray& pem);
    /// Remembers `job` as the request in flight, the one cancel() aborts; cancels it at once (before it is sent)
    /// when cancel() came while the step was being set up.
    void track(ApiJob* job);

    /// Wraps a step taking `Arg` (a connector result) so that it runs only while the operation is still going.
    template<class Arg, class Body>
    [[nodiscard]] std::function<void(Arg)> step(Body body)
    {
        return [weak = weak_from_this(), body = std::move(body)](Arg argument) mutable {
            const std::shared_ptr<Operation> self = weak.lock();
            if (!self || self->m_released)
                return;
            body(std::move(argument));
        };
    }

    /// Ends the operation on the service: not busy any more, nothing to cancel. The callback comes after this.
    void release();

private:
    QPointer<CaRegistrationService> m_service;
    bool m_cancelled = false;
    bool m_abandoned = false;
    bool m_released = false;
};

/// An operation that reports a Result<T> through a CaRegistrationService::Callback<T>, exactly once.
template<class T>
class ReportingOperation : public CaRegistrationService::Operation
{
public:
    ReportingOperation(CaRegistrationService& service, CaRegistrationService::Callback<T> done)
        : Operation(service)
        , m_done(std::move(done))
    { }

protected:
    void finish(Result<T> result)
    {
        if (isReleased())
            return;
        const auto keepAlive = shared_from_this();
        release();
        if (m_done)
            std::exchange(m_done, {})(std::move(result));
    }
    void fail(Error error) override { finish(std::move(error)); }
    void reject(Error error) override
    {
        auto done = std::exchange(m_done, {});
        if (CaRegistrationService* owner = service(); owner && done)
            QTimer::singleShot(0, owner, [done, error] { done(error); });
    }

private:
    CaRegistrationService::Callback<T> m_done;
};

} // namespace iotca::model
