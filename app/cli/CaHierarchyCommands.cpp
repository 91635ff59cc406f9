#include "CaHierarchyCommands.h"

#include "CaOutput.h"
#include "CliCommandGroup.h"
#include "Console.h"
#include "ExitCode.h"
#include "JsonOutput.h"
#include "OutputFile.h"
#include "PassphraseSource.h"
#include "WorkspaceCommand.h"

#include "crypto/CertificateRequest.h"
#include "crypto/RevocationReason.h"
#include "model/ca/CaChain.h"
#include "model/ca/CaRenewal.h"
#include "model/ca/CrlPublisher.h"
#include "model/ca/SubCaRequests.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/RevocationRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace iotca::app {

namespace {

using model::Workspace;

QCommandLineOption passphraseFileOption(const QString& whose)
{
    return QCommandLineOption(QStringLiteral("passphrase-file"),
                              //: %1 says whose passphrase ("the CA's", "the issuing CA's")
                              CaHierarchyCommands::tr("Reads %1 passphrase from the first line of <file> (else the "
                                                      "keychain, else a prompt on the terminal).")
                                  .arg(whose),
                              CaHierarchyCommands::tr("file"));
}

QString keyAlgorithmList()
{
    QStringList names;
    for (const crypto::KeyAlgorithm algorithm : crypto::allKeyAlgorithms())
        names.append(crypto::keyAlgorithmName(algorithm));
    return names.join(QLatin1Char('|'));
}

QString reasonList()
{
    QStringList names;
    for (const crypto::RevocationReason reason : crypto::allRevocationReasons())
        names.append(crypto::revocationReasonName(reason));
    return names.join(QLatin1Char('|'));
}

/// Asks before an irreversible step; without a terminal --yes must say so. An exit code when it must stop.
std::optional<int> confirmOrStop(const QString& path, const QString& question, bool yes, const QString& refusal,
                                 const QString& declined)
{
    if (yes)
        return std::nullopt;
    switch (Console::confirm(question)) {
    case Console::Answer::Yes:
        return std::nullopt;
    case Console::Answer::No:
        Console::printError(declined);
        return ExitFailure;
    case Console::Answer::NoTerminal:
        return CliCommand::usageError(path, refusal);
    }
    return ExitFailure;
}

std::optional<int> optionalPathLength(const QCommandLineParser& parser, const QCommandLineOption& option,
                                      const QString& path, std::optional<int>& value)
{
    if (!parser.isSet(option))
        return std::nullopt;
    bool ok = false;
    value = parser.value(option).toInt(&ok);
    if (!ok || *value < 0)
        return CliCommand::usageError(path,
                                      CaHierarchyCommands::tr("The option --path-length needs a whole number of 0 or "
                                                              "more."));
    return std::nullopt;
}

} // namespace

void CaHierarchyCommands::addTo(CliCommandGroup& group)
{
    group.addCommand(QStringLiteral("create-csr"),
                     tr("Makes a sub-CA key here and a certificate request for a root kept elsewhere."), &createCsr);
    group.addCommand(QStringLiteral("sign-csr"), tr("Signs a sub-CA's certificate request made elsewhere."), &signCsr);
    group.addCommand(QStringLiteral("renew"), tr("Renews a CA certificate with the same key and subject."), &renew);
    group.addCommand(QStringLiteral("revoke"), tr("Revokes an intermediate CA (its issuer's next CRL lists it)."),
                     &revoke);
    group.addCommand(QStringLiteral("crl"), tr("Writes a CA's certificate revocation list."), &crl);
}

