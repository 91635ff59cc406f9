#include "PlatformAccountConnection.h"

#include "CaRegistrationService.h"
#include "PlatformAccountService.h"
#include "model/platform/PlatformConnector.h"
#include "model/platform/PlatformConnectorFactory.h"

#include <QNetworkAccessManager>

namespace iotca::model {

PlatformAccountConnection::PlatformAccountConnection(PlatformAccountRecord record)
    : m_record(std::move(record))
    , m_network(std::make_unique<QNetworkAccessManager>())
{ }

PlatformAccountConnection::~PlatformAccountConnection() = default;

Result<std::unique_ptr<PlatformAccountConnection>>
PlatformAccountConnection::open(Workspace& workspace, SecretStore& secrets, qint64 accountId)
{
    return connect(workspace, PlatformAccountService(workspace, secrets).load(accountId), accountId);
}

void PlatformAccountConnection::open(Workspace& workspace, SecretStore& secrets, qint64 accountId, QObject* context,
                                     OpenCallback done)
{
    PlatformAccountService(workspace, secrets)
        .load(accountId, context,
              [&workspace, accountId, done = std::move(done)](Result<LoadedPlatformAccount> loaded) {
                  done(connect(workspace, std::move(loaded), accountId));
              });
}

Result<std::unique_ptr<PlatformAccountConnection>>
PlatformAccountConnection::connect(Workspace& workspace, Result<LoadedPlatformAccount> loaded, qint64 accountId)
{
    if (!loaded)
        return loaded.error();
    std::unique_ptr<PlatformAccountConnection> connection(new PlatformAccountConnection(loaded->record));
    auto connector =
        createPlatformConnector(std::move(loaded->account), std::move(loaded->secret), connection->m_network.get());
    if (!connector)
        return connector.error();
    connection->m_connector.reset(connector.value());
    connection->m_service = std::make_unique<CaRegistrationService>(workspace, *connection->m_connector, accountId);
    return connection;
}

} // namespace iotca::model
