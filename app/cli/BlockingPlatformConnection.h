#pragma once

#include "crypto/Result.h"
#include "model/registration/CaRegistrationService.h"
#include "model/registration/PlatformAccountConnection.h"
#include "model/registration/RegistrationJob.h"
#include "model/workspace/PlatformAccountRecord.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <memory>
#include <optional>

namespace iotca::model {
class PlatformConnector;
class Workspace;
} // namespace iotca::model

namespace iotca::app {

/// One platform account opened for a CLI command (a model::PlatformAccountConnection), and the waiting a command does:
/// each call blocks the command until the platform operation reports. The GUI's counterpart is
/// ui::PlatformConnectionObject, which never waits (docs/architecture.md, "Platform connections").
///
/// await() runs the event loop until an operation reports, with a step line on standard error when it is a terminal;
/// Ctrl-C (or SIGTERM) cancels the operation, which then reports Error code "Cancelled" with nothing recorded.
class BlockingPlatformConnection
{
    Q_DECLARE_TR_FUNCTIONS(BlockingPlatformConnection)

public:
    /// The account named `name`, or an error naming it (code "NotFound").
    [[nodiscard]] static Result<model::PlatformAccountRecord> findAccount(model::Workspace& workspace,
                                                                          const QString& name);
    /// Loads the account's credentials and makes its connector. Fails for a platform without an API (Alibaba Cloud
    /// IoT Platform, code "Preflight.Unsupported") and when the keychain lost the credentials.
    [[nodiscard]] static Result<std::unique_ptr<BlockingPlatformConnection>>
    open(model::Workspace& workspace, const model::PlatformAccountRecord& account);
    ~BlockingPlatformConnection();
    BlockingPlatformConnection(const BlockingPlatformConnection&) = delete;
    BlockingPlatformConnection& operator=(const BlockingPlatformConnection&) = delete;

    [[nodiscard]] const model::PlatformAccountRecord& account() const noexcept { return m_connection->record(); }
    [[nodiscard]] model::PlatformConnector& connector() noexcept { return m_connection->connector(); }
    [[nodiscard]] model::CaRegistrationService& service() noexcept { return m_connection->service(); }

    /// Calls `start` with a callback and waits for it.
    template<class T, class Start>
    [[nodiscard]] Result<T> await(Start&& start)
    {
        std::optional<Result<T>> outcome;
        QEventLoop loop;
        start([&outcome, &loop](Result<T> result) {
            outcome.emplace(std::move(result));
            loop.quit();
        });
        if (!outcome)
            wait(loop);
        return std::move(*outcome);
    }

    /// Runs a registration job on this connection (made with AccountAccess::openedAs(service())) and waits for it
    /// like await(): the same step line, Ctrl-C cancels it. Returns its result or its error.
    template<class T>
    [[nodiscard]] Result<T> run(model::RegistrationResultJob<T>& job)
    {
        if (Status finished = runJob(job); !finished)
            return finished.error();
        return job.result();
    }

    /// Prints a failed platform operation (the message, the platform's answer, `hint` when given: what to do about it
    /// on this command line, and the error code where there is one, e.g. "iotca: error code: SignatureDoesNotMatch")
    /// and returns the exit code.
    [[nodiscard]] static int failure(const Error& error, const QString& hint = {});

private:
    explicit BlockingPlatformConnection(std::unique_ptr<model::PlatformAccountConnection> connection);
    void wait(QEventLoop& loop);
    [[nodiscard]] Status runJob(model::Job& job);

    std::unique_ptr<model::PlatformAccountConnection> m_connection;
};

} // namespace iotca::app