int CaHierarchyCommands::createCsr(const QString& path, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption name(QStringLiteral("name"), tr("The sub-CA's name in the workspace."), tr("name"));
    const QCommandLineOption key(QStringLiteral("key"), tr("The key type: %1.").arg(keyAlgorithmList()), tr("type"));
    const QCommandLineOption subject(QStringLiteral("subject"), tr("The subject, e.g. \"CN=Fleet Issuing CA\"."),
                                     tr("dn"));
    const QCommandLineOption out(QStringLiteral("out"), tr("The certificate request file to write (PEM)."), tr("file"));
    const QCommandLineOption passphraseFile = passphraseFileOption(tr("the new sub-CA's"));
    parser.addOptions({name, key, subject, out, passphraseFile});
    if (const auto stop =
            CliCommand::parse(parser, path, arguments,
                              tr("Makes a sub-CA key, stored here encrypted under a new passphrase, and its "
                                 "certificate request (PKCS#10) for a root kept elsewhere. Import the signed "
                                 "certificate with 'iotca ca import --cert FILE' (no --key): it joins this key.")))
        return *stop;
    const auto required = CliCommand::requiredValues(parser, path, name, key, subject, out);
    if (!required)
        return ExitUsage;
    const auto& [nameValue, keyValue, subjectValue, outValue] = *required;
    const auto algorithm = crypto::parseKeyAlgorithm(keyValue);
    if (!algorithm)
        return CliCommand::usageError(path,
                                      tr("Unknown key type '%1'; use one of %2.").arg(keyValue, keyAlgorithmList()));
    auto distinguishedName = crypto::DistinguishedName::parse(subjectValue);
    if (!distinguishedName)
        return CliCommand::usageError(path, tr("Bad --subject: %1").arg(distinguishedName.error().message));
    if (QFileInfo::exists(outValue))
        return CliCommand::failure(
            Error {tr("The file '%1' exists already; choose another --out.").arg(QDir::toNativeSeparators(outValue))});

    return WorkspaceCommand::onWorkspace(parser, Workspace::OpenMode::ReadWrite, [&](auto& opened) -> int {
        model::Workspace& workspace = opened.workspace();
        auto passphrase = PassphraseSource::obtain(parser.value(passphraseFile),
                                                   tr("New passphrase for the CA '%1':").arg(nameValue), true);
        if (!passphrase)
            return CliCommand::failure(passphrase.error());
        model::NewCaParameters parameters;
        parameters.name = nameValue;
        parameters.subject = std::move(*distinguishedName);
        parameters.algorithm = *algorithm;
        // The file is written inside the transaction that keeps the key: a failed write keeps no key.
        auto request =
            model::SubCaRequests::createRequest(workspace, parameters, *passphrase, [&outValue](const QByteArray& pem) {
                return OutputFile::write(outValue, pem, false);
            });
        if (!request)
            return CliCommand::failure(request.error());
        //: %1 is a CA name, %2 a file
        Console::out() << tr("Stored the key of the sub-CA '%1' and wrote its certificate request to '%2'.")
                              .arg(nameValue, QDir::toNativeSeparators(outValue))
                       << Qt::endl;
        return ExitSuccess;
    });
}

int CaHierarchyCommands::importSignedCertificate(const QString& workspaceFolder, const QString& name,
                                                 const QString& certificateFile, bool json)
{
    QFile file(certificateFile);
    if (!file.open(QIODevice::ReadOnly))
        return CliCommand::failure(
            Error {tr("Cannot read the certificate file '%1'.").arg(QDir::toNativeSeparators(certificateFile)),
                   file.errorString()});
    const QByteArray data = file.read(1024 * 1024);
    return WorkspaceCommand::onWorkspace(workspaceFolder, Workspace::OpenMode::ReadWrite, [&](auto& opened) -> int {
        model::Workspace& workspace = opened.workspace();
        auto caId = model::SubCaRequests::importSigned(workspace, data, name);
        if (!caId) {
            Error error = caId.error();
            if (error.code == QLatin1String("NoPendingKey"))
                error.message += QLatin1Char(' ') + tr("To import a CA with its key file, give --key.");
            return CliCommand::failure(error);
        }
        return CaOutput::printCreated(workspace, *caId, json);
    });
}

