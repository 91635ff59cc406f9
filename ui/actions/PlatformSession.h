#pragma once

#include "crypto/Result.h"
#include "model/platform/PlatformAccount.h"
#include "model/workspace/PlatformAccountRecord.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>

class QNetworkAccessManager;

namespace iotca::model {
class CaRegistrationService;
class PlatformConnector;
class SecretStore;
class Workspace;
} // namespace iotca::model

namespace iotca::ui {

/// One platform account ready to talk, for the length of one command: its credentials read from the keychain
/// (PlatformAccountService::load), a connector on its own network access manager, and the CaRegistrationService
/// that records what the platform did. Alibaba Cloud IoT Platform accounts have no API and cannot be opened.
class PlatformSession : public QObject
{
    Q_OBJECT
public:
    /// Whether a finished platform call reached the platform.
    enum class Contact {
        NotContacted, ///< nothing was sent (pre-flight refusal, cancelled, local failure)
        Answered, ///< the platform replied, success or a platform error
        NoAnswer, ///< the request was sent but no platform answered (refused, TLS, timeout, host not found)
    };

    /// Blocking keychain read: call from a GUI slot that can afford a nested event loop.
    [[nodiscard]] static Result<PlatformSession*> open(model::Workspace& workspace, model::SecretStore& secrets,
                                                       qint64 accountId, QObject* parent);
    ~PlatformSession() override;

    [[nodiscard]] const model::PlatformAccountRecord& record() const { return m_record; }
    [[nodiscard]] model::PlatformConnector& connector() const { return *m_connector; }
    [[nodiscard]] model::CaRegistrationService& service() const { return *m_service; }

    /// Lists the account's CAs once (nothing recorded) and reports the outcome to `done`, unless `context` is
    /// destroyed first. For the account dialog's "Test connection" before the account is stored.
    static void testConnection(model::PlatformAccount account, model::PlatformSecret secret, QObject* context,
                               std::function<void(Status)> done);

    [[nodiscard]] static Contact contactOf(const Status& outcome);

private:
    PlatformSession(model::PlatformAccountRecord record, QObject* parent);

    model::PlatformAccountRecord m_record;
    QNetworkAccessManager* m_network;
    model::PlatformConnector* m_connector = nullptr;
    model::CaRegistrationService* m_service = nullptr;
};

} // namespace iotca::ui
