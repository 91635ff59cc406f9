#include "TransferBundleReader.h"

#include "crypto/ChainVerifier.h"
#include "crypto/CryptoErrorCode.h"
#include "crypto/DetachedSignature.h"
#include "crypto/Digest.h"
#include "crypto/PrivateKeyScan.h"
#include "crypto/VerificationCertificate.h"
#include "model/input/InputFile.h"
#include "model/platform/PlatformId.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

namespace iotca::model {

namespace {

Error refused(const QString& message, const QString& code = QStringLiteral("BundleRefused"))
{
    return Error {message, {}, code};
}

/// "'/bundle/ca.pem'" for messages.
QString shown(const QDir& folder, const QString& name)
{
    return InputFile::displayPath(folder.filePath(name));
}

/// Nothing but regular files, and each one listed (or the manifest and its signature).
Status checkEntries(const QDir& folder, const TransferBundleManifest& manifest)
{
    const QFileInfoList entries =
        folder.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
    for (const QFileInfo& entry : entries) {
        const QString name = entry.fileName();
        if (entry.isSymLink() || !entry.isFile())
            //: %1 is a path
            return refused(TransferBundleReader::tr("%1 is not a regular file; a bundle holds only the files its "
                                                    "manifest lists.")
                               .arg(shown(folder, name)));
        if (name == TransferBundleManifest::fileName() || name == TransferBundleManifest::signatureFileName())
            continue;
        const bool listed = std::any_of(manifest.files.cbegin(), manifest.files.cend(),
                                        [&](const BundleFile& file) { return file.name == name; });
        if (!listed)
            //: %1 is a path, %2 the manifest file
            return refused(TransferBundleReader::tr("%1 is not listed in %2: someone added it after the bundle was "
                                                    "signed.")
                               .arg(shown(folder, name), TransferBundleManifest::fileName()));
    }
    for (const BundleFile& file : manifest.files) {
        if (!QFileInfo::exists(folder.filePath(file.name)))
            //: %1 is a path, %2 the manifest file
            return refused(TransferBundleReader::tr("%1 is missing: %2 lists it.")
                               .arg(shown(folder, file.name), TransferBundleManifest::fileName()));
    }
    return {};
}

Result<QByteArray> readListed(const QDir& folder, const BundleFile& file)
{
    auto content = InputFile::read(folder.filePath(file.name), InputKind::Csv);
    if (!content)
        return content.error();
    if (QString::fromLatin1(crypto::sha256(*content).toHex()) != file.sha256)
        //: %1 is a path, %2 the manifest file
        return refused(TransferBundleReader::tr("%1 has been changed: its SHA-256 is not the one %2 lists.")
                           .arg(shown(folder, file.name), TransferBundleManifest::fileName()));
    if (const QString found = crypto::findPrivateKeyMaterial(*content); !found.isEmpty())
        //: %1 is a path, %2 what was found such as "a PEM 'EC PRIVATE KEY' block"
        return refused(TransferBundleReader::tr("%1 holds private key material (%2); a bundle never carries a "
                                                "private key.")
                           .arg(shown(folder, file.name), found),
                       QStringLiteral("PrivateKeyInBundle"));
    return content;
}

} // namespace

Result<VerifiedTransferBundle> TransferBundleReader::read(const QString& folderPath)
{
    const QDir folder(folderPath);
    if (!QFileInfo(folderPath).isDir())
        //: %1 is a folder
        return refused(tr("%1 is not a folder.").arg(InputFile::displayPath(folderPath)), QStringLiteral("NotFound"));
    const QString manifestName = TransferBundleManifest::fileName();
    const QString signatureName = TransferBundleManifest::signatureFileName();
    for (const QString& name : {manifestName, signatureName}) {
        if (!QFileInfo(folder.filePath(name)).isFile())
            //: %1 is a path
            return refused(tr("%1 is missing: without it the bundle cannot be checked.").arg(shown(folder, name)));
    }
    auto manifestJson = InputFile::read(folder.filePath(manifestName), InputKind::Certificate);
    if (!manifestJson)
        return manifestJson.error();
    auto signature = InputFile::read(folder.filePath(signatureName), InputKind::Certificate);
    if (!signature)
        return signature.error();
    auto manifest = TransferBundleManifest::fromJson(*manifestJson);
    if (!manifest)
        return manifest.error();
    if (Status entries = checkEntries(folder, *manifest); !entries)
        return entries.error();
    // Every byte against its hash first (so a changed file is named as itself), then the signature over the hashes.
    QHash<QString, QByteArray> contents;
    for (const BundleFile& file : std::as_const(manifest->files)) {
        auto content = readListed(folder, file);
        if (!content)
            return content.error();
        contents.insert(file.name, *content);
    }

    VerifiedTransferBundle bundle;
    bundle.folder = folderPath;
    bundle.manifestSha256 = QString::fromLatin1(crypto::sha256(*manifestJson).toHex());
    const QString caName = TransferBundleManifest::caCertificateFileName();
    auto caCertificate = crypto::Certificate::fromData(contents.value(caName));
    if (!caCertificate)
        //: %1 is a path, %2 the reason
        return refused(tr("%1 is not a certificate: %2").arg(shown(folder, caName), caCertificate.error().message));
    if (Status isCa = caCertificate->checkIsCa(); !isCa)
        return refused(tr("%1 is not a CA certificate: %2").arg(shown(folder, caName), isCa.error().message));
    if (Status signed_ = crypto::DetachedSignature::verify(*caCertificate, *manifestJson, *signature); !signed_)
        //: %1 and %2 are paths (the signature and the manifest), %3 the CA certificate file
        return refused(tr("%1 does not verify %2 with the key of the CA certificate in %3: the manifest or its "
                          "signature was changed, or they are from another CA.")
                           .arg(shown(folder, signatureName), shown(folder, manifestName), caName),
                       crypto::ErrorCode::BadSignature);
    const QString fingerprint = crypto::Certificate::fingerprintText(caCertificate->sha256Fingerprint());
    if (fingerprint.compare(manifest->caSha256Fingerprint, Qt::CaseInsensitive) != 0)
        return refused(tr("%1 states another fingerprint for the CA than that of %2.").arg(manifestName, caName));

    // The CA certificate must chain to the root the bundle carries (or be a root that signs itself).
    if (!manifest->chainFile.isEmpty()) {
        auto chain = crypto::Certificate::allFromData(contents.value(manifest->chainFile));
        if (!chain || chain->isEmpty())
            //: %1 is a path
            return refused(tr("%1 holds no certificates.").arg(shown(folder, manifest->chainFile)));
        bundle.chain = *chain;
        QList<crypto::Certificate> intermediates = *chain;
        const crypto::Certificate root = intermediates.takeLast();
        if (Status chained = crypto::ChainVerifier::verify(*caCertificate, {root}, intermediates); !chained)
            //: %1 and %2 are paths, %3 the reason
            return refused(tr("%1 does not chain to the root in %2: %3")
                               .arg(shown(folder, caName), shown(folder, manifest->chainFile), chained.error().message),
                           chained.error().code);
    } else if (!caCertificate->isSelfSigned()) {
        //: %1 is a path, %2 the chain file name
        return refused(tr("%1 is not a root CA and the bundle has no %2 with its issuers.")
                           .arg(shown(folder, caName), TransferBundleManifest::chainFileName()));
    }

    for (const BundleRegistration& registration : std::as_const(manifest->registrations)) {
        if (!parsePlatformId(registration.platform))
            //: %1 is the manifest file, %2 a platform id
            return refused(tr("%1 names an unknown platform '%2'.").arg(manifestName, registration.platform));
        const QByteArray bytes = contents.value(registration.file);
        if (Status valid = crypto::VerificationCertificate::check(bytes, *caCertificate, registration.registrationCode);
            !valid)
            //: %1 is a path, %2 the reason
            return refused(tr("%1 is not a verification certificate of this CA for its registration code: %2")
                               .arg(shown(folder, registration.file), valid.error().message),
                           valid.error().code);
        auto certificate = crypto::Certificate::fromData(bytes);
        if (!certificate)
            return certificate.error();
        bundle.registrations.append({registration.platform, registration.registrationCode, *certificate});
    }
    bundle.manifest = std::move(*manifest);
    bundle.caCertificate = std::move(*caCertificate);
    return bundle;
}

} // namespace iotca::model