int CaHierarchyCommands::signCsr(const QString& path, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption ca(QStringLiteral("ca"), tr("The issuing CA's name."), tr("name"));
    const QCommandLineOption csr(QStringLiteral("csr"), tr("The sub-CA's certificate request (PEM or DER)."),
                                 tr("file"));
    const QCommandLineOption profile(QStringLiteral("profile"), tr("What to sign it as: sub-ca (the only one)."),
                                     tr("profile"));
    const QCommandLineOption out(QStringLiteral("out"), tr("The certificate file to write (PEM)."), tr("file"));
    const QCommandLineOption name(QStringLiteral("name"),
                                  tr("The sub-CA's name in the workspace (default: its common name)."), tr("name"));
    const QCommandLineOption days(QStringLiteral("days"), tr("Validity in days (default 1825)."), tr("n"));
    const QCommandLineOption pathLength(QStringLiteral("path-length"),
                                        tr("basicConstraints pathLenConstraint (default 0: signs no further CA)."),
                                        tr("n"));
    const QCommandLineOption chain(QStringLiteral("chain"), tr("Writes the issuers' certificates after it."));
    const QCommandLineOption passphraseFile = passphraseFileOption(tr("the issuing CA's"));
    const QCommandLineOption yes = CliCommand::yesOption();
    const QCommandLineOption json = CliCommand::jsonOption();
    parser.addOptions({ca, csr, profile, out, name, days, pathLength, chain, passphraseFile, yes, json});
    if (const auto stop =
            CliCommand::parse(parser, path, arguments,
                              tr("Signs a sub-CA's certificate request made elsewhere with a CA of the workspace. "
                                 "Shows what it signs and asks first on a terminal; without one, needs --yes. The "
                                 "new sub-CA is recorded in the workspace under its issuer (its key stays "
                                 "elsewhere).")))
        return *stop;
    const auto required = CliCommand::requiredValues(parser, path, ca, csr, out);
    if (!required)
        return ExitUsage;
    const auto& [caValue, csrValue, outValue] = *required;
    if (parser.isSet(profile) && parser.value(profile) != QLatin1String("sub-ca"))
        return CliCommand::usageError(path,
                                      tr("Unknown profile '%1'; 'ca sign-csr' signs sub-CAs only (--profile sub-ca). "
                                         "Device requests are signed by 'device sign-csr'.")
                                          .arg(parser.value(profile)));
    const auto validity = CliCommand::positiveNumber(parser, days, 1825, path);
    if (!validity)
        return ExitUsage;
    std::optional<int> pathLengthValue = 0;
    if (const auto stop = optionalPathLength(parser, pathLength, path, pathLengthValue))
        return *stop;

    QFile requestFile(csrValue);
    if (!requestFile.open(QIODevice::ReadOnly))
        return CliCommand::failure(
            Error {tr("Cannot read the certificate request '%1'.").arg(QDir::toNativeSeparators(csrValue)),
                   requestFile.errorString()});
    auto request = crypto::CertificateRequest::fromData(requestFile.read(1024 * 1024));
    if (!request)
        //: %1 is a file, %2 the reason
        return CliCommand::failure(Error {tr("'%1' is not a usable certificate request: %2")
                                              .arg(QDir::toNativeSeparators(csrValue), request.error().message),
                                          request.error().detail, request.error().code});
    if (Status signature = request->verifySignature(); !signature)
        return CliCommand::failure(signature.error());
    if (Status acceptable = request->checkKeyIsAcceptable(); !acceptable)
        return CliCommand::failure(acceptable.error());

    return WorkspaceCommand::onCa(parser, Workspace::OpenMode::ReadWrite, caValue, [&](auto& opened) -> int {
        model::Workspace& workspace = opened.workspace();
        model::CaRecord& issuer = opened.ca();
        const QString caName = parser.isSet(name) ? parser.value(name) : request->subject().commonName();
        if (caName.trimmed().isEmpty())
            return CliCommand::usageError(path, tr("The request has no common name; give the sub-CA a --name."));

        // What is about to be signed, before any passphrase is asked.
        const QStringList sans = request->subjectAlternativeNames();
        Console::out() << tr("Sub-CA request '%1':").arg(QDir::toNativeSeparators(csrValue)) << Qt::endl
                       << QStringLiteral("  ") << tr("Subject: %1").arg(terminalSafe(request->subjectString()))
                       << Qt::endl
                       << QStringLiteral("  ") << tr("Key: %1").arg(request->keyDescription()) << Qt::endl;
        if (!sans.isEmpty())
            Console::out() << QStringLiteral(
                "  ") << tr("Alternative names (not copied): %1").arg(terminalSafe(sans.join(QStringLiteral(", "))))
                           << Qt::endl;
        Console::out() << QStringLiteral("  ")
                       << tr("Signed by '%1' as a CA, path length %2, for %n day(s).", nullptr, *validity)
                              .arg(issuer.name)
                              .arg(*pathLengthValue)
                       << Qt::endl;
        if (const auto stop = confirmOrStop(
                path, tr("Sign this request as a sub-CA of '%1'?").arg(issuer.name), parser.isSet(yes),
                tr("Refusing to sign a sub-CA without confirmation; pass --yes."), tr("Nothing was signed.")))
            return *stop;

        auto issuerKey = opened.unlockCaKey(parser.value(passphraseFile));
        if (!issuerKey)
            return CliCommand::failure(issuerKey.error());
        model::NewCaParameters parameters;
        parameters.name = caName;
        parameters.validityDays = *validity;
        parameters.pathLength = pathLengthValue;
        const auto issuerPath = model::CaChain::pathOf(workspace, issuer.id);
        if (!issuerPath)
            return CliCommand::failure(issuerPath.error());
        const QByteArray issuersPem = parser.isSet(chain) ? model::CaChain::toPemBundle(*issuerPath) : QByteArray();
        // Staged inside the transaction that records the sub-CA and put in place once it committed: a file that
        // cannot be written stops the signing with nothing recorded, and no certificate reaches the disk unrecorded,
        // even when the commit fails or the process dies before it (brief rule 1).
        OutputFile::Staged output;
        const auto stageCertificate = [&](const crypto::Certificate& certificate) {
            const QByteArray pem = certificate.toPem() + issuersPem;
            return output.add(outValue, pem, false);
        };
        auto signedCa =
            model::SubCaRequests::signRequest(workspace, issuer.id, *issuerKey, *request, parameters, stageCertificate);
        if (!signedCa)
            return CliCommand::failure(signedCa.error());
        if (Status written = output.commit(); !written)
            return CliCommand::failure(written.error());
        if (!signedCa->warning.isEmpty())
            Console::printWarning(signedCa->warning);
        if (parser.isSet(json))
            return CaOutput::printCreated(workspace, signedCa->caId, true);
        //: %1 is a CA name, %2 a serial number, %3 a file
        Console::out() << tr("Signed the sub-CA '%1' (serial %2) and wrote its certificate to '%3'.")
                              .arg(caName, signedCa->certificate.serialNumberHex(), QDir::toNativeSeparators(outValue))
                       << Qt::endl;
        return ExitSuccess;
    });
}

