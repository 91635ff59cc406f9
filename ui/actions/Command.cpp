#include "Command.h"

#include "PlatformConnectionObject.h"

#include "model/ModelErrorCode.h"

#include <QWidget>

namespace iotca::ui {

Command::Command(model::Workspace& workspace, model::SecretStore& secrets, Prompter& prompter, QWidget* window)
    : QObject(window)
    , m_workspace(workspace)
    , m_secrets(secrets)
    , m_prompter(prompter)
    , m_window(window)
{ }

void Command::start()
{
    doStart();
}

void Command::succeed(const QString& message)
{
    if (m_ended)
        return;
    setBusy(false);
    Q_EMIT succeeded(message);
    end();
}

void Command::fail(const Error& error)
{
    if (m_ended)
        return;
    setBusy(false);
    Q_EMIT failed(error);
    end();
}

void Command::failOrCancel(const Error& error)
{
    if (error.code == model::ErrorCode::Cancelled)
        cancel();
    else
        fail(error);
}

void Command::cancel()
{
    if (m_ended)
        return;
    setBusy(false);
    Q_EMIT canceled();
    end();
}

void Command::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void Command::reportPlatformContact(qint64 accountId, const Status& outcome)
{
    switch (PlatformConnectionObject::contactOf(outcome)) {
    case PlatformConnectionObject::Contact::NotContacted:
        return;
    case PlatformConnectionObject::Contact::Answered:
        Q_EMIT platformContacted(accountId, true, QString());
        return;
    case PlatformConnectionObject::Contact::NoAnswer:
        Q_EMIT platformContacted(accountId, false, outcome.error().message);
        return;
    }
}

void Command::end()
{
    m_ended = true;
    deleteLater();
}

} // namespace iotca::ui
