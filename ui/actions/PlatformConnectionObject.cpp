#include "PlatformConnectionObject.h"

#include "model/ModelErrorCode.h"
#include "model/platform/PlatformConnector.h"
#include "model/platform/PlatformConnectorFactory.h"
#include "model/registration/CaRegistrationService.h"
#include "model/registration/PlatformAccountConnection.h"
#include "model/workspace/Workspace.h"

#include <QNetworkAccessManager>
#include <QPointer>

#include <utility>

namespace iotca::ui {

PlatformConnectionObject::PlatformConnectionObject(std::unique_ptr<model::PlatformAccountConnection> connection,
                                                   QObject* parent)
    : QObject(parent)
    , m_connection(std::move(connection))
{ }

PlatformConnectionObject::~PlatformConnectionObject() = default;

void PlatformConnectionObject::open(model::Workspace& workspace, model::SecretStore& secrets, qint64 accountId,
                                    QObject* parent, OpenCallback done)
{
    model::PlatformAccountConnection::open(
        workspace, secrets, accountId, parent,
        [parent, done = std::move(done)](Result<std::unique_ptr<model::PlatformAccountConnection>> connection) {
            if (!connection) {
                done(connection.error());
                return;
            }
            done(new PlatformConnectionObject(std::move(connection.value()), parent));
        });
}

const model::PlatformAccountRecord& PlatformConnectionObject::record() const
{
    return m_connection->record();
}

model::PlatformConnector& PlatformConnectionObject::connector() const
{
    return m_connection->connector();
}

model::CaRegistrationService& PlatformConnectionObject::service() const
{
    return m_connection->service();
}

void PlatformConnectionObject::testConnection(model::PlatformAccount account, model::PlatformSecret secret,
                                              QObject* context, std::function<void(Status)> done)
{
    // Everything the request needs lives under one holder, deleted once the answer is in (or with `context`).
    auto* holder = new QObject(context);
    auto* network = new QNetworkAccessManager(holder);
    auto connector = model::createPlatformConnector(std::move(account), std::move(secret), network, holder);
    if (!connector) {
        const Error error = connector.error();
        QMetaObject::invokeMethod(
            holder,
            [holder, error, done] {
                done(error);
                holder->deleteLater();
            },
            Qt::QueuedConnection);
        return;
    }
    QPointer<QObject> guard(holder);
    connector.value()->listCas([guard, done](Result<QList<model::RemoteCaCertificate>> listed) {
        if (!guard)
            return;
        done(listed ? Status() : Status(listed.error()));
        guard->deleteLater();
    });
}

PlatformConnectionObject::Contact PlatformConnectionObject::contactOf(const Status& outcome)
{
    if (outcome)
        return Contact::Answered;
    const QString& code = outcome.error().code;
    static const QStringList transport = {QStringLiteral("TlsUntrusted"), QStringLiteral("ConnectionRefused"),
                                          QStringLiteral("HostNotFound"), QStringLiteral("NetworkError"),
                                          QStringLiteral("Timeout"),      QStringLiteral("NoNetwork")};
    if (transport.contains(code))
        return Contact::NoAnswer;
    if (code.isEmpty() || code == model::ErrorCode::Cancelled || model::ErrorCode::isPreflight(code))
        return Contact::NotContacted;
    // A platform error carries the platform's raw answer in the detail; local failures do not.
    return outcome.error().detail.isEmpty() ? Contact::NotContacted : Contact::Answered;
}

} // namespace iotca::ui
