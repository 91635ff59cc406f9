#include "KeyBackupFolder.h"

#include "model/ModelErrorCode.h"
#include "model/input/InputFile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace iotca::model {

namespace {

const QString formatName = QStringLiteral("iotca-key-backup-%1").arg(KeyBackupManifest::FormatVersion);

Error malformed(const QString& message, const QString& detail = {})
{
    return Error {message, detail, QString(ErrorCode::BackupMalformed)};
}

} // namespace

QByteArray KeyBackupFolder::manifestJson(const KeyBackupManifest& manifest)
{
    QJsonObject passphrase;
    if (manifest.isShared()) {
        passphrase = QJsonObject {
            {QStringLiteral("kind"), QStringLiteral("shares")},
            {QStringLiteral("setId"), manifest.shareSetId},
            {QStringLiteral("threshold"), manifest.threshold},
            {QStringLiteral("shares"), manifest.shareCount},
            {QStringLiteral("shareFormat"), QStringLiteral("iotca-share-1")},
            {QStringLiteral("field"), QStringLiteral("GF(2^8), x^8+x^4+x^3+x+1 (0x11B)")},
            {QStringLiteral("passphraseFromSecret"), QStringLiteral("lower-case hexadecimal of the secret")},
        };
    } else {
        passphrase = QJsonObject {{QStringLiteral("kind"), QStringLiteral("chosen")}};
    }
    const QJsonObject root {
        {QStringLiteral("format"), formatName},
        {QStringLiteral("ca"),
         QJsonObject {{QStringLiteral("name"), manifest.caName},
                      {QStringLiteral("subject"), manifest.caSubject},
                      {QStringLiteral("sha256"), manifest.caFingerprint},
                      {QStringLiteral("key"), manifest.keyDescription}}},
        {QStringLiteral("created"), manifest.created.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("keyFile"), keyFileName()},
        {QStringLiteral("keyEncryption"),
         QStringLiteral("PKCS#8, AES-256-CBC, PBKDF2-HMAC-SHA256 with 600000 iterations")},
        {QStringLiteral("certificateFile"), certificateFileName()},
        {QStringLiteral("passphrase"), passphrase},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<KeyBackupManifest> KeyBackupFolder::parseManifest(const QByteArray& json, const QString& source)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject root = document.object();
    if (document.isNull() || root.value(QStringLiteral("format")).toString() != formatName)
        //: %1 is a file
        return malformed(tr("'%1' is not the description of a key backup made by this program.").arg(source),
                         parseError.errorString());
    const QJsonObject ca = root.value(QStringLiteral("ca")).toObject();
    const QJsonObject passphrase = root.value(QStringLiteral("passphrase")).toObject();
    KeyBackupManifest manifest;
    manifest.caName = ca.value(QStringLiteral("name")).toString();
    manifest.caSubject = ca.value(QStringLiteral("subject")).toString();
    manifest.caFingerprint = ca.value(QStringLiteral("sha256")).toString();
    manifest.keyDescription = ca.value(QStringLiteral("key")).toString();
    manifest.created = QDateTime::fromString(root.value(QStringLiteral("created")).toString(), Qt::ISODate);
    if (passphrase.value(QStringLiteral("kind")).toString() == QLatin1String("shares")) {
        manifest.shareSetId = passphrase.value(QStringLiteral("setId")).toString();
        manifest.threshold = passphrase.value(QStringLiteral("threshold")).toInt();
        manifest.shareCount = passphrase.value(QStringLiteral("shares")).toInt();
        if (manifest.shareSetId.isEmpty() || manifest.threshold < 2 || manifest.shareCount < manifest.threshold)
            return malformed(tr("'%1' describes its shares incompletely.").arg(source));
    }
    return manifest;
}

Result<KeyBackupFolder::Contents> KeyBackupFolder::read(const QString& folder)
{
    const QFileInfo info(folder);
    if (!info.isDir())
        //: %1 is a folder
        return malformed(tr("'%1' is not a folder.").arg(QDir::toNativeSeparators(folder)));
    const QDir dir(folder);
    const auto need = [&](const QString& name, InputKind kind) -> Result<QByteArray> {
        const QString path = dir.filePath(name);
        if (!QFileInfo::exists(path))
            //: %1 is a folder, %2 a file name
            return malformed(
                tr("'%1' is not a key backup: it has no '%2'.").arg(QDir::toNativeSeparators(folder), name));
        return InputFile::read(path, kind);
    };
    auto manifestData = need(manifestFileName(), InputKind::KeyBackupManifest);
    if (!manifestData)
        return manifestData.error();
    auto manifest = parseManifest(*manifestData, InputFile::displayPath(dir.filePath(manifestFileName())));
    if (!manifest)
        return manifest.error();
    auto key = need(keyFileName(), InputKind::PrivateKey);
    if (!key)
        return key.error();
    if (!key->contains("-----BEGIN ENCRYPTED PRIVATE KEY-----"))
        return malformed(
            tr("'%1' is not an encrypted private key.").arg(InputFile::displayPath(dir.filePath(keyFileName()))));
    auto certificateData = need(certificateFileName(), InputKind::Certificate);
    if (!certificateData)
        return certificateData.error();
    auto certificate = crypto::Certificate::fromData(*certificateData);
    if (!certificate)
        //: %1 is a file, %2 what is wrong (a sentence)
        return malformed(
            tr("'%1': %2")
                .arg(InputFile::displayPath(dir.filePath(certificateFileName())), certificate.error().message),
            certificate.error().detail);
    return Contents {*manifest, *key, *certificate};
}

} // namespace iotca::model
