#include "CaCommands.h"

#include "CaHierarchyCommands.h"
#include "CaOutput.h"
#include "CaProductsCommand.h"
#include "Console.h"
#include "ExitCode.h"
#include "ExpiryFilter.h"
#include "JsonOutput.h"
#include "MarkRegisteredCommand.h"
#include "OutputFile.h"
#include "PassphraseSource.h"
#include "RemoteCaCommands.h"
#include "WorkspaceCommand.h"

#include "crypto/Certificate.h"
#include "crypto/VerificationCertificate.h"
#include "model/ca/CaCreator.h"
#include "model/ca/CaExporter.h"
#include "model/ca/CaImporter.h"
#include "model/ca/CaKeyAccess.h"
#include "model/ca/RememberedCaStore.h"
#include "model/files/OwnerOnlyDirectory.h"
#include "model/input/InputFile.h"
#include "model/secrets/KeychainSecretStore.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/DeviceCertificateRepository.h"
#include "model/workspace/SerialReservation.h"
#include "model/workspace/VerificationCertificateLedger.h"

#include <QDir>
#include <QFileInfo>

#include <array>
#include <functional>
#include <utility>

namespace iotca::app {

namespace {

using model::Workspace;

QCommandLineOption passphraseFileOption()
{
    return QCommandLineOption(QStringLiteral("passphrase-file"),
                              CaCommands::tr("Reads the CA's passphrase from the first line of <file> (else the "
                                             "keychain, else a prompt on the terminal)."),
                              CaCommands::tr("file"));
}

QCommandLineOption rememberOption()
{
    return QCommandLineOption(QStringLiteral("remember"),
                              CaCommands::tr("Remembers the passphrase in the system keychain."));
}

QString keyAlgorithmList()
{
    QStringList names;
    for (const crypto::KeyAlgorithm algorithm : crypto::allKeyAlgorithms())
        names.append(crypto::keyAlgorithmName(algorithm));
    return names.join(QLatin1Char('|'));
}

int rememberIfAsked(bool asked, Workspace& workspace, qint64 caId, const crypto::SecureBuffer& passphrase)
{
    if (!asked)
        return ExitSuccess;
    model::KeychainSecretStore secrets;
    if (Status remembered = model::CaKeyAccess::remember(workspace, caId, passphrase, secrets); !remembered)
        return CliCommand::failure(remembered.error());
    return ExitSuccess;
}

/// Stores the CA that `add` makes, its passphrase remembered in the keychain when asked. The CA and its remembered
/// passphrase are one unit: nothing is stored when the keychain refuses.
Result<qint64> storeCa(Workspace& workspace, bool remember, const crypto::SecureBuffer& passphrase,
                       const std::function<Result<qint64>()>& add)
{
    std::optional<model::KeychainSecretStore> secrets;
    if (remember)
        secrets.emplace();
    return model::RememberedCaStore::store(workspace, add, passphrase, secrets ? &*secrets : nullptr);
}

} // namespace

CaCommands::CaCommands()
    : CliCommandGroup(QStringLiteral("ca"), tr("Creates, imports, shows and exports certificate authorities."))
{
    addCommand(QStringLiteral("create"),
               tr("Creates a CA: a new key and a self-signed root certificate, or with --issuer an intermediate."),
               &create);
    addCommand(QStringLiteral("import"), tr("Imports an existing CA certificate and its key."), &importCa);
    addCommand(QStringLiteral("list"), tr("Lists the CAs of the workspace."), &list);
    addCommand(QStringLiteral("show"), tr("Shows one CA."), &show);
    addCommand(QStringLiteral("export"), tr("Writes a CA's certificate to a file."), &exportCa);
    CaHierarchyCommands::addTo(*this);
    addCommand(QStringLiteral("verification-cert"),
               tr("Makes the verification certificate for a platform's registration code."), &verificationCertificate);
    addCommand(QStringLiteral("delete"), tr("Deletes a CA from the workspace, or with --account on the platform."),
               &remove);
    addCommand(QStringLiteral("remember-passphrase"), tr("Remembers a CA's passphrase in the system keychain."),
               &rememberPassphrase);
    addCommand(QStringLiteral("forget-passphrase"), tr("Removes a CA's passphrase from the system keychain."),
               &forgetPassphrase);
    addCommand(QStringLiteral("register"), tr("Registers a CA with a platform account."),
               &RemoteCaCommands::registerCa);
    addCommand(QStringLiteral("activate"), tr("Activates a registered CA on its platform."),
               &RemoteCaCommands::activate);
    addCommand(QStringLiteral("deactivate"), tr("Deactivates a registered CA and its device certificates."),
               &RemoteCaCommands::deactivate);
    addCommand(QStringLiteral("remote-list"), tr("Lists the CAs of a platform account as the platform reports them."),
               &RemoteCaCommands::remoteList);
    addCommand(QStringLiteral("sync"), tr("Updates the recorded registrations from the platforms."),
               &RemoteCaCommands::sync);
    addCommand(QStringLiteral("mark-registered"), tr("Records a registration done by hand in a platform console."),
               &MarkRegisteredCommand::run);
    addCommand(QStringLiteral("products"), tr("Lists the products a registered CA is bound to (Tencent)."),
               &CaProductsCommand::run);
}

int CaCommands::create(const QString& path, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption name(QStringLiteral("name"), tr("The CA's name in the workspace."), tr("name"));
    const QCommandLineOption key(QStringLiteral("key"), tr("The key type: %1.").arg(keyAlgorithmList()), tr("type"));
    const QCommandLineOption subject(QStringLiteral("subject"),
                                     tr("The subject, e.g. \"CN=Fleet Root,O=Example,C=CN\"."), tr("dn"));
    const QCommandLineOption days(QStringLiteral("days"), tr("Validity in days (default 3650)."), tr("n"));
    const QCommandLineOption pathLength(QStringLiteral("path-length"),
                                        tr("basicConstraints pathLenConstraint (default: none)."), tr("n"));
    const QCommandLineOption issuer(QStringLiteral("issuer"),
                                    tr("Makes an intermediate CA signed by this CA of the workspace (default: a "
                                       "self-signed root)."),
                                    tr("name"));
    const QCommandLineOption issuerPassphraseFile(
        QStringLiteral("issuer-passphrase-file"),
        tr("Reads the issuing CA's passphrase from the first line of <file> (else the keychain, else a prompt)."),
        tr("file"));
    const QCommandLineOption passphraseFile = passphraseFileOption();
    const QCommandLineOption remember = rememberOption();
    const QCommandLineOption json = jsonOption();
    parser.addOptions(
        {name, key, subject, days, pathLength, issuer, issuerPassphraseFile, passphraseFile, remember, json});
    if (const auto stop = parse(parser, path, arguments,
                                tr("Creates a CA: a new key and a certificate, stored in the workspace with the key "
                                   "encrypted under a passphrase. Without --issuer a self-signed root; with it an "
                                   "intermediate whose validity ends no later than its issuer's.")))
        return *stop;

    const auto required = requiredValues(parser, path, name, key, subject);
    if (!required)
        return ExitUsage;
    const auto& [nameValue, keyValue, subjectValue] = *required;
    const auto algorithm = crypto::parseKeyAlgorithm(keyValue);
    if (!algorithm)
        //: %1 is what the user typed, %2 the list of key types
        return usageError(path, tr("Unknown key type '%1'; use one of %2.").arg(keyValue, keyAlgorithmList()));
    auto distinguishedName = crypto::DistinguishedName::parse(subjectValue);
    if (!distinguishedName)
        //: %1 is the reason
        return usageError(path, tr("Bad --subject: %1").arg(distinguishedName.error().message));
    const auto validity = positiveNumber(parser, days, 3650, path);
    if (!validity)
        return ExitUsage;
    std::optional<int> pathLengthValue;
    if (parser.isSet(pathLength)) {
        bool ok = false;
        pathLengthValue = parser.value(pathLength).toInt(&ok);
        if (!ok || *pathLengthValue < 0)
            return usageError(path, tr("The option --path-length needs a whole number of 0 or more."));
    }

    return WorkspaceCommand::onWorkspace(parser, Workspace::OpenMode::ReadWrite, [&](auto& opened) -> int {
        Workspace& workspace = opened.workspace();
        auto existing = workspace.cas().findByName(nameValue);
        if (!existing)
            return failure(existing.error());
        if (*existing) {
            //: %1 is a CA name
            return failure(Error {tr("The workspace already has a CA named '%1'.").arg(nameValue)});
        }

        // The issuer first: its passphrase is asked once, before anything is generated.
        std::optional<model::CaRecord> issuerCa;
        std::optional<crypto::PrivateKey> issuerKey;
        if (parser.isSet(issuer)) {
            auto found = opened.findCa(parser.value(issuer));
            if (!found)
                return failure(found.error());
            auto unlocked = opened.unlockCaKey(*found, parser.value(issuerPassphraseFile));
            if (!unlocked)
                return failure(unlocked.error());
            issuerCa = std::move(*found);
            issuerKey = std::move(*unlocked);
        }
        //: Prompt on the terminal; %1 is a CA name
        auto passphrase = PassphraseSource::obtain(parser.value(passphraseFile),
                                                   tr("New passphrase for the CA '%1':").arg(nameValue), true);
        if (!passphrase)
            return failure(passphrase.error());

        model::NewCaParameters parameters;
        parameters.name = nameValue;
        parameters.subject = std::move(*distinguishedName);
        parameters.algorithm = *algorithm;
        parameters.validityDays = *validity;
        parameters.pathLength = pathLengthValue;
        auto caId = storeCa(workspace, parser.isSet(remember), *passphrase, [&] {
            return issuerCa
                ? model::CaCreator::createIntermediate(workspace, parameters, *passphrase, issuerCa->id, *issuerKey)
                : model::CaCreator::createRoot(workspace, parameters, *passphrase);
        });
        if (!caId)
            return failure(caId.error());
        if (issuerCa) {
            if (auto created = workspace.cas().get(*caId);
                created && created->notAfter < QDateTime::currentDateTimeUtc().addDays(*validity).addSecs(-60)) {
                //: %1 is a date, %2 a CA name
                Console::printWarning(tr("The validity was shortened to end on %1, when the issuing CA '%2' expires.")
                                          .arg(created->notAfter.toString(Qt::ISODate), issuerCa->name));
            }
        }
        return CaOutput::printCreated(workspace, *caId, parser.isSet(json));
    });
}

int CaCommands::importCa(const QString& path, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption name(QStringLiteral("name"), tr("The CA's name in the workspace."), tr("name"));
    const QCommandLineOption cert(QStringLiteral("cert"), tr("The CA certificate (PEM or DER)."), tr("file"));
    const QCommandLineOption key(QStringLiteral("key"),
                                 tr("The CA's private key (PEM or DER). Leave it out for a certificate signed for a "
                                    "key made here with 'ca create-csr'."),
                                 tr("file"));
    const QCommandLineOption p12(QStringLiteral("p12"),
                                 tr("The CA certificate and key in one PKCS#12 file (.p12/.pfx), instead of --cert "
                                    "and --key."),
                                 tr("file"));
    const QCommandLineOption keyPassphraseFile(QStringLiteral("key-passphrase-file"),
                                               tr("Opens an encrypted key file (or the PKCS#12 file) with the "
                                                  "passphrase in <file>."),
                                               tr("file"));
    const QCommandLineOption passphraseFile = passphraseFileOption();
    const QCommandLineOption remember = rememberOption();
    const QCommandLineOption json = jsonOption();
    parser.addOptions({name, cert, key, p12, keyPassphraseFile, passphraseFile, remember, json});
    if (const auto stop = parse(parser, path, arguments,
                                tr("Imports an existing CA: its certificate and private key (or one PKCS#12 file). "
                                   "The key is stored encrypted under the passphrase of --passphrase-file (or one "
                                   "typed on the terminal).")))
        return *stop;
    const bool fromPkcs12 = parser.isSet(p12);
    if (fromPkcs12 && (parser.isSet(cert) || parser.isSet(key)))
        return usageError(path, tr("Give either --p12 or --cert and --key, not both."));
    if (!fromPkcs12 && !parser.isSet(key)) {
        const auto certOnly = requiredValue(parser, cert, path);
        if (!certOnly)
            return ExitUsage;
        return CaHierarchyCommands::importSignedCertificate(workspacePath(parser), parser.value(name), *certOnly,
                                                            parser.isSet(json));
    }
    const auto required =
        fromPkcs12 ? requiredValues(parser, path, name, p12, p12) : requiredValues(parser, path, name, cert, key);
    if (!required)
        return ExitUsage;
    const auto& [nameValue, certValue, keyValue] = *required;

    // The files' kind and size before any passphrase is asked for; their content is checked by the import.
    const std::array inputs {
        std::pair {certValue, fromPkcs12 ? model::InputKind::Pkcs12 : model::InputKind::Certificate},
        std::pair {keyValue, fromPkcs12 ? model::InputKind::Pkcs12 : model::InputKind::PrivateKey}};
    for (const auto& [file, kind] : inputs) {
        if (Status usable = model::InputFile::check(file, kind); !usable)
            return failure(usable.error());
    }

    return WorkspaceCommand::onWorkspace(parser, Workspace::OpenMode::ReadWrite, [&](auto& opened) -> int {
        Workspace& workspace = opened.workspace();
        std::optional<crypto::SecureBuffer> keyPassphrase;
        if (parser.isSet(keyPassphraseFile)) {
            auto read = PassphraseSource::readFile(parser.value(keyPassphraseFile));
            if (!read)
                return failure(read.error());
            keyPassphrase.emplace(std::move(*read));
        } else if (fromPkcs12) {
            //: Prompt on the terminal; %1 is a file
            auto typed = PassphraseSource::prompt(
                tr("Passphrase of the PKCS#12 file '%1':").arg(model::InputFile::displayPath(certValue)), false);
            if (!typed)
                return failure(typed.error());
            keyPassphrase.emplace(std::move(*typed));
        }
        auto storePassphrase = PassphraseSource::obtain(parser.value(passphraseFile),
                                                        tr("New passphrase for the CA '%1':").arg(nameValue), true);
        if (!storePassphrase)
            return failure(storePassphrase.error());
        auto caId = storeCa(workspace, parser.isSet(remember), *storePassphrase, [&] {
            return fromPkcs12
                ? model::CaImporter::importPkcs12File(workspace, nameValue, certValue, *keyPassphrase, *storePassphrase)
                : model::CaImporter::importFiles(workspace, nameValue, certValue, keyValue,
                                                 keyPassphrase ? &*keyPassphrase : nullptr, *storePassphrase);
        });
        if (!caId)
            return failure(caId.error());
        return CaOutput::printCreated(workspace, *caId, parser.isSet(json));
    });
}

int CaCommands::list(const QString& path, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption expiring = ExpiryFilter::option();
    parser.addOptions({json, expiring});
    if (const auto stop = parse(parser, path, arguments,
                                tr("Lists the CAs of the workspace with their state: revoked, expired, expiring "
                                   "(within 30 days, or --expiring days) or valid.")))
        return *stop;
    int exitCode = ExitSuccess;
    const auto filter = ExpiryFilter::read(parser, expiring, path, exitCode);
    if (!filter)
        return exitCode;
    return WorkspaceCommand::onWorkspace(parser, Workspace::OpenMode::ReadOnly, [&](auto& opened) -> int {
        return CaOutput::printList(opened.workspace(), parser.isSet(json), *filter);
    });
}

int CaCommands::show(const QString& path, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json = jsonOption();
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("name"), tr("The CA's name."), QStringLiteral("NAME"));
    if (const auto stop = parse(parser, path, arguments, tr("Shows one CA."), 1, 1))
        return *stop;
    return WorkspaceCommand::onNamedCa(parser, Workspace::OpenMode::ReadOnly, [&](auto& opened) -> int {
        return CaOutput::printDetails(opened.workspace(), opened.ca(), parser.isSet(json));
    });
}

