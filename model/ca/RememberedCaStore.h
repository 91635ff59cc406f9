#pragma once

#include "crypto/Result.h"
#include "crypto/SecureBuffer.h"

#include <QCoreApplication>

#include <functional>

namespace iotca::model {

class SecretStore;
class Workspace;

/// Stores a new CA and, when asked, remembers its passphrase in the keychain, as ONE unit: the CA row (with its
/// audit entries) is written in a transaction that commits only after the keychain accepted the passphrase. A
/// keychain that cannot be reached rolls the CA back; a commit that fails after the keychain write removes the
/// keychain entry again. So `ca create|import --remember` (and the GUI's New CA / Import CA with "remember") either
/// stores the CA with its remembered passphrase or stores nothing.
class RememberedCaStore
{
    Q_DECLARE_TR_FUNCTIONS(RememberedCaStore)

public:
    /// `add` stores the CA (CaCreator::createRoot, CaImporter::importFiles, ...) and returns its id; it runs inside
    /// the unit's transaction. `passphrase` is the one the CA key was stored under. `rememberIn` null: just `add`.
    [[nodiscard]] static Result<qint64> store(Workspace& workspace, const std::function<Result<qint64>()>& add,
                                              const crypto::SecureBuffer& passphrase, SecretStore* rememberIn);
};

} // namespace iotca::model