int CaHierarchyCommands::renew(const QString& path, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption days(QStringLiteral("days"), tr("Validity in days (default 3650)."), tr("n"));
    const QCommandLineOption passphraseFile =
        passphraseFileOption(tr("the signing CA's (the CA's own for a root, its issuer's for an intermediate)"));
    const QCommandLineOption json = CliCommand::jsonOption();
    parser.addOptions({days, passphraseFile, json});
    parser.addPositionalArgument(QStringLiteral("name"), tr("The CA's name."), QStringLiteral("NAME"));
    if (const auto stop =
            CliCommand::parse(parser, path, arguments,
                              tr("Renews a CA certificate: the same key and subject, a new serial and validity, so "
                                 "the device certificates it issued keep verifying. A root signs itself; an "
                                 "intermediate is signed by its issuer in the workspace. Register it again on any "
                                 "platform that had the old certificate."),
                              1, 1))
        return *stop;
    const auto validity = CliCommand::positiveNumber(parser, days, 3650, path);
    if (!validity)
        return ExitUsage;
    return WorkspaceCommand::onNamedCa(parser, Workspace::OpenMode::ReadWrite, [&](auto& opened) -> int {
        model::Workspace& workspace = opened.workspace();
        model::CaRecord& ca = opened.ca();
        auto signerId = model::CaRenewal::signerOf(workspace, ca.id);
        if (!signerId)
            return CliCommand::failure(signerId.error());
        auto signer = workspace.cas().get(*signerId);
        if (!signer)
            return CliCommand::failure(signer.error());
        auto key = opened.unlockCaKey(*signer, parser.value(passphraseFile));
        if (!key)
            return CliCommand::failure(key.error());
        auto renewed = model::CaRenewal::renew(workspace, ca.id, *key, *validity);
        if (!renewed)
            return CliCommand::failure(renewed.error());
        if (!renewed->warning.isEmpty())
            Console::printWarning(renewed->warning);
        if (parser.isSet(json))
            return CaOutput::printCreated(workspace, ca.id, true);
        //: %1 is a CA name, %2 and %3 serial numbers
        Console::out() << tr("Renewed the CA '%1': serial %2 replaces %3.")
                              .arg(ca.name, renewed->newSerialHex, renewed->oldSerialHex)
                       << Qt::endl;
        return ExitSuccess;
    });
}

