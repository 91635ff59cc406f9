#include "TransferBundleWriter.h"

#include "crypto/DetachedSignature.h"
#include "crypto/Digest.h"
#include "crypto/PrivateKeyScan.h"
#include "crypto/VerificationCertificate.h"
#include "model/files/FileSetWriter.h"
#include "model/input/InputFile.h"
#include "model/platform/PlatformId.h"

#include <QDir>
#include <QFileInfo>

namespace iotca::model {

namespace {

Error bundleError(const QString& message, const QString& code = QStringLiteral("BundleExport"))
{
    return Error {message, {}, code};
}

/// A verification certificate for one registration: the given one (checked against the CA and the code), or a new
/// one signed with the CA key.
/// A verification certificate made here, recorded just before the bundle's files are committed.
struct MadeVerification
{
    crypto::Certificate certificate;
    QString registrationCode;
};

Result<QByteArray> verificationPem(const TransferBundleRequest& request,
                                   const TransferBundleRequest::Registration& registration,
                                   QList<MadeVerification>& made)
{
    if (!registration.verificationCertificate.isEmpty()) {
        if (Status valid = crypto::VerificationCertificate::check(registration.verificationCertificate,
                                                                  request.caCertificate, registration.registrationCode);
            !valid) {
            //: %1 is a file, %2 the reason
            return bundleError(TransferBundleWriter::tr("'%1' is not a verification certificate for this CA and "
                                                        "code: %2")
                                   .arg(QDir::toNativeSeparators(registration.source), valid.error().message),
                               valid.error().code);
        }
        auto certificate = crypto::Certificate::fromData(registration.verificationCertificate);
        if (!certificate)
            return certificate.error();
        return certificate->toPem();
    }
    crypto::VerificationCertificateSpec spec;
    spec.registrationCode = registration.registrationCode;
    if (!request.recordVerificationCertificate)
        return bundleError(TransferBundleWriter::tr("The verification certificate cannot be recorded: no workspace "
                                                    "was given."),
                           QStringLiteral("Internal"));
    if (request.reserveVerificationSerial) {
        auto serial = request.reserveVerificationSerial(registration.registrationCode);
        if (!serial)
            return serial.error();
        spec.serial = *serial;
    }
    auto verification = crypto::VerificationCertificate::create(spec, request.caCertificate, request.caKey);
    if (!verification) {
        //: %1 is the reason
        return bundleError(TransferBundleWriter::tr("The verification certificate could not be made: %1")
                               .arg(verification.error().message),
                           verification.error().code);
    }
    made.append({verification->certificate(), registration.registrationCode});
    return verification->certificate().toPem(); // its own key is dropped here: no platform wants it
}

Result<QByteArray> readInput(const QString& path)
{
    // The CSV kind's limit (1 GiB) fits association files and the ceremony record alike.
    auto data = InputFile::read(path, InputKind::Csv);
    if (!data)
        return data.error();
    return *data;
}

} // namespace

Result<TransferBundleWriter::Written> TransferBundleWriter::write(const TransferBundleRequest& request)
{
    if (request.caCertificate.isNull() || request.caKey.isNull() || !request.caKey.matches(request.caCertificate))
        return bundleError(tr("The CA certificate and its own private key are needed to sign the bundle."),
                           QStringLiteral("Preflight.CaKey"));
    if (request.folder.trimmed().isEmpty())
        return bundleError(tr("No folder was given for the bundle."));
    const QDir folder(request.folder);
    if (folder.exists() && !folder.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        //: %1 is a folder
        return bundleError(tr("The folder '%1' is not empty; a bundle needs a folder of its own (the importing side "
                              "refuses any file the manifest does not list).")
                               .arg(QDir::toNativeSeparators(request.folder)),
                           QStringLiteral("FileExists"));

    TransferBundleManifest manifest;
    manifest.created = QDateTime::currentDateTimeUtc();
    manifest.caName = request.caName;
    manifest.caSha256Fingerprint = crypto::Certificate::fingerprintText(request.caCertificate.sha256Fingerprint());
    manifest.caSubject = request.caCertificate.subjectString();
    manifest.caSerial = request.caCertificate.serialNumberHex();

    QList<FileSetWriter::File> files;
    QStringList sources; // where each file came from, for messages
    QList<MadeVerification> madeVerifications;
    const auto add = [&](const QString& name, const QByteArray& content, const QString& source) -> Status {
        if (!TransferBundleManifest::isPlainFileName(name) || name == TransferBundleManifest::fileName()
            || name == TransferBundleManifest::signatureFileName())
            //: %1 is a file
            return bundleError(tr("'%1' cannot go into a bundle under its name: use letters, digits, '.', '_' and "
                                  "'-' only.")
                                   .arg(QDir::toNativeSeparators(source)));
        for (const FileSetWriter::File& earlier : std::as_const(files)) {
            if (earlier.fileName == name)
                //: %1 is a file name
                return bundleError(tr("Two files would be called '%1' in the bundle; rename one.").arg(name));
        }
        files.append({name, content});
        sources.append(source);
        return {};
    };

    const QString caFile = TransferBundleManifest::caCertificateFileName();
    if (Status added = add(caFile, request.caCertificate.toPem(), caFile); !added)
        return added.error();
    if (!request.chain.isEmpty()) {
        QByteArray chain;
        for (const crypto::Certificate& issuer : request.chain)
            chain += issuer.toPem();
        manifest.chainFile = TransferBundleManifest::chainFileName();
        if (Status added = add(manifest.chainFile, chain, manifest.chainFile); !added)
            return added.error();
    }
    for (qsizetype i = 0; i < request.registrations.size(); ++i) {
        const TransferBundleRequest::Registration& registration = request.registrations.at(i);
        const auto platform = parsePlatformId(registration.platform);
        if (!platform)
            //: %1 is a platform id
            return bundleError(tr("Unknown platform '%1'.").arg(registration.platform));
        auto pem = verificationPem(request, registration, madeVerifications);
        if (!pem)
            return pem.error();
        const QString platformName = platformIdName(*platform);
        const QString name = QStringLiteral("verification-%1-%2.pem").arg(platformName).arg(i + 1);
        if (Status added = add(name, *pem, name); !added)
            return added.error();
        manifest.registrations.append({platformName, registration.registrationCode, name});
    }
    for (const QString& path : request.associationCsvPaths) {
        auto content = readInput(path);
        if (!content)
            return content.error();
        const QString name = QFileInfo(path).fileName();
        if (Status added = add(name, *content, path); !added)
            return added.error();
        manifest.associationCsvFiles.append(name);
    }
    if (!request.recordPath.isEmpty()) {
        auto content = readInput(request.recordPath);
        if (!content)
            return content.error();
        manifest.recordFile = QFileInfo(request.recordPath).fileName();
        if (Status added = add(manifest.recordFile, *content, request.recordPath); !added)
            return added.error();
    }

    // The one rule that matters most on the way out of an air-gapped room: no key material in any file.
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (const QString found = crypto::findPrivateKeyMaterial(files.at(i).content); !found.isEmpty())
            //: %1 is a file, %2 what was found such as "a PEM 'EC PRIVATE KEY' block"
            return bundleError(tr("'%1' holds private key material (%2); nothing was written. A bundle never carries "
                                  "a private key.")
                                   .arg(QDir::toNativeSeparators(sources.at(i)), found),
                               QStringLiteral("PrivateKeyInBundle"));
    }

    for (const FileSetWriter::File& file : std::as_const(files))
        manifest.files.append({file.fileName, QString::fromLatin1(crypto::sha256(file.content).toHex())});
    const QByteArray manifestJson = manifest.toJson();
    auto signature = crypto::DetachedSignature::sign(request.caKey, manifestJson);
    if (!signature)
        return signature.error();
    files.append({TransferBundleManifest::fileName(), manifestJson});
    files.append({TransferBundleManifest::signatureFileName(), *signature});

    // Recorded once every file is ready and none is in place yet (brief rule 1; FileSetWriter::BeforeCommit).
    const auto recordMade = [&]() -> Status {
        for (const MadeVerification& verification : std::as_const(madeVerifications)) {
            if (Status recorded =
                    request.recordVerificationCertificate(verification.certificate, verification.registrationCode);
                !recorded)
                return recorded;
        }
        return {};
    };
    auto written = FileSetWriter::write(request.folder, files, FileSetWriter::Existing::Refuse, recordMade);
    if (!written)
        return written.error();
    return Written {manifest, *written};
}

} // namespace iotca::model
