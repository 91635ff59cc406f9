// `iotca key restore`: KeyCommands::restore (one command per file, docs/architecture.md R13).
#include "CliWorkspace.h"
#include "Console.h"
#include "ExitCode.h"
#include "JsonOutput.h"
#include "KeyCommands.h"
#include "PassphraseSource.h"
#include "ShareInput.h"

#include "crypto/Certificate.h"
#include "model/custody/CaKeyRestore.h"
#include "model/custody/KeyBackupFolder.h"
#include "model/input/InputFile.h"

#include <QDir>
#include <QJsonObject>

namespace iotca::app {

int KeyCommands::restore(const QString& path, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption backupFolder(QStringLiteral("backup"), tr("The backup folder written by 'key backup'."),
                                          tr("folder"));
    const QCommandLineOption ca(QStringLiteral("ca"),
                                tr("The CA to restore the key into; made from the backup's certificate when the "
                                   "workspace has no CA of this name."),
                                tr("name"));
    const QCommandLineOption share(QStringLiteral("share"),
                                   tr("A share file (share-K-of-N.txt, or a text file of share lines); repeat it for "
                                      "each share."),
                                   tr("file"));
    const QCommandLineOption sharesFromStdin(QStringLiteral("shares-from-stdin"),
                                             tr("Reads the shares from standard input: typed line by line on a "
                                                "terminal (each line checked as it is entered), or piped."));
    const QCommandLineOption backupPassphraseFile(QStringLiteral("backup-passphrase-file"),
                                                  tr("For a backup without shares: its passphrase, the first line "
                                                     "of <file> (else asked on the terminal)."),
                                                  tr("file"));
    const QCommandLineOption replace(QStringLiteral("replace"),
                                     tr("Replaces the key the CA has in the workspace already (the same key)."));
    const QCommandLineOption passphraseFile(QStringLiteral("passphrase-file"),
                                            tr("The new passphrase the key is stored under in the workspace, from the "
                                               "first line of <file> (else asked twice on the terminal)."),
                                            tr("file"));
    const QCommandLineOption json = jsonOption();
    parser.addOptions({backupFolder, ca, share, sharesFromStdin, backupPassphraseFile, replace, passphraseFile, json});
    if (const auto stop = parse(parser, path, arguments,
                                tr("Restores a CA's private key from a backup folder: recombines the shares (or takes "
                                   "the backup's passphrase), decrypts the key and proves it belongs to the CA "
                                   "certificate before anything is written, then stores it encrypted under a new "
                                   "passphrase.")))
        return *stop;
    const auto required = requiredValues(parser, path, backupFolder, ca);
    if (!required)
        return ExitUsage;
    const auto& [folder, caName] = *required;
    if (parser.isSet(share) && parser.isSet(sharesFromStdin))
        return usageError(path, tr("Give the shares either as files (--share) or on standard input, not both."));

    auto backup = model::KeyBackupFolder::read(folder);
    if (!backup)
        return failure(backup.error());
    const model::KeyBackupManifest& manifest = backup->manifest;

    std::optional<crypto::SecureBuffer> passphrase;
    if (manifest.isShared()) {
        if (parser.isSet(backupPassphraseFile))
            return usageError(path,
                              tr("This backup's passphrase is split into shares: give them with --share or "
                                 "--shares-from-stdin."));
        Result<std::vector<model::KeyShare>> shares = std::vector<model::KeyShare>();
        if (parser.isSet(share)) {
            shares = ShareInput::fromFiles(parser.values(share));
        } else if (parser.isSet(sharesFromStdin)) {
            shares = Console::stdinIsTerminal() ? ShareInput::typed(manifest.threshold, manifest.shareSetId)
                                                : ShareInput::fromPipe();
        } else {
            //: %n is the number of shares needed, %1 the share set id
            return usageError(path,
                              tr("This backup needs %n shares of the set %1: give them with --share FILE "
                                 "(repeated) or --shares-from-stdin.",
                                 nullptr, manifest.threshold)
                                  .arg(manifest.shareSetId));
        }
        if (!shares)
            return failure(shares.error());
        auto combined = model::CaKeyRestore::passphraseFromShares(*backup, *shares);
        if (!combined)
            return failure(combined.error());
        passphrase.emplace(std::move(*combined));
    } else {
        if (parser.isSet(share) || parser.isSet(sharesFromStdin))
            return usageError(path,
                              tr("This backup's passphrase was chosen by the officer and is not split into "
                                 "shares: give it with --backup-passphrase-file or on the terminal."));
        auto given = parser.isSet(backupPassphraseFile)
            ? PassphraseSource::readFile(parser.value(backupPassphraseFile))
            //: Prompt on the terminal; %1 is a folder
            : PassphraseSource::prompt(
                tr("Passphrase of the backup in '%1':").arg(model::InputFile::displayPath(folder)), false);
        if (!given)
            return failure(given.error());
        passphrase.emplace(std::move(*given));
    }

    // The key is decrypted and proven to be the CA's before the workspace is opened, the new passphrase asked for or
    // anything written.
    auto key = model::CaKeyRestore::decrypt(*backup, *passphrase);
    if (!key)
        return failure(key.error());
    auto workspace = CliWorkspace::open(workspacePath(parser), model::Workspace::OpenMode::ReadWrite);
    if (!workspace)
        return failure(workspace.error());
    if (Status target = model::CaKeyRestore::checkTarget(**workspace, caName, *key, parser.isSet(replace)); !target)
        return failure(target.error());
    //: Prompt on the terminal; %1 is a CA name
    auto storePassphrase = PassphraseSource::obtain(
        parser.value(passphraseFile), tr("New passphrase for the CA '%1' in this workspace:").arg(caName), true);
    if (!storePassphrase)
        return failure(storePassphrase.error());
    auto caId = model::CaKeyRestore::store(**workspace, caName, *backup, *key, *storePassphrase, parser.isSet(replace));
    if (!caId)
        return failure(caId.error());

    const QString fingerprint = crypto::Certificate::fingerprintText(backup->certificate.sha256Fingerprint());
    if (parser.isSet(json)) {
        JsonOutput::print(QJsonObject {{QStringLiteral("ca"), caName},
                                       {QStringLiteral("id"), *caId},
                                       {QStringLiteral("subject"), backup->certificate.subjectString()},
                                       {QStringLiteral("sha256"), fingerprint},
                                       {QStringLiteral("shareSet"), manifest.shareSetId}});
        return ExitSuccess;
    }
    //: %1 is a CA name, %2 its subject, %3 a folder
    Console::out() << tr("Restored the key of '%1' (%2) from '%3'; it matches the CA certificate and is stored "
                         "encrypted under the new passphrase.")
                          .arg(Console::escaped(caName), Console::escaped(backup->certificate.subjectString()),
                               Console::escaped(QDir::toNativeSeparators(folder)))
                   << Qt::endl;
    return ExitSuccess;
}

} // namespace iotca::app
