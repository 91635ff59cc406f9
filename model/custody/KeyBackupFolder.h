#pragma once

#include "crypto/Certificate.h"
#include "crypto/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace iotca::model {

/// What a key backup folder holds and says about itself (its backup.json): the file names, the CA, how the key is
/// encrypted and where its passphrase is. Nothing here is secret.
struct KeyBackupManifest
{
    static constexpr int FormatVersion = 1;

    QString caName;
    QString caSubject;
    /// SHA-256 fingerprint of the CA certificate, "AB:CD:...".
    QString caFingerprint;
    QString keyDescription;
    QDateTime created;
    /// Empty when the officer chose the passphrase; else the share set ("3F9A-0C2B") and its M of N.
    QString shareSetId;
    int threshold = 0;
    int shareCount = 0;

    [[nodiscard]] bool isShared() const { return !shareSetId.isEmpty(); }
};

/// The folder written by KeyBackupWriter and read by CaKeyRestore.
class KeyBackupFolder
{
    Q_DECLARE_TR_FUNCTIONS(KeyBackupFolder)

public:
    [[nodiscard]] static QString keyFileName() { return QStringLiteral("ca-key.pem"); }
    [[nodiscard]] static QString certificateFileName() { return QStringLiteral("ca-cert.pem"); }
    [[nodiscard]] static QString manifestFileName() { return QStringLiteral("backup.json"); }
    [[nodiscard]] static QString readmeFileName() { return QStringLiteral("README.txt"); }
    [[nodiscard]] static QString scriptFileName() { return QStringLiteral("recombine_shares.py"); }
    /// The shares' PDF, in the shares folder (never next to the key).
    [[nodiscard]] static QString sharesPdfFileName() { return QStringLiteral("shares.pdf"); }

    [[nodiscard]] static QByteArray manifestJson(const KeyBackupManifest& manifest);
    [[nodiscard]] static Result<KeyBackupManifest> parseManifest(const QByteArray& json, const QString& source);

    /// A backup folder read back: its manifest, the encrypted key (PEM) and the CA certificate, each checked to be
    /// what it should (sizes bounded, InputFile). Error code BackupMalformed names the file that is missing or wrong.
    struct Contents
    {
        KeyBackupManifest manifest;
        QByteArray encryptedKeyPem;
        crypto::Certificate certificate;
    };
    [[nodiscard]] static Result<Contents> read(const QString& folder);
};

} // namespace iotca::model
