#pragma once

#include "Command.h"

#include <QList>

namespace iotca::ui {

/// The CA details pane's "Sync": asks each platform account the CA is registered with for its CAs' statuses
/// (CaRegistrationService::sync, which updates every recorded registration of that account and its last-sync
/// time), one account after the other, in the background.
class SyncCommand : public Command
{
    Q_OBJECT
public:
    SyncCommand(model::Workspace& workspace, model::SecretStore& secrets, Prompter& prompter, QWidget* window,
                qint64 caId);

private:
    void doStart() override;
    void syncNext();

    qint64 m_caId;
    QList<qint64> m_accounts;
    QStringList m_failures;
    int m_checked = 0;
    int m_changed = 0;
    int m_vanished = 0;
};

} // namespace iotca::ui