int CaCommands::exportCa(const QString& path, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption cert(QStringLiteral("cert"), tr("The file to write."), tr("file"));
    const QCommandLineOption der(QStringLiteral("der"), tr("Writes DER instead of PEM."));
    const QCommandLineOption chain(QStringLiteral("chain"),
                                   tr("Writes the chain as one PEM bundle: the CA, then its issuers up to the root."));
    parser.addOptions({cert, der, chain});
    parser.addPositionalArgument(QStringLiteral("name"), tr("The CA's name."), QStringLiteral("NAME"));
    if (const auto stop =
            parse(parser, path, arguments, tr("Writes a CA's certificate (never its key) to a file."), 1, 1))
        return *stop;
    const auto certValue = requiredValue(parser, cert, path);
    if (!certValue)
        return ExitUsage;
    return WorkspaceCommand::onNamedCa(parser, Workspace::OpenMode::ReadWrite, [&](auto& opened) -> int {
        Workspace& workspace = opened.workspace();
        const model::CaRecord& ca = opened.ca();
        if (parser.isSet(der) && parser.isSet(chain))
            return usageError(path, tr("A chain is written as PEM; --der cannot go with --chain."));
        const auto format = parser.isSet(chain) ? model::CaExporter::Format::PemChain
            : parser.isSet(der)                 ? model::CaExporter::Format::Der
                                                : model::CaExporter::Format::Pem;
        if (Status exported = model::CaExporter::exportCertificate(workspace, ca.id, *certValue, format); !exported)
            return failure(exported.error());
        //: %1 is a CA name, %2 a file
        Console::out()
            << tr("Wrote the certificate of the CA '%1' to '%2'.").arg(ca.name, QDir::toNativeSeparators(*certValue))
            << Qt::endl;
        return ExitSuccess;
    });
}

