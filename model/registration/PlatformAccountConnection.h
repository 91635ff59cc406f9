#pragma once

#include "crypto/Result.h"
#include "model/workspace/PlatformAccountRecord.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QObject;

namespace iotca::model {

class CaRegistrationService;
class PlatformConnector;
class SecretStore;
class Workspace;
struct LoadedPlatformAccount;

/// One platform account ready to talk, the same for the CLI and the GUI: its credentials read from the keychain
/// (PlatformAccountService::load), a connector on a network access manager of its own (so no TLS session or
/// connection is shared between accounts), and the CaRegistrationService that records what the platform did.
class PlatformAccountConnection
{
public:
    using OpenCallback = std::function<void(Result<std::unique_ptr<PlatformAccountConnection>>)>;

    /// Blocking keychain read (a local event loop): for the CLI and tests, never the GUI thread. Fails for a
    /// platform without an API (Alibaba Cloud IoT Platform, code "Preflight.Unsupported") and when the keychain lost
    /// the credentials (code "NotFound").
    [[nodiscard]] static Result<std::unique_ptr<PlatformAccountConnection>>
    open(Workspace& workspace, SecretStore& secrets, qint64 accountId);
    /// The same without waiting (RegistrationJob's first step): the keychain is read asynchronously and `done` is
    /// called once, on a later event-loop turn, unless `context` is destroyed first. `workspace` must outlive it.
    static void open(Workspace& workspace, SecretStore& secrets, qint64 accountId, QObject* context, OpenCallback done);
    ~PlatformAccountConnection();
    PlatformAccountConnection(const PlatformAccountConnection&) = delete;
    PlatformAccountConnection& operator=(const PlatformAccountConnection&) = delete;

    [[nodiscard]] const PlatformAccountRecord& record() const noexcept { return m_record; }
    [[nodiscard]] PlatformConnector& connector() const noexcept { return *m_connector; }
    [[nodiscard]] CaRegistrationService& service() const noexcept { return *m_service; }

private:
    explicit PlatformAccountConnection(PlatformAccountRecord record);
    [[nodiscard]] static Result<std::unique_ptr<PlatformAccountConnection>>
    connect(Workspace& workspace, Result<LoadedPlatformAccount> loaded, qint64 accountId);

    PlatformAccountRecord m_record;
    // Declared in the order they depend on each other; destroyed in reverse (service, connector, network).
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<PlatformConnector> m_connector;
    std::unique_ptr<CaRegistrationService> m_service;
};

} // namespace iotca::model
