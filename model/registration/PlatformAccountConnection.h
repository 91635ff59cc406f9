#pragma once

#include "crypto/Result.h"
#include "model/workspace/PlatformAccountRecord.h"

#include <QCoreApplication>

#include <memory>

class QNetworkAccessManager;

namespace iotca::model {

class CaRegistrationService;
class PlatformConnector;
class SecretStore;
class Workspace;

/// One platform account ready to talk, the same for the CLI and the GUI: its credentials read from the keychain
/// (PlatformAccountService::load), a connector on a network access manager of its own (so no TLS session or
/// connection is shared between accounts), and the CaRegistrationService that records what the platform did.
class PlatformAccountConnection
{
public:
    /// Blocking keychain read. Fails for a platform without an API (Alibaba Cloud IoT Platform, code
    /// "Preflight.Unsupported") and when the keychain lost the credentials (code "NotFound").
    [[nodiscard]] static Result<std::unique_ptr<PlatformAccountConnection>>
    open(Workspace& workspace, SecretStore& secrets, qint64 accountId);
    ~PlatformAccountConnection();
    PlatformAccountConnection(const PlatformAccountConnection&) = delete;
    PlatformAccountConnection& operator=(const PlatformAccountConnection&) = delete;

    [[nodiscard]] const PlatformAccountRecord& record() const noexcept { return m_record; }
    [[nodiscard]] PlatformConnector& connector() const noexcept { return *m_connector; }
    [[nodiscard]] CaRegistrationService& service() const noexcept { return *m_service; }

private:
    explicit PlatformAccountConnection(PlatformAccountRecord record);

    PlatformAccountRecord m_record;
    // Declared in the order they depend on each other; destroyed in reverse (service, connector, network).
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<PlatformConnector> m_connector;
    std::unique_ptr<CaRegistrationService> m_service;
};

} // namespace iotca::model