int CaCommands::verificationCertificate(const QString& path, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption code(QStringLiteral("code"), tr("The platform's registration code."), tr("code"));
    const QCommandLineOption out(QStringLiteral("out"), tr("The certificate file to write (PEM)."), tr("file"));
    const QCommandLineOption keyOut(QStringLiteral("key-out"),
                                    tr("Also writes the verification certificate's own key (PEM, owner-only)."),
                                    tr("file"));
    const QCommandLineOption days(QStringLiteral("days"), tr("Validity in days (default 300)."), tr("n"));
    const QCommandLineOption passphraseFile = passphraseFileOption();
    parser.addOptions({code, out, keyOut, days, passphraseFile});
    parser.addPositionalArgument(QStringLiteral("name"), tr("The CA's name."), QStringLiteral("NAME"));
    if (const auto stop = parse(parser, path, arguments,
                                tr("Makes the verification certificate that proves to a platform that you hold the "
                                   "CA's key: a new key, CN = the registration code, signed by the CA."),
                                1, 1))
        return *stop;
    const auto required = requiredValues(parser, path, code, out);
    if (!required)
        return ExitUsage;
    const auto& [codeValue, outValue] = *required;
    const auto validity = positiveNumber(parser, days, 300, path);
    if (!validity)
        return ExitUsage;

    return WorkspaceCommand::onNamedCa(parser, Workspace::OpenMode::ReadWrite, [&](auto& opened) -> int {
        const model::CaRecord& ca = opened.ca();
        auto caCertificate = crypto::Certificate::fromDer(ca.certificateDer);
        if (!caCertificate)
            return failure(caCertificate.error());
        auto caKey = opened.unlockCaKey(parser.value(passphraseFile));
        if (!caKey)
            return failure(caKey.error());

        crypto::VerificationCertificateSpec spec;
        spec.registrationCode = codeValue;
        spec.validityDays = *validity;
        // Reserved before the CA signs (unique per CA across every operator); the record settles it.
        auto reservation = model::SerialReservation::reserve(opened.workspace(), ca.id,
                                                             model::IssuedCertificateKind::Verification, codeValue);
        if (!reservation)
            return failure(reservation.error());
        spec.serial = reservation->serial();
        auto verification = crypto::VerificationCertificate::create(spec, *caCertificate, *caKey);
        if (!verification)
            return failure(verification.error());
        if (!verification->warning().isEmpty())
            Console::printWarning(verification->warning());
        // Written to temporaries first, recorded, then put in place: an output that cannot be written stops the
        // command with nothing recorded, and no certificate appears on disk unrecorded (brief rule 1).
        OutputFile::Staged outputs;
        if (Status staged = outputs.add(outValue, verification->certificate().toPem(), false); !staged)
            return failure(staged.error());
        if (parser.isSet(keyOut)) {
            auto keyPem = verification->key().toUnencryptedTraditionalPem();
            if (!keyPem)
                return failure(keyPem.error());
            if (Status staged = outputs.add(parser.value(keyOut), keyPem->view(), true); !staged)
                return failure(staged.error());
        }
        auto recorded = model::VerificationCertificateLedger(opened.workspace())
                            .record(ca.id, verification->certificate(), spec.registrationCode,
                                    model::VerificationCertificatePurpose::File);
        if (!recorded)
            return failure(recorded.error());
        if (Status written = outputs.commit(); !written)
            return failure(written.error());
        //: %1 is a file, %2 a serial number
        Console::out() << tr("Wrote the verification certificate to '%1' (serial %2).")
                              .arg(QDir::toNativeSeparators(outValue), verification->certificate().serialNumberHex())
                       << Qt::endl;
        return ExitSuccess;
    });
}

