#include "KeyBackupWriter.h"

#include "KeyBackupFolder.h"
#include "KeyBackupReadme.h"
#include "KeyShareCode.h"
#include "KeyShareSet.h"
#include "KeyShareText.h"
#include "RecombineScript.h"

#include "crypto/Certificate.h"
#include "crypto/CryptoErrorCode.h"
#include "crypto/ShamirSecretSharing.h"
#include "model/audit/AuditAction.h"
#include "model/audit/AuditLog.h"
#include "model/files/FileSetWriter.h"
#include "model/files/OwnerOnlyDirectory.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace iotca::model {

namespace {

QString cleanAbsolute(const QString& path)
{
    const QFileInfo info(path);
    // The canonical path resolves links where the folder exists already; else the cleaned absolute one.
    const QString canonical = info.canonicalFilePath();
    return QDir::cleanPath(canonical.isEmpty() ? info.absoluteFilePath() : canonical);
}

bool within(const QString& inner, const QString& outer)
{
    return inner == outer || inner.startsWith(outer + QLatin1Char('/'));
}

/// A file set written, and the folders made for it: what a later failure must take away again.
struct Written
{
    QStringList files;
    QStringList madeFolders;

    void undo() const
    {
        for (const QString& file : files)
            QFile::remove(file);
        for (auto folder = madeFolders.crbegin(); folder != madeFolders.crend(); ++folder)
            QDir().rmdir(*folder);
    }
};

Result<Written> writeSet(const QString& folder, const QList<FileSetWriter::File>& files)
{
    auto made = OwnerOnlyDirectory::ensureCreating(folder);
    if (!made)
        return made.error();
    auto paths = FileSetWriter::write(folder, files);
    if (!paths) {
        Written {{}, *made}.undo();
        return paths.error();
    }
    // Owner-only like the folders OwnerOnlyDirectory makes: the folder may have existed (a mounted medium), and the
    // shares are secret.
    for (const QString& path : std::as_const(*paths))
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return Written {*paths, *made};
}

QList<FileSetWriter::File> shareFiles(const std::vector<KeyShare>& shares, const KeyShareLabel& label,
                                      const SharePdfRenderer& renderPdf, Error& error)
{
    QList<FileSetWriter::File> files;
    std::vector<SharePrintout> pages;
    for (const KeyShare& share : shares) {
        auto text = KeyShareText::fileText(share, label);
        auto lines = KeyShareText::numberedLines(share);
        if (!text || !lines) {
            error = text ? lines.error() : text.error();
            return {};
        }
        files.append({KeyShareText::fileName(share), *text});
        pages.push_back(SharePrintout {label, KeyShareCode::setIdText(share.setId), share.index, share.shareCount,
                                       share.threshold, *lines});
    }
    auto pdf = renderPdf(pages);
    if (!pdf) {
        error = pdf.error();
        return {};
    }
    files.append({KeyBackupFolder::sharesPdfFileName(), *pdf});
    return files;
}

} // namespace

Status KeyBackupWriter::check(const KeyBackupPlan& plan)
{
    if (plan.folder.trimmed().isEmpty())
        return Error {tr("Name the folder the backup goes to."), {}, QString(crypto::ErrorCode::InvalidArgument)};
    QStringList names {KeyBackupFolder::keyFileName(), KeyBackupFolder::certificateFileName(),
                       KeyBackupFolder::manifestFileName(), KeyBackupFolder::readmeFileName()};
    if (plan.isShared()) {
        if (plan.threshold < crypto::ShamirSecretSharing::MinimumThreshold || plan.shareCount < plan.threshold
            || plan.shareCount > crypto::ShamirSecretSharing::MaximumShares)
            //: %1 shares needed, %2 shares made, %3 the largest number of shares
            return Error {tr("%1 of %2 shares is not possible: use 2 <= M <= N <= %3.")
                              .arg(plan.threshold)
                              .arg(plan.shareCount)
                              .arg(crypto::ShamirSecretSharing::MaximumShares),
                          {},
                          QString(crypto::ErrorCode::InvalidArgument)};
        if (plan.sharesFolder.trimmed().isEmpty())
            return Error {tr("Name the folder the shares go to; it must not be the backup folder."),
                          {},
                          QString(crypto::ErrorCode::InvalidArgument)};
        const QString backup = cleanAbsolute(plan.folder);
        const QString sharesAt = cleanAbsolute(plan.sharesFolder);
        if (within(backup, sharesAt) || within(sharesAt, backup))
            //: %1 and %2 are folders
            return Error {tr("The shares ('%2') must not be written into or around the backup folder ('%1'): whoever "
                             "holds the backup medium must not hold the shares too.")
                              .arg(QDir::toNativeSeparators(plan.folder), QDir::toNativeSeparators(plan.sharesFolder)),
                          {},
                          QString(crypto::ErrorCode::InvalidArgument)};
        names << KeyBackupFolder::scriptFileName();
        const QDir shares(plan.sharesFolder);
        QStringList shareNames {KeyBackupFolder::sharesPdfFileName()};
        for (int index = 1; index <= plan.shareCount; ++index)
            shareNames << KeyShareText::fileName(KeyShare {{}, plan.threshold, plan.shareCount, index, {}});
        for (const QString& name : std::as_const(shareNames)) {
            const QFileInfo info(shares.filePath(name));
            if (info.exists() || info.isSymLink())
                //: %1 is a file
                return Error {tr("'%1' already exists; nothing was written. Choose an empty folder.")
                                  .arg(QDir::toNativeSeparators(info.filePath())),
                              {},
                              QStringLiteral("FileExists")};
        }
    }
    const QDir backupDir(plan.folder);
    for (const QString& name : std::as_const(names)) {
        const QFileInfo info(backupDir.filePath(name));
        if (info.exists() || info.isSymLink())
            return Error {tr("'%1' already exists; nothing was written. Choose an empty folder.")
                              .arg(QDir::toNativeSeparators(info.filePath())),
                          {},
                          QStringLiteral("FileExists")};
    }
    return {};
}

