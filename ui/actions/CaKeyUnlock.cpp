#include "CaKeyUnlock.h"

#include "BackgroundTask.h"
#include "SessionPassphrases.h"
#include "ui/Prompter.h"
#include "ui/dialogs/PassphraseDialog.h"

#include "crypto/CryptoErrorCode.h"
#include "model/ModelErrorCode.h"
#include "model/ca/CaKeyAccess.h"
#include "model/secrets/SecretStore.h"
#include "model/workspace/CaRecord.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/Workspace.h"

#include <utility>

namespace iotca::ui {

namespace {
Error cancelledError()
{
    return Error {CaKeyUnlock::tr("Cancelled: the CA key was not unlocked."), {}, model::ErrorCode::Cancelled};
}
} // namespace

CaKeyUnlock::CaKeyUnlock(model::Workspace& workspace, model::SecretStore& secrets, Prompter& prompter, qint64 caId,
                         QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_secrets(secrets)
    , m_prompter(prompter)
    , m_caId(caId)
{ }

CaKeyUnlock::~CaKeyUnlock() = default;

void CaKeyUnlock::setDialogParent(QWidget* parent)
{
    m_dialogParent = parent;
}

bool CaKeyUnlock::isCancelled(const Error& error)
{
    return error.code == model::ErrorCode::Cancelled;
}

void CaKeyUnlock::start(Done done)
{
    m_done = std::move(done);
    m_cancelled = false;
    auto ca = m_workspace.cas().get(m_caId);
    if (!ca) {
        finish(ca.error());
        return;
    }
    m_ca = std::make_shared<const model::CaRecord>(std::move(ca.value()));
    // Kept for this session at the user's request (the keychain had none): no question this time.
    if (auto kept = SessionPassphrases::of(m_workspace).get(m_caId)) {
        Q_EMIT unlocking(true);
        decrypt(std::move(kept), Source::Session);
        return;
    }
    if (m_ca->passphraseKeychainKey.isEmpty())
        askPassphrase({});
    else
        readRemembered(m_ca->passphraseKeychainKey);
}

void CaKeyUnlock::cancel()
{
    m_cancelled = true;
}

void CaKeyUnlock::readRemembered(const QString& keychainKey)
{
    Q_EMIT unlocking(true);
    // The asynchronous read: a blocking one would run a nested event loop under whatever called start().
    const QPointer<CaKeyUnlock> self(this);
    m_secrets.read(keychainKey, [self](Result<crypto::SecureBuffer> passphrase) {
        if (!self)
            return; // the window closed meanwhile
        if (self->m_cancelled) {
            self->finish(cancelledError());
            return;
        }
        if (!passphrase) {
            // Gone from the keychain, or the keychain refused: ask instead.
            self->askPassphrase({});
            return;
        }
        self->decrypt(std::make_shared<const crypto::SecureBuffer>(std::move(passphrase.value())), Source::Keychain);
    });
}

void CaKeyUnlock::askPassphrase(const QString& retryMessage)
{
    PassphraseDialog dialog(m_ca->name, false, m_dialogParent);
    // Asked means the keychain had no (right) passphrase: offer to keep it for this session instead.
    dialog.setOfferSessionMemory(true);
    if (!retryMessage.isEmpty())
        dialog.setRetryMessage(retryMessage);
    if (m_prompter.exec(dialog) != QDialog::Accepted || m_cancelled) {
        finish(cancelledError());
        return;
    }
    Q_EMIT unlocking(false);
    decrypt(std::make_shared<const crypto::SecureBuffer>(dialog.passphrase()),
            dialog.rememberForSession() ? Source::TypedToKeep : Source::Typed);
}

void CaKeyUnlock::decrypt(std::shared_ptr<const crypto::SecureBuffer> secret, Source source)
{
    const std::shared_ptr<const model::CaRecord> ca = m_ca;
    const bool remembered = source == Source::Keychain || source == Source::Session;
    runInBackground<Result<crypto::PrivateKey>>(
        this, [ca, secret] { return model::CaKeyAccess::unlock(*ca, *secret); },
        [this, remembered, source, secret](Result<crypto::PrivateKey> key) {
            if (m_cancelled) {
                finish(cancelledError());
                return;
            }
            if (key && source == Source::TypedToKeep)
                SessionPassphrases::of(m_workspace).remember(m_caId, secret);
            if (!key && source == Source::Session)
                SessionPassphrases::of(m_workspace).forget(m_caId);
            if (key || (!remembered && key.error().code != crypto::ErrorCode::WrongPassphrase)) {
                finish(std::move(key));
                return;
            }
            // A stale keychain entry is asked for afresh; a mistyped passphrase, again.
            askPassphrase(remembered ? QString() : tr("The passphrase is wrong. Try again."));
        });
}

void CaKeyUnlock::finish(Result<crypto::PrivateKey> key)
{
    if (!m_done)
        return;
    const Done done = std::exchange(m_done, nullptr);
    done(std::move(key));
}

} // namespace iotca::ui
