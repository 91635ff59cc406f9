#pragma once

#include "crypto/PrivateKey.h"
#include "crypto/Result.h"
#include "model/workspace/CaRecord.h"
#include "model/workspace/Workspace.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace iotca::app {

/// The workspace steps every command shares: open it, find a CA by name, unlock a CA key with the passphrase from
/// the right source (PassphraseSource).
class CliWorkspace
{
    Q_DECLARE_TR_FUNCTIONS(CliWorkspace)

public:
    /// Error::code of a CA name that is not in the workspace.
    [[nodiscard]] static QString unknownCaCode() { return QStringLiteral("UnknownCa"); }

    /// Opens the workspace; a read-only open fails when the folder holds no workspace yet.
    [[nodiscard]] static Result<std::unique_ptr<model::Workspace>> open(const QString& folder,
                                                                        model::Workspace::OpenMode mode);

    /// Opens a folder or a team workspace URL with its stored password, without the recovery messages; an
    /// authentication failure says how to store the password (`iotca workspace password set URL`).
    [[nodiscard]] static Result<std::unique_ptr<model::Workspace>> openLocation(const QString& location,
                                                                                model::Workspace::OpenMode mode);

    /// The CA named `name`, or an error naming it (code unknownCaCode()).
    [[nodiscard]] static Result<model::CaRecord> findCa(const model::Workspace& workspace, const QString& name);

    /// The CA's private key: from `passphraseFile` when given, else the keychain when the passphrase is remembered,
    /// else a no-echo prompt. Error code "NoTerminal" when there is no way to get the passphrase.
    [[nodiscard]] static Result<crypto::PrivateKey> unlockCaKey(model::Workspace& workspace, const model::CaRecord& ca,
                                                                const QString& passphraseFile);
};

} // namespace iotca::app
