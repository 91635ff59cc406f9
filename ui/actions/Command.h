#pragma once

#include "crypto/Result.h"

#include <QObject>
#include <QPointer>

namespace iotca::model {
class SecretStore;
class Workspace;
} // namespace iotca::model

namespace iotca::ui {

class Prompter;

/// One user action from the main window (docs/architecture.md R7, after Kleopatra's commands): start() asks what it
/// needs through dialogs, runs the work off the GUI thread, and ends with exactly one of succeeded() or failed() (or
/// canceled() when the user backed out), then deletes itself. Errors go to the window's error banner, not to a pop-up.
class Command : public QObject
{
    Q_OBJECT
public:
    Command(model::Workspace& workspace, model::SecretStore& secrets, Prompter& prompter, QWidget* window);

    /// Starts the command; returns at once or after the first modal dialog.
    void start();

Q_SIGNALS:
    /// `message` is one sentence for the status bar ("Created the CA 'Fleet Root'.").
    void succeeded(const QString& message);
    void failed(const iotca::Error& error);
    void canceled();
    /// The command is running in the background (true) or done (false), for a busy indicator.
    void busyChanged(bool busy);
    /// A platform call of the command ended and reached the network: `answered` is true when the platform replied
    /// (even with an error), false when it could not be reached; `message` says why not. Calls that were never sent
    /// (a pre-flight refusal, a cancel) are not reported, so the status bar never claims what nobody checked.
    void platformContacted(qint64 accountId, bool answered, const QString& message);

protected:
    virtual void doStart() = 0;

    void succeed(const QString& message);
    void fail(const Error& error);
    void cancel();
    /// cancel() when `error` is a cancellation (the user closed a prompt), fail() otherwise.
    void failOrCancel(const Error& error);
    void setBusy(bool busy);
    /// Emits platformContacted() for a finished platform call of `accountId`, when it reached the network.
    void reportPlatformContact(qint64 accountId, const Status& outcome);

    [[nodiscard]] model::Workspace& workspace() const { return m_workspace; }
    [[nodiscard]] model::SecretStore& secrets() const { return m_secrets; }
    [[nodiscard]] Prompter& prompter() const { return m_prompter; }
    [[nodiscard]] QWidget* window() const { return m_window; }

private:
    void end();

    model::Workspace& m_workspace;
    model::SecretStore& m_secrets;
    Prompter& m_prompter;
    QPointer<QWidget> m_window;
    bool m_busy = false;
    bool m_ended = false;
};

} // namespace iotca::ui