Result<KeyBackupOutcome> KeyBackupWriter::write(Workspace& workspace, qint64 caId, const crypto::PrivateKey& key,
                                                const KeyBackupPlan& plan, const crypto::SecureBuffer* chosenPassphrase,
                                                const SharePdfRenderer& renderPdf)
{
    if (Status usable = check(plan); !usable)
        return usable.error();
    if (plan.isShared() == (chosenPassphrase != nullptr) || (plan.isShared() && !renderPdf)
        || (chosenPassphrase && chosenPassphrase->isEmpty()))
        return Error {
            tr("A backup needs either shares or a passphrase."), {}, QString(crypto::ErrorCode::InvalidArgument)};
    auto ca = workspace.cas().get(caId);
    if (!ca)
        return ca.error();
    auto certificate = crypto::Certificate::fromDer(ca->certificateDer);
    if (!certificate)
        return certificate.error();
    if (!key.matches(*certificate))
        //: %1 is a CA name
        return Error {
            tr("The key does not belong to the CA '%1'.").arg(ca->name), {}, QString(crypto::ErrorCode::KeyMismatch)};

    KeyBackupManifest manifest;
    manifest.caName = ca->name;
    manifest.caSubject = certificate->subjectString();
    manifest.caFingerprint = crypto::Certificate::fingerprintText(certificate->sha256Fingerprint());
    manifest.keyDescription = key.description();
    manifest.created = QDateTime::currentDateTimeUtc();

    // Everything in memory first: a failure here has written nothing.
    QList<FileSetWriter::File> sharesSet;
    crypto::SecureBuffer passphrase;
    if (plan.isShared()) {
        auto secret = KeyShareSet::newSecret();
        if (!secret)
            return secret.error();
        auto shares = KeyShareSet::split(*secret, plan.threshold, plan.shareCount);
        if (!shares)
            return shares.error();
        passphrase = KeyShareSet::passphraseFor(*secret);
        manifest.shareSetId = KeyShareCode::setIdText(shares->front().setId);
        manifest.threshold = plan.threshold;
        manifest.shareCount = plan.shareCount;
        Error failure;
        sharesSet =
            shareFiles(*shares, KeyShareLabel {ca->name, manifest.caSubject, manifest.caFingerprint, manifest.created},
                       renderPdf, failure);
        if (sharesSet.isEmpty())
            return failure;
    } else {
        passphrase = crypto::SecureBuffer::fromBytes(chosenPassphrase->view());
    }
    auto encrypted = key.toEncryptedPkcs8Pem(passphrase);
    if (!encrypted)
        return encrypted.error();
    QList<FileSetWriter::File> backupSet {
        {KeyBackupFolder::keyFileName(), *encrypted},
        {KeyBackupFolder::certificateFileName(), certificate->toPem()},
        {KeyBackupFolder::manifestFileName(), KeyBackupFolder::manifestJson(manifest)},
        {KeyBackupFolder::readmeFileName(), KeyBackupReadme::text(manifest).toUtf8()},
    };
    if (plan.isShared())
        backupSet.append({KeyBackupFolder::scriptFileName(), recombineScript()});

    Written sharesWritten;
    if (plan.isShared()) {
        auto written = writeSet(plan.sharesFolder, sharesSet);
        if (!written)
            return written.error();
        sharesWritten = *written;
    }
    auto backupWritten = writeSet(plan.folder, backupSet);
    if (!backupWritten) {
        sharesWritten.undo();
        return backupWritten.error();
    }
    QJsonObject details {{QStringLiteral("folder"), QFileInfo(plan.folder).absoluteFilePath()},
                         {QStringLiteral("format"), QStringLiteral("encrypted PKCS#8")}};
    if (plan.isShared()) {
        details.insert(QStringLiteral("shareSet"), manifest.shareSetId);
        details.insert(QStringLiteral("threshold"), plan.threshold);
        details.insert(QStringLiteral("shares"), plan.shareCount);
        details.insert(QStringLiteral("sharesFolder"), QFileInfo(plan.sharesFolder).absoluteFilePath());
    }
    auto audited =
        workspace.audit().append(AuditAction::CaKeyBackedUp, QStringLiteral("ca"), QString::number(caId), details);
    if (!audited) {
        backupWritten->undo();
        sharesWritten.undo();
        return audited.error();
    }
    return KeyBackupOutcome {backupWritten->files + sharesWritten.files, manifest.shareSetId};
}

} // namespace iotca::model
