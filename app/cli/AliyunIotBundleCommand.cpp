#include "AliyunIotBundleCommand.h"

#include "CliCommand.h"
#include "CliWorkspace.h"
#include "Console.h"
#include "ExitCode.h"
#include "JsonOutput.h"
#include "PlatformSession.h"

#include "crypto/Certificate.h"
#include "model/platform/OfflineRegistrationBundleWriter.h"
#include "model/platform/PlatformCapabilities.h"
#include "model/platform/PreflightChecker.h"

#include <QDir>

namespace iotca::app {

int AliyunIotBundleCommand::run(const QString& path, model::Workspace& workspace, const model::CaRecord& ca,
                                const model::PlatformAccountRecord& account, const Request& request)
{
    const QString platform = model::platformDisplayName(model::PlatformId::AliyunIot);
    if (request.registrationCode.isEmpty())
        //: %1 is "Alibaba Cloud IoT Platform"
        return CliCommand::usageError(
            path, tr("%1 shows the registration code only in its console: pass it with --code.").arg(platform));
    if (request.outputFolder.isEmpty())
        //: %1 is "Alibaba Cloud IoT Platform"
        return CliCommand::usageError(
            path,
            tr("%1 has no API for CA certificates: give --out DIR for the console's upload bundle.").arg(platform));

    // Everything that can be checked here is, before the passphrase is asked for.
    const model::PreflightChecker rules(model::PlatformCapabilities::forPlatform(model::PlatformId::AliyunIot));
    const QString caName = request.remoteName.isEmpty() ? ca.name : request.remoteName;
    if (Status name = rules.checkCaName(caName); !name)
        return PlatformSession::failure(name.error());
    if (Status code = rules.checkRegistrationCode(request.registrationCode); !code)
        return PlatformSession::failure(code.error());
    auto certificate = crypto::Certificate::fromDer(ca.certificateDer);
    if (!certificate)
        return CliCommand::failure(certificate.error());
    auto caKey = CliWorkspace::unlockCaKey(workspace, ca, request.passphraseFile);
    if (!caKey)
        return CliCommand::failure(caKey.error());

    model::OfflineRegistrationRequest bundleRequest;
    bundleRequest.platform = model::PlatformId::AliyunIot;
    bundleRequest.folder = request.outputFolder;
    bundleRequest.caName = caName;
    bundleRequest.caCertificate = std::move(*certificate);
    bundleRequest.caKey = std::move(*caKey);
    bundleRequest.registrationCode = request.registrationCode;
    auto bundle = model::OfflineRegistrationBundleWriter::write(bundleRequest);
    if (!bundle)
        return CliCommand::failure(bundle.error());

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
    //: %1 is a CA name, %2 a folder, %3 "Alibaba Cloud IoT Platform", %4 the README file
    Console::out() << tr("Wrote the upload bundle of the CA '%1' to '%2'. Register it in the %3 console as %4 "
                         "describes; nothing was sent or recorded.")
                          .arg(ca.name, QDir::toNativeSeparators(request.outputFolder), platform,
                               QDir::toNativeSeparators(bundle->readmePath))
                   << Qt::endl;
    for (const QString& file : bundle->files())
        Console::out() << QStringLiteral("  ") << QDir::toNativeSeparators(file) << Qt::endl;
    return ExitSuccess;
}

} // namespace iotca::app