int CaHierarchyCommands::revoke(const QString& path, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption reason(
        QStringLiteral("reason"), tr("The RFC 5280 reason: %1 (default unspecified).").arg(reasonList()), tr("reason"));
    const QCommandLineOption yes = CliCommand::yesOption();
    parser.addOptions({reason, yes});
    parser.addPositionalArgument(QStringLiteral("name"), tr("The intermediate CA's name."), QStringLiteral("NAME"));
    if (const auto stop =
            CliCommand::parse(parser, path, arguments,
                              tr("Revokes an intermediate CA: its issuer (a CA of the workspace) lists it in its "
                                 "next CRL ('iotca ca crl --ca ISSUER'). Asks first on a terminal; without one, "
                                 "needs --yes."),
                              1, 1))
        return *stop;
    const auto reasonValue = parser.isSet(reason) ? crypto::parseRevocationReason(parser.value(reason))
                                                  : std::optional(crypto::RevocationReason::Unspecified);
    if (!reasonValue)
        return CliCommand::usageError(
            path, tr("Unknown reason '%1'; use one of %2.").arg(parser.value(reason), reasonList()));
    return WorkspaceCommand::onNamedCa(parser, Workspace::OpenMode::ReadWrite, [&](auto& opened) -> int {
        model::Workspace& workspace = opened.workspace();
        model::CaRecord& ca = opened.ca();
        if (ca.parentCaId <= 0)
            return CliCommand::failure(Error {tr("The CA '%1' has no issuer in this workspace, so it cannot be revoked "
                                                 "here (a root is retired by removing it from trust stores).")
                                                  .arg(ca.name)});
        auto issuer = workspace.cas().get(ca.parentCaId);
        if (!issuer)
            return CliCommand::failure(issuer.error());
        if (const auto stop = confirmOrStop(
                path,
                tr("Revoke the CA '%1'? Every certificate under it stops verifying. This cannot be undone.")
                    .arg(ca.name),
                parser.isSet(yes), tr("Refusing to revoke the CA '%1' without confirmation; pass --yes.").arg(ca.name),
                tr("The CA '%1' was not revoked.").arg(ca.name)))
            return *stop;
        model::RevocationRepository revocations(workspace);
        auto revoked = revocations.revoke(issuer->id, {ca.serialHex}, *reasonValue);
        if (!revoked)
            return CliCommand::failure(revoked.error());
        //: %1 is a CA name, %2 its issuer's name
        Console::out() << tr("Revoked the CA '%1'; publish a new CRL of '%2' (iotca ca crl --ca \"%2\").")
                              .arg(ca.name, issuer->name)
                       << Qt::endl;
        return ExitSuccess;
    });
}

int CaHierarchyCommands::crl(const QString& path, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption ca(QStringLiteral("ca"), tr("The CA's name."), tr("name"));
    const QCommandLineOption out(QStringLiteral("out"), tr("The CRL file to write."), tr("file"));
    const QCommandLineOption days(QStringLiteral("days"), tr("Days until nextUpdate (default 30)."), tr("n"));
    const QCommandLineOption der(QStringLiteral("der"), tr("Writes DER instead of PEM."));
    const QCommandLineOption passphraseFile = passphraseFileOption(tr("the CA's"));
    const QCommandLineOption json = CliCommand::jsonOption();
    parser.addOptions({ca, out, days, der, passphraseFile, json});
    if (const auto stop =
            CliCommand::parse(parser, path, arguments,
                              tr("Writes the CA's certificate revocation list (X.509 v2: CRL number, authority key "
                                 "identifier, nextUpdate, reason codes) listing every certificate it revoked, "
                                 "signed with its key.")))
        return *stop;
    const auto required = CliCommand::requiredValues(parser, path, ca, out);
    if (!required)
        return ExitUsage;
    const auto& [caValue, outValue] = *required;
    const auto validity = CliCommand::positiveNumber(parser, days, 30, path);
    if (!validity)
        return ExitUsage;
    return WorkspaceCommand::onCa(parser, Workspace::OpenMode::ReadWrite, caValue, [&](auto& opened) -> int {
        model::Workspace& workspace = opened.workspace();
        model::CaRecord& record = opened.ca();
        auto key = opened.unlockCaKey(parser.value(passphraseFile));
        if (!key)
            return CliCommand::failure(key.error());
        auto published = model::CrlPublisher::publish(workspace, record.id, *key, *validity, outValue,
                                                      parser.isSet(der) ? model::CrlPublisher::Format::Der
                                                                        : model::CrlPublisher::Format::Pem);
        if (!published)
            return CliCommand::failure(published.error());
        if (parser.isSet(json)) {
            JsonOutput::print(QJsonObject {{QStringLiteral("ca"), record.name},
                                           {QStringLiteral("crlNumber"), published->crlNumber},
                                           {QStringLiteral("revoked"), published->revokedCount},
                                           {QStringLiteral("thisUpdate"), JsonOutput::time(published->thisUpdate)},
                                           {QStringLiteral("nextUpdate"), JsonOutput::time(published->nextUpdate)},
                                           {QStringLiteral("file"), QFileInfo(outValue).absoluteFilePath()}});
            return ExitSuccess;
        }
        //: %1 is a number, %2 a CA name, %n the number of revoked certificates, %3 a file, %4 a date
        Console::out()
            << tr("Wrote CRL number %1 of the CA '%2' listing %n revoked certificate(s) to '%3' (next update "
                  "%4).",
                  nullptr, published->revokedCount)
                   .arg(published->crlNumber)
                   .arg(record.name, QDir::toNativeSeparators(outValue), JsonOutput::time(published->nextUpdate))
            << Qt::endl;
        return ExitSuccess;
    });
}

} // namespace iotca::app