int CaCommands::remove(const QString& path, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption yes = yesOption();
    const QCommandLineOption cascade(QStringLiteral("cascade"),
                                     tr("Also deletes the CA's device certificates and registrations."));
    const QCommandLineOption account(QStringLiteral("account"),
                                     tr("Deletes the CA on this platform account instead (with its device "
                                        "certificates there); the workspace keeps the CA."),
                                     tr("name"));
    parser.addOptions({yes, cascade, account});
    parser.addPositionalArgument(QStringLiteral("name"), tr("The CA's name."), QStringLiteral("NAME"));
    if (const auto stop = parse(parser, path, arguments,
                                tr("Deletes a CA and its stored key from the workspace, or with --account deletes it "
                                   "on that platform account. Asks first on a terminal; without one, needs --yes."),
                                1, 1))
        return *stop;
    if (parser.isSet(account)) {
        if (parser.isSet(cascade))
            return usageError(path, tr("--cascade is for deleting from the workspace; it cannot go with --account."));
        return RemoteCaCommands::deleteOnPlatform(path, workspacePath(parser),
                                                  parser.positionalArguments().constFirst(), parser.value(account),
                                                  parser.isSet(yes));
    }
    return WorkspaceCommand::onNamedCa(parser, Workspace::OpenMode::ReadWrite, [&](auto& opened) -> int {
        Workspace& workspace = opened.workspace();
        const model::CaRecord& ca = opened.ca();

        if (!parser.isSet(yes)) {
            //: %1 is a CA name
            const QString question = tr("Delete the CA '%1' and its private key from the workspace? This cannot be "
                                        "undone.")
                                         .arg(ca.name);
            switch (Console::confirm(question)) {
            case Console::Answer::Yes:
                break;
            case Console::Answer::No:
                Console::printError(tr("The CA '%1' was not deleted.").arg(ca.name));
                return ExitFailure;
            case Console::Answer::NoTerminal:
                return usageError(path,
                                  tr("Refusing to delete the CA '%1' without confirmation; pass --yes.").arg(ca.name));
            }
        }
        const bool wasRemembered = !ca.passphraseKeychainKey.isEmpty();
        const auto removal = parser.isSet(cascade) ? model::CaRemoval::Cascade : model::CaRemoval::RefuseIfInUse;
        if (Status removed = workspace.cas().remove(ca.id, removal); !removed)
            return failure(removed.error());
        if (wasRemembered) {
            model::KeychainSecretStore secrets;
            if (Status forgotten = secrets.removeBlocking(ca.passphraseKeychainKey); !forgotten)
                Console::printWarning(forgotten.error().message);
        }
        Console::out() << tr("Deleted the CA '%1'.").arg(ca.name) << Qt::endl;
        return ExitSuccess;
    });
}

