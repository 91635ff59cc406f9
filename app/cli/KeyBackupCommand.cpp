// `iotca key backup`: KeyCommands::backup (one command per file, docs/architecture.md R13).
#include "CliWorkspace.h"
#include "Console.h"
#include "ExitCode.h"
#include "JsonOutput.h"
#include "KeyCommands.h"
#include "PassphraseSource.h"

#include "model/custody/KeyBackupWriter.h"
#include "model/custody/KeyShareSet.h"
#include "print/SharePdfWriter.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace iotca::app {

int KeyCommands::backup(const QString& path, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption ca(QStringLiteral("ca"), tr("The CA whose key is backed up."), tr("name"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 tr("The backup folder (meant for removable media); created owner-only when missing."),
                                 tr("folder"));
    const QCommandLineOption shares(QStringLiteral("shares"),
                                    tr("Encrypts under a fresh random passphrase split into N shares of which any M "
                                       "restore it (2 <= M <= N <= 16), e.g. 3/5."),
                                    tr("M/N"));
    const QCommandLineOption sharesOut(QStringLiteral("shares-out"),
                                       tr("With --shares: the folder for the share sheets (shares.pdf, "
                                          "share-K-of-N.txt); not the backup folder."),
                                       tr("folder"));
    const QCommandLineOption backupPassphraseFile(QStringLiteral("backup-passphrase-file"),
                                                  tr("Encrypts under the officer's passphrase, the first line of "
                                                     "<file> (else asked on the terminal)."),
                                                  tr("file"));
    const QCommandLineOption showPassphrase(QStringLiteral("show-passphrase"),
                                            tr("Encrypts under a fresh random passphrase and prints it once, to be "
                                               "written down."));
    const QCommandLineOption passphraseFile(QStringLiteral("passphrase-file"),
                                            tr("Reads the CA's passphrase from the first line of <file> (else the "
                                               "keychain, else a prompt on the terminal)."),
                                            tr("file"));
    const QCommandLineOption json = jsonOption();
    parser.addOptions({ca, out, shares, sharesOut, backupPassphraseFile, showPassphrase, passphraseFile, json});
    if (const auto stop = parse(parser, path, arguments,
                                tr("Backs a CA's private key up to a folder: encrypted PKCS#8 (AES-256-CBC, "
                                   "PBKDF2), the CA certificate and a README that says how to restore without this "
                                   "program. With --shares the passphrase is fresh, random and split into printed "
                                   "shares; else it is the officer's (--backup-passphrase-file or the terminal) or, "
                                   "with --show-passphrase, fresh and shown once.")))
        return *stop;
    const auto required = requiredValues(parser, path, ca, out);
    if (!required)
        return ExitUsage;
    const auto& [caName, folder] = *required;
    const int choices =
        int(parser.isSet(shares)) + int(parser.isSet(backupPassphraseFile)) + int(parser.isSet(showPassphrase));
    if (choices > 1)
        return usageError(path, tr("Give only one of --shares, --backup-passphrase-file and --show-passphrase."));
    if (parser.isSet(sharesOut) && !parser.isSet(shares))
        return usageError(path, tr("--shares-out goes with --shares."));

    model::KeyBackupPlan plan;
    plan.folder = folder;
    if (parser.isSet(shares)) {
        static const QRegularExpression split(QStringLiteral(R"(^\s*(\d{1,2})\s*(?:/|of)\s*(\d{1,2})\s*$)"));
        const QRegularExpressionMatch match = split.match(parser.value(shares));
        if (!match.hasMatch())
            return usageError(path, tr("--shares takes M/N, for example 3/5."));
        plan.threshold = match.captured(1).toInt();
        plan.shareCount = match.captured(2).toInt();
        const auto sharesFolder = requiredValue(parser, sharesOut, path);
        if (!sharesFolder)
            return ExitUsage;
        plan.sharesFolder = *sharesFolder;
    }
    // Everything that can be checked before a passphrase is asked for.
    if (Status usable = model::KeyBackupWriter::check(plan); !usable)
        return failure(usable.error());
    auto workspace = CliWorkspace::open(workspacePath(parser), model::Workspace::OpenMode::ReadWrite);
    if (!workspace)
        return failure(workspace.error());
    auto record = CliWorkspace::findCa(**workspace, caName);
    if (!record)
        return failure(record.error());

    std::optional<crypto::SecureBuffer> chosen;
    if (parser.isSet(backupPassphraseFile)) {
        auto read = PassphraseSource::readFile(parser.value(backupPassphraseFile));
        if (!read)
            return failure(read.error());
        chosen.emplace(std::move(*read));
    } else if (parser.isSet(showPassphrase)) {
        auto secret = model::KeyShareSet::newSecret();
        if (!secret)
            return failure(secret.error());
        chosen.emplace(model::KeyShareSet::passphraseFor(*secret));
    } else if (!plan.isShared()) {
        //: Prompt on the terminal; %1 is a CA name
        auto typed = PassphraseSource::prompt(tr("New passphrase for the backup of '%1':").arg(record->name), true);
        if (!typed)
            return failure(typed.error());
        chosen.emplace(std::move(*typed));
    }
    auto key = CliWorkspace::unlockCaKey(**workspace, *record, parser.value(passphraseFile));
    if (!key)
        return failure(key.error());
    auto written = model::KeyBackupWriter::write(**workspace, record->id, *key, plan, chosen ? &*chosen : nullptr,
                                                 &print::SharePdfWriter::render);
    if (!written)
        return failure(written.error());

    const bool shown = parser.isSet(showPassphrase);
    if (parser.isSet(json)) {
        QJsonObject result {{QStringLiteral("ca"), record->name},
                            {QStringLiteral("folder"), QDir(folder).absolutePath()},
                            {QStringLiteral("files"), QJsonArray::fromStringList(written->files)}};
        if (plan.isShared()) {
            result.insert(QStringLiteral("sharesFolder"), QDir(plan.sharesFolder).absolutePath());
            result.insert(QStringLiteral("shareSet"), written->shareSetId);
            result.insert(QStringLiteral("threshold"), plan.threshold);
            result.insert(QStringLiteral("shares"), plan.shareCount);
        }
        if (shown) // asked for; the only place it is ever shown
            result.insert(QStringLiteral("passphrase"), QString::fromLatin1(chosen->view()));
        JsonOutput::print(result);
        return ExitSuccess;
    }
    QTextStream& stdout_ = Console::out();
    //: %1 is a CA name, %2 a folder
    stdout_ << tr("Backed up the key of '%1' to '%2'.")
                   .arg(Console::escaped(record->name), Console::escaped(QDir::toNativeSeparators(folder)))
            << Qt::endl;
    if (plan.isShared()) {
        //: %1 is a folder, %2 the share set id, %3 shares needed, %4 shares made
        stdout_ << tr("The passphrase is split into %4 shares of the set %2, any %3 of which restore it; the share "
                      "sheets are in '%1' (shares.pdf, share-K-of-N.txt). Print them, hand each to its custodian, "
                      "then delete that folder: it must not stay next to the backup.")
                       .arg(Console::escaped(QDir::toNativeSeparators(plan.sharesFolder)), written->shareSetId)
                       .arg(plan.threshold)
                       .arg(plan.shareCount)
                << Qt::endl;
    }
    if (shown) {
        stdout_ << tr("Passphrase of the backup (shown this once; write it down and keep it apart from the backup):")
                << Qt::endl
                << QString::fromLatin1(chosen->view()) << Qt::endl;
    }
    return ExitSuccess;
}

} // namespace iotca::app
