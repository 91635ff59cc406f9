#include "PlatformSession.h"

#include "model/platform/PlatformConnector.h"
#include "model/platform/PlatformConnectorFactory.h"
#include "model/registration/CaRegistrationService.h"
#include "model/registration/PlatformAccountService.h"
#include "model/workspace/Workspace.h"

#include <QNetworkAccessManager>
#include <QPointer>

#include <utility>

namespace iotca::ui {

PlatformSession::PlatformSession(model::PlatformAccountRecord record, QObject* parent)
    : QObject(parent)
    , m_record(std::move(record))
    , m_network(new QNetworkAccessManager(this))
{ }

PlatformSession::~PlatformSession()
{
    // The service refers to the connector: it goes first.
    delete m_service;
    delete m_connector;
}

Result<PlatformSession*> PlatformSession::open(model::Workspace& workspace, model::SecretStore& secrets,
                                               qint64 accountId, QObject* parent)
{
    model::PlatformAccountService accounts(workspace, secrets);
    auto loaded = accounts.load(accountId);
    if (!loaded)
        return loaded.error();
    auto* session = new PlatformSession(loaded->record, parent);
    auto connector = model::createPlatformConnector(std::move(loaded->account), std::move(loaded->secret),
                                                    session->m_network, nullptr);
    if (!connector) {
        delete session;
        return connector.error();
    }
    session->m_connector = connector.value();
    session->m_service = new model::CaRegistrationService(workspace, *session->m_connector, accountId, nullptr);
    return session;
}

void PlatformSession::testConnection(model::PlatformAccount account, model::PlatformSecret secret, QObject* context,
                                     std::function<void(Status)> done)
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

PlatformSession::Contact PlatformSession::contactOf(const Status& outcome)
{
    if (outcome)
        return Contact::Answered;
    const QString& code = outcome.error().code;
    static const QStringList transport = {QStringLiteral("TlsUntrusted"), QStringLiteral("ConnectionRefused"),
                                          QStringLiteral("HostNotFound"), QStringLiteral("NetworkError"),
                                          QStringLiteral("Timeout"),      QStringLiteral("NoNetwork")};
    if (transport.contains(code))
        return Contact::NoAnswer;
    if (code.isEmpty() || code == QLatin1String("Cancelled") || code.startsWith(QLatin1String("Preflight.")))
        return Contact::NotContacted;
    // A platform error carries the platform's raw answer in the detail; local failures do not.
    return outcome.error().detail.isEmpty() ? Contact::NotContacted : Contact::Answered;
}

} // namespace iotca::ui
