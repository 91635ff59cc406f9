#pragma once

#include "crypto/Result.h"
#include "model/platform/PlatformAccount.h"
#include "model/workspace/PlatformAccountRecord.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>
#include <memory>

namespace iotca::model {
class CaRegistrationService;
class PlatformAccountConnection;
class PlatformConnector;
class SecretStore;
class Workspace;
} // namespace iotca::model

namespace iotca::ui {

/// One platform account ready to talk (a model::PlatformAccountConnection) for the length of one GUI command, as a
/// QObject: the command parents it and deletes it later, and the callbacks of the calls it starts are bound to it, so
/// nothing waits. The command line's counterpart is app::BlockingPlatformConnection, which waits for each call instead
/// (docs/architecture.md, "Platform connections"). Alibaba Cloud IoT Platform accounts have no API and cannot be
/// opened.
class PlatformConnectionObject : public QObject
{
    Q_OBJECT
public:
    /// Whether a finished platform call reached the platform.
    enum class Contact {
        NotContacted, ///< nothing was sent (pre-flight refusal, cancelled, local failure)
        Answered, ///< the platform replied, success or a platform error
        NoAnswer, ///< the request was sent but no platform answered (refused, TLS, timeout, host not found)
    };

    using OpenCallback = std::function<void(Result<PlatformConnectionObject*>)>;

    /// Opens the account without waiting: its credentials are read from the keychain asynchronously, and `done` gets
    /// the connection (a child of `parent`) on a later event-loop turn, unless `parent` is destroyed first. The
    /// platform flows themselves run as model::RegistrationJob, which opens its account the same way.
    static void open(model::Workspace& workspace, model::SecretStore& secrets, qint64 accountId, QObject* parent,
                     OpenCallback done);
    ~PlatformConnectionObject() override;

    [[nodiscard]] const model::PlatformAccountRecord& record() const;
    [[nodiscard]] model::PlatformConnector& connector() const;
    [[nodiscard]] model::CaRegistrationService& service() const;

    /// Lists the account's CAs once (nothing recorded) and reports the outcome to `done`, unless `context` is
    /// destroyed first. For the account dialog's "Test connection" before the account is stored.
    static void testConnection(model::PlatformAccount account, model::PlatformSecret secret, QObject* context,
                               std::function<void(Status)> done);

    [[nodiscard]] static Contact contactOf(const Status& outcome);

private:
    PlatformConnectionObject(std::unique_ptr<model::PlatformAccountConnection> connection, QObject* parent);

    std::unique_ptr<model::PlatformAccountConnection> m_connection;
};

} // namespace iotca::ui
