#include "RememberedCaStore.h"

#include "CaKeyAccess.h"
#include "model/secrets/SecretStore.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/Transaction.h"
#include "model/workspace/Workspace.h"

#include <QThread>

namespace iotca::model {

namespace {

/// Runs `call` on the thread of `secrets` (a keychain store runs its jobs on the thread it lives in), waiting for it
/// when that is another thread: the GUI creates a CA on a worker thread while its keychain lives on the GUI thread.
Status onStoreThread(SecretStore& secrets, const std::function<Status()>& call)
{
    if (secrets.thread() == QThread::currentThread())
        return call();
    Status result;
    QMetaObject::invokeMethod(
        &secrets, [&result, &call] { result = call(); }, Qt::BlockingQueuedConnection);
    return result;
}

} // namespace

Result<qint64> RememberedCaStore::store(Workspace& workspace, const std::function<Result<qint64>()>& add,
                                        const crypto::SecureBuffer& passphrase, SecretStore* rememberIn)
{
    if (!rememberIn)
        return add();
    auto transaction = Transaction::begin(workspace);
    if (!transaction)
        return transaction.error();
    auto caId = add(); // a savepoint inside the transaction
    if (!caId)
        return caId.error();
    auto ca = workspace.cas().get(*caId);
    if (!ca)
        return ca.error();
    // The key was just stored under this passphrase: no need to decrypt it again to know the passphrase opens it.
    const QString entry = CaKeyAccess::keychainKeyFor(workspace, ca->certificateDer);
    const auto removeEntry = [&] {
        (void)onStoreThread(*rememberIn, [&] { return rememberIn->removeBlocking(entry); });
    };
    if (Status written =
            onStoreThread(*rememberIn, [&] { return rememberIn->writeBlocking(entry, passphrase.view()); });
        !written) {
        const Error& error = written.error();
        //: %1 is a CA name, %2 the keychain's reason
        return Error {tr("The CA '%1' was not stored, because its passphrase could not be remembered in the system "
                         "keychain: %2")
                          .arg(ca->name, error.message),
                      error.detail, error.code};
    } // the transaction rolls back on every return from here on without a commit
    if (Status recorded = workspace.cas().setPassphraseKeychainKey(*caId, entry); !recorded) {
        removeEntry();
        return recorded.error();
    }
    if (Status committed = transaction->commit(); !committed) {
        removeEntry();
        return committed.error();
    }
    return caId;
}

} // namespace iotca::model
