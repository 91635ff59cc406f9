#include "OfflineRegistrationBundleWriter.h"

#include "AliyunAssociationFiles.h"
#include "OfflineRegistrationReadme.h"
#include "PreflightChecker.h"
#include "crypto/VerificationCertificate.h"
#include "model/csv/AssociationCsvWriter.h"
#include "model/files/FileSetWriter.h"

#include <QDir>

namespace iotca::model {

QStringList OfflineRegistrationBundle::files() const
{
    QStringList all {caCertificatePath, verificationCertificatePath};
    all += associationCsvPaths;
    all.append(readmePath);
    return all;
}

namespace {

/// The platform's rules that need no request, in the order a person fixes them.
Status checkRequest(const OfflineRegistrationRequest& request)
{
    const PreflightChecker rules(PlatformCapabilities::forPlatform(request.platform));
    if (Status name = rules.checkCaName(request.caName); !name)
        return name;
    if (Status code = rules.checkRegistrationCode(request.registrationCode); !code)
        return code;
    if (request.caCertificate.isNull() || request.caKey.isNull()) {
        return Error {OfflineRegistrationBundleWriter::tr(
                          "The CA certificate and its private key are needed for the verification certificate."),
                      {},
                      QStringLiteral("Preflight.CaKey")};
    }
    const auto algorithm = request.caCertificate.keyAlgorithm();
    if (!algorithm) {
        //: %1 is a key description such as "RSA 1024-bit"
        return Error {OfflineRegistrationBundleWriter::tr("The CA's key (%1) is not one the platforms accept.")
                          .arg(request.caCertificate.keyDescription()),
                      {},
                      QStringLiteral("Preflight.KeyAlgorithm")};
    }
    if (Status key = rules.checkCaKeyAlgorithm(*algorithm); !key)
        return key;
    if (Status serial = rules.checkSerial(request.caCertificate.serialNumberHex()); !serial)
        return serial;
    if (!request.associations.isEmpty() && request.platform != PlatformId::AliyunIot) {
        //: %1 is a platform such as "AWS IoT Core"
        return Error {OfflineRegistrationBundleWriter::tr(
                          "%1 takes no association CSV: device certificates reach it another way.")
                          .arg(platformDisplayName(request.platform)),
                      {},
                      QStringLiteral("Preflight.Unsupported")};
    }
    if (request.folder.trimmed().isEmpty())
        return Error {OfflineRegistrationBundleWriter::tr("No output folder was given for the bundle."),
                      {},
                      QStringLiteral("NoFolder")};
    return {};
}

} // namespace

Result<OfflineRegistrationBundle> OfflineRegistrationBundleWriter::write(const OfflineRegistrationRequest& request)
{
    if (Status checked = checkRequest(request); !checked)
        return checked.error();
    auto associations = AliyunAssociationFiles::plan(request.associations);
    if (!associations)
        return associations.error();

    if (!request.recordVerificationCertificate)
        return Error {tr("The verification certificate cannot be recorded: no workspace was given."),
                      {},
                      QStringLiteral("Internal")};
    crypto::VerificationCertificateSpec spec;
    spec.registrationCode = request.registrationCode;
    spec.validityDays = request.verificationValidityDays;
    if (request.reserveVerificationSerial) {
        auto serial = request.reserveVerificationSerial(request.registrationCode);
        if (!serial)
            return serial.error();
        spec.serial = *serial;
    }
    auto verification = crypto::VerificationCertificate::create(spec, request.caCertificate, request.caKey);
    if (!verification) {
        //: %1 is the reason
        return Error {tr("The verification certificate could not be made: %1").arg(verification.error().message),
                      verification.error().detail, verification.error().code};
    }
    const crypto::Certificate& verificationCertificate = verification->certificate();

    QList<FileSetWriter::File> files;
    files.append({caCertificateFileName(), request.caCertificate.toPem()});
    files.append({verificationFileName(), verificationCertificate.toPem()});
    for (const AliyunAssociationFile& file : std::as_const(*associations))
        files.append({file.fileName, AssociationCsvWriter::fileContent(file.rows)});
    files.append({readmeFileName(), OfflineRegistrationReadme::text(request, verificationCertificate, *associations)});
    // Recorded once every file is ready and none is in place yet (brief rule 1; FileSetWriter::BeforeCommit).
    auto written = FileSetWriter::write(
        request.folder, files, request.overwrite ? FileSetWriter::Existing::Replace : FileSetWriter::Existing::Refuse,
        [&] { return request.recordVerificationCertificate(verificationCertificate, request.registrationCode); });
    if (!written)
        return written.error();

    OfflineRegistrationBundle bundle;
    bundle.caCertificatePath = written->takeFirst();
    bundle.verificationCertificatePath = written->takeFirst();
    bundle.readmePath = written->takeLast();
    bundle.associationCsvPaths = *written;
    bundle.verificationFingerprint = crypto::Certificate::fingerprintText(verificationCertificate.sha256Fingerprint());
    bundle.verificationNotAfter = verificationCertificate.notAfter();
    return bundle;
}

} // namespace iotca::model
