#include "CliWorkspace.h"

#include "Console.h"
#include "PassphraseSource.h"

#include "crypto/CryptoErrorCode.h"
#include "model/ModelErrorCode.h"
#include "model/ca/CaKeyAccess.h"
#include "model/secrets/KeychainSecretStore.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/PostgresLocation.h"
#include "model/workspace/TeamWorkspacePasswords.h"

#include <QDir>
#include <QFileInfo>

namespace iotca::app {

Result<std::unique_ptr<model::Workspace>> CliWorkspace::open(const QString& folder, model::Workspace::OpenMode mode)
{
    if (mode == model::Workspace::OpenMode::ReadOnly && !model::PostgresLocation::isPostgresUrl(folder)
        && !QFileInfo::exists(QDir(folder).filePath(model::Workspace::databaseFileName())))
        //: %1 is a folder
        return Error {tr("There is no workspace in '%1'.").arg(QDir::toNativeSeparators(folder)),
                      {},
                      QStringLiteral("NoWorkspace")};
    auto opened = openLocation(folder, mode);
    // What the open recovered from an interrupted bulk issue (adopted, removed, left alone): the user must know.
    if (opened) {
        for (const QString& message : (*opened)->recoveryReport().messages())
            Console::printWarning(message);
    }
    return opened;
}

Result<std::unique_ptr<model::Workspace>> CliWorkspace::openLocation(const QString& location,
                                                                     model::Workspace::OpenMode mode)
{
    // A team workspace's password: the keychain entry `workspace password set` stored (model::TeamWorkspacePasswords).
    model::KeychainSecretStore secrets;
    auto opened = model::TeamWorkspacePasswords::open(location, mode, secrets);
    if (!opened && opened.error().code == model::ErrorCode::TeamAuthentication) {
        Error error = opened.error();
        const auto parsed = model::PostgresLocation::parse(location);
        //: %1 is a command line
        error.message += QLatin1Char(' ')
            + tr("Store the role's password in the keychain with: %1")
                  .arg(QStringLiteral("iotca workspace password set ")
                       + (parsed ? parsed->displayUrl() : QStringLiteral("URL")));
        return error;
    }
    if (!opened && opened.error().code == model::ErrorCode::TeamPasswordInUrl) {
        Error error = opened.error();
        //: %1 is a command line
        error.message += QLatin1Char(' ')
            + tr("Remove it from the URL and store it with: %1")
                  .arg(QStringLiteral("iotca workspace password set postgresql://user@host:port/database"));
        return error;
    }
    return opened;
}

Result<model::CaRecord> CliWorkspace::findCa(const model::Workspace& workspace, const QString& name)
{
    auto found = workspace.cas().findByName(name);
    if (!found)
        return found.error();
    if (!found.value())
        //: %1 is a CA name, %2 a folder
        return Error {tr("There is no CA named '%1' in the workspace '%2'.")
                          .arg(name, QDir::toNativeSeparators(workspace.folder())),
                      {},
                      unknownCaCode()};
    return std::move(*found.value());
}

Result<crypto::PrivateKey> CliWorkspace::unlockCaKey(model::Workspace& workspace, const model::CaRecord& ca,
                                                     const QString& passphraseFile)
{
    if (!ca.hasStoredKey())
        //: %1 is a CA name, %2 where its key is kept (free text such as "offline")
        return Error {tr("The private key of the CA '%1' is not in this workspace (%2).").arg(ca.name, ca.keyReference),
                      {},
                      QStringLiteral("NoStoredKey")};
    if (!passphraseFile.isEmpty()) {
        auto passphrase = PassphraseSource::readFile(passphraseFile);
        if (!passphrase)
            return passphrase.error();
        return model::CaKeyAccess::unlock(workspace, ca.id, *passphrase);
    }
    if (model::CaKeyAccess::isRemembered(workspace, ca.id)) {
        model::KeychainSecretStore secrets;
        auto key = model::CaKeyAccess::unlockWithRemembered(workspace, ca.id, secrets);
        if (key)
            return key;
        //: %1 is a CA name, %2 the reason
        Console::printWarning(tr("The passphrase of the CA '%1' remembered in the keychain did not work: %2")
                                  .arg(ca.name, key.error().message));
    }
    if (!PassphraseSource::canPrompt())
        return Error {tr("The CA '%1' needs its passphrase: use --passphrase-file, or run on a terminal.").arg(ca.name),
                      {},
                      QStringLiteral("NoTerminal")};
    //: Prompt on the terminal; %1 is a CA name
    auto passphrase = PassphraseSource::prompt(tr("Passphrase of the CA '%1':").arg(ca.name));
    if (!passphrase)
        return passphrase.error();
    return model::CaKeyAccess::unlock(workspace, ca.id, *passphrase);
}

} // namespace iotca::app