int CaCommands::rememberPassphrase(const QString& path, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption passphraseFile = passphraseFileOption();
    parser.addOption(passphraseFile);
    parser.addPositionalArgument(QStringLiteral("name"), tr("The CA's name."), QStringLiteral("NAME"));
    if (const auto stop = parse(parser, path, arguments,
                                tr("Checks the CA's passphrase and remembers it in the system keychain, so later "
                                   "commands need not ask."),
                                1, 1))
        return *stop;
    return WorkspaceCommand::onNamedCa(parser, Workspace::OpenMode::ReadWrite, [&](auto& opened) -> int {
        Workspace& workspace = opened.workspace();
        const model::CaRecord& ca = opened.ca();
        auto passphrase = PassphraseSource::obtain(parser.value(passphraseFile),
                                                   tr("Passphrase of the CA '%1':").arg(ca.name), false);
        if (!passphrase)
            return failure(passphrase.error());
        if (const int remembered = rememberIfAsked(true, workspace, ca.id, *passphrase); remembered != ExitSuccess)
            return remembered;
        Console::out() << tr("The passphrase of the CA '%1' is remembered in the keychain.").arg(ca.name) << Qt::endl;
        return ExitSuccess;
    });
}

int CaCommands::forgetPassphrase(const QString& path, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("name"), tr("The CA's name."), QStringLiteral("NAME"));
    if (const auto stop =
            parse(parser, path, arguments, tr("Removes the CA's passphrase from the system keychain."), 1, 1))
        return *stop;
    return WorkspaceCommand::onNamedCa(parser, Workspace::OpenMode::ReadWrite, [&](auto& opened) -> int {
        Workspace& workspace = opened.workspace();
        const model::CaRecord& ca = opened.ca();
        model::KeychainSecretStore secrets;
        if (Status forgotten = model::CaKeyAccess::forget(workspace, ca.id, secrets); !forgotten)
            return failure(forgotten.error());
        Console::out() << tr("The passphrase of the CA '%1' is no longer remembered.").arg(ca.name) << Qt::endl;
        return ExitSuccess;
    });
}

} // namespace iotca::app
