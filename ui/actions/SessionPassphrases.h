#pragma once

#include "crypto/SecureBuffer.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace iotca::model {
class Workspace;
}

namespace iotca::ui {

/// CA passphrases the user asked to keep until the program quits ("Remember until IoT CA Desk quits" in the
/// passphrase dialog), for CAs whose passphrase is not in the keychain: in memory only, wiped when the workspace
/// closes (SecureBuffer), and dropped when the CA is deleted or the passphrase turns out wrong. One set per open
/// workspace, owned by it, so nothing is reached through a global.
class SessionPassphrases : public QObject
{
    Q_OBJECT
public:
    /// The workspace's set, created on first use.
    [[nodiscard]] static SessionPassphrases& of(model::Workspace& workspace);

    [[nodiscard]] std::shared_ptr<const crypto::SecureBuffer> get(qint64 caId) const;
    void remember(qint64 caId, std::shared_ptr<const crypto::SecureBuffer> passphrase);
    void forget(qint64 caId);

private:
    explicit SessionPassphrases(model::Workspace& workspace);

    QHash<qint64, std::shared_ptr<const crypto::SecureBuffer>> m_passphrases;
};

} // namespace iotca::ui
