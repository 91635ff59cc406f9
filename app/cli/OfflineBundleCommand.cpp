#include "OfflineBundleCommand.h"

#include "BlockingPlatformConnection.h"
#include "CliCommand.h"
#include "CliWorkspace.h"
#include "Console.h"
#include "ExitCode.h"
#include "JsonOutput.h"
#include "RemoteCaCommands.h"

#include "crypto/Certificate.h"
#include "model/platform/OfflineRegistrationBundleWriter.h"
#include "model/platform/PlatformCapabilities.h"
#include "model/registration/CaRegistrationPrecheck.h"
#include "model/workspace/VerificationCertificateLedger.h"
#include "model/workspace/Workspace.h"

#include <QDir>

namespace iotca::app {

int OfflineBundleCommand::run(const QString& path, model::Workspace& workspace, const model::CaRecord& ca,
                              const model::PlatformAccountRecord& account, const Request& request)
{
    const auto platformId = model::parsePlatformId(account.platformId);
    if (!platformId) {
        //: %1 is an account name, %2 the stored platform id
        return CliCommand::failure(Error {
            tr("The platform account '%1' names an unknown platform '%2'.").arg(account.name, account.platformId)});
    }
    const auto caps = model::PlatformCapabilities::forPlatform(*platformId);
    const bool hasApi = caps.supports(model::PlatformCapabilities::Operation::RegisterCa);
    const QString platform = model::platformDisplayName(*platformId);
    if (request.registrationCode.isEmpty()) {
        //: %1 is a platform such as "Alibaba Cloud IoT Platform"
        return CliCommand::usageError(path,
                                      hasApi ? tr("Nothing is fetched from %1 for an upload bundle (--out): "
                                                  "pass the registration code it gave you with --code.")
                                                   .arg(platform)
                                             : tr("%1 shows the registration code only in its console: pass "
                                                  "it with --code.")
                                                   .arg(platform));
    }
    if (request.outputFolder.isEmpty())
        //: %1 is "Alibaba Cloud IoT Platform"
        return CliCommand::usageError(
            path,
            tr("%1 has no API for CA certificates: give --out DIR for the console's upload bundle.").arg(platform));

    // Everything that can be checked here is, before the passphrase is asked for (the same checks as the wizard's).
    const QString caName = model::CaRegistrationPrecheck::nameOnPlatform(ca, request.remoteName);
    if (Status checked =
            model::CaRegistrationPrecheck::check(workspace, ca, account, request.remoteName, request.registrationCode);
        !checked)
        return BlockingPlatformConnection::failure(checked.error(), RemoteCaCommands::remoteNameHint(checked.error()));
    // Alibaba IoT takes its device associations as CSV in the console, as the wizard's bundle carries them.
    auto associations = model::CaRegistrationPrecheck::bundleAssociations(workspace, ca.id, account);
    if (!associations)
        return CliCommand::failure(associations.error());
    auto certificate = crypto::Certificate::fromDer(ca.certificateDer);
    if (!certificate)
        return CliCommand::failure(certificate.error());
    auto caKey = CliWorkspace::unlockCaKey(workspace, ca, request.passphraseFile);
    if (!caKey)
        return CliCommand::failure(caKey.error());

    model::OfflineRegistrationRequest bundleRequest;
    bundleRequest.platform = *platformId;
    bundleRequest.folder = request.outputFolder;
    bundleRequest.caName = caName;
    bundleRequest.caCertificate = std::move(*certificate);
    bundleRequest.caKey = std::move(*caKey);
    bundleRequest.registrationCode = request.registrationCode;
    bundleRequest.region = account.region;
    bundleRequest.instanceId = account.instanceId;
    bundleRequest.associations = std::move(*associations);
    bundleRequest.recordVerificationCertificate = model::VerificationCertificateLedger(workspace).recorder(
        ca.id, model::VerificationCertificatePurpose::OfflineRegistration);
    bundleRequest.reserveVerificationSerial = model::VerificationCertificateLedger(workspace).serialReserver(ca.id);
    auto bundle = model::OfflineRegistrationBundleWriter::write(bundleRequest);
    if (!bundle)
        return BlockingPlatformConnection::failure(bundle.error(), RemoteCaCommands::remoteNameHint(bundle.error()));

    if (request.json) {
        JsonOutput::print(QJsonObject {
            {QStringLiteral("ca"), ca.name},
            {QStringLiteral("account"), account.name},
            {QStringLiteral("platform"), account.platformId},
            {QStringLiteral("caName"), caName},
            {QStringLiteral("registrationCode"), request.registrationCode},
            {QStringLiteral("folder"), request.outputFolder},
            {QStringLiteral("caCertificate"), bundle->caCertificatePath},
            {QStringLiteral("verificationCertificate"), bundle->verificationCertificatePath},
            {QStringLiteral("readme"), bundle->readmePath},
            {QStringLiteral("verificationFingerprint"), bundle->verificationFingerprint},
            {QStringLiteral("verificationNotAfter"), JsonOutput::time(bundle->verificationNotAfter)},
            {QStringLiteral("files"), QJsonArray::fromStringList(bundle->files())},
        });
        return ExitSuccess;
    }
    //: %1 is a CA name, %2 a folder, %3 a platform such as "AWS IoT Core", %4 the README file
    Console::out() << (hasApi ? tr("Wrote the upload bundle of the CA '%1' to '%2'. Finish the registration with %3 "
                                   "on a connected machine as %4 describes; nothing was sent or recorded.")
                              : tr("Wrote the upload bundle of the CA '%1' to '%2'. Register it in the %3 console as "
                                   "%4 describes; nothing was sent or recorded."))
                          .arg(ca.name, QDir::toNativeSeparators(request.outputFolder), platform,
                               QDir::toNativeSeparators(bundle->readmePath))
                   << Qt::endl;
    for (const QString& file : bundle->files())
        Console::out() << QStringLiteral("  ") << QDir::toNativeSeparators(file) << Qt::endl;
    return ExitSuccess;
}

} // namespace iotca::app
