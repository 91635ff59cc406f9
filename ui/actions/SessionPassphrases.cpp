#include "SessionPassphrases.h"

#include "model/workspace/Workspace.h"

#include <utility>

namespace iotca::ui {

SessionPassphrases::SessionPassphrases(model::Workspace& workspace)
    : QObject(&workspace)
{
    setObjectName(QStringLiteral("sessionPassphrases"));
    connect(&workspace, &model::Workspace::caRemoved, this, &SessionPassphrases::forget);
}

SessionPassphrases& SessionPassphrases::of(model::Workspace& workspace)
{
    if (auto* existing = workspace.findChild<SessionPassphrases*>(QString(), Qt::FindDirectChildrenOnly))
        return *existing;
    return *new SessionPassphrases(workspace);
}

std::shared_ptr<const crypto::SecureBuffer> SessionPassphrases::get(qint64 caId) const
{
    return m_passphrases.value(caId);
}

void SessionPassphrases::remember(qint64 caId, std::shared_ptr<const crypto::SecureBuffer> passphrase)
{
    m_passphrases.insert(caId, std::move(passphrase));
}

void SessionPassphrases::forget(qint64 caId)
{
    m_passphrases.remove(caId);
}

} // namespace iotca::ui
