#include "CaKeyUnlock.h"

#include "BackgroundTask.h"
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
        self->decrypt(std::move(passphrase.value()), true);
    });
}

void CaKeyUnlock::askPassphrase(const QString& retryMessage)
{
    PassphraseDialog dialog(m_ca->name, false, m_dialogParent);
    if (!retryMessage.isEmpty())
        dialog.setRetryMessage(retryMessage);
    if (m_prompter.exec(dialog) != QDialog::Accepted || m_cancelled) {
        finish(cancelledError());
        return;
    }
    Q_EMIT unlocking(false);
    decrypt(dialog.passphrase(), false);
}

void CaKeyUnlock::decrypt(crypto::SecureBuffer passphrase, bool remembered)
{
    auto secret = std::make_shared<const crypto::SecureBuffer>(std::move(passphrase));
    const std::shared_ptr<const model::CaRecord> ca = m_ca;
    runInBackground<Result<crypto::PrivateKey>>(
        this, [ca, secret] { return model::CaKeyAccess::unlock(*ca, *secret); },
        [this, remembered](Result<crypto::PrivateKey> key) {
            if (m_cancelled) {
                finish(cancelledError());
                return;
            }
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
