#pragma once

#include "crypto/PrivateKey.h"
#include "crypto/Result.h"
#include "crypto/SecureBuffer.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QWidget;

namespace iotca::model {
struct CaRecord;
class SecretStore;
class Workspace;
} // namespace iotca::model

namespace iotca::ui {

class Prompter;

/// Unlocks the stored private key of one CA for a GUI flow without stopping the GUI thread: with the passphrase
/// remembered in the keychain (read asynchronously) when there is one, else, or when that fails, with PassphraseDialog
/// until the passphrase is right or the user gives up. The decryption (PBKDF2, about 0.13 s) runs on the thread pool
/// on a copy of the CA's record and never touches the workspace there, so a window closed meanwhile only drops the
/// result: `done` is never called once this object is gone.
class CaKeyUnlock : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(Result<crypto::PrivateKey>)>;

    CaKeyUnlock(model::Workspace& workspace, model::SecretStore& secrets, Prompter& prompter, qint64 caId,
                QObject* parent = nullptr);
    ~CaKeyUnlock() override;

    /// The window the passphrase dialog opens over.
    void setDialogParent(QWidget* parent);

    /// Calls `done` exactly once, later: with the key; with an Error of code "Cancelled" when the user closed the
    /// passphrase dialog or cancel() was called; or with why the key cannot be unlocked.
    void start(Done done);
    /// Ends with "Cancelled" at the next step (a decryption under way cannot be interrupted; its key is dropped).
    void cancel();

    [[nodiscard]] static bool isCancelled(const Error& error);

Q_SIGNALS:
    /// The unlock is under way with the remembered passphrase (`remembered`) or the one just typed; for a progress
    /// line or a busy indicator.
    void unlocking(bool remembered);

private:
    void readRemembered(const QString& keychainKey);
    void askPassphrase(const QString& retryMessage);
    /// Where a passphrase came from. One that was remembered (keychain, session) and fails makes the user be asked
    /// instead of failing; one typed with "remember until quit" is kept for the session once it unlocked the key.
    enum class Source { Keychain, Session, Typed, TypedToKeep };
    void decrypt(std::shared_ptr<const crypto::SecureBuffer> secret, Source source);
    void finish(Result<crypto::PrivateKey> key);

    model::Workspace& m_workspace;
    model::SecretStore& m_secrets;
    Prompter& m_prompter;
    qint64 m_caId;
    /// Read at start(); the worker decrypts its own reference to it, never the workspace.
    std::shared_ptr<const model::CaRecord> m_ca;
    QPointer<QWidget> m_dialogParent;
    Done m_done;
    bool m_cancelled = false;
};

} // namespace iotca::ui
