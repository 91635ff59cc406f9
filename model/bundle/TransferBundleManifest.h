#pragma once

#include "crypto/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace iotca::model {

/// A verification certificate in a transfer bundle and what it is for.
struct BundleRegistration
{
    /// PlatformId text ("aws-iot", "apsaramq-mqtt", ...).
    QString platform;
    QString registrationCode;
    /// Its file in the bundle.
    QString file;
};

/// One file of a transfer bundle and the SHA-256 (lower-case hex) of its exact bytes.
struct BundleFile
{
    QString name;
    QString sha256;
};

/// manifest.json of a transfer bundle (docs/ceremony.md, "Transfer bundle"): what the offline side wrote, the hash
/// of every file, and what each file is. The CA key signs the manifest's exact bytes (manifest.json.sig), so the
/// hashes bind every file to the CA.
struct TransferBundleManifest
{
    Q_DECLARE_TR_FUNCTIONS(TransferBundleManifest)

public:
    static constexpr int formatVersion = 1;
    static QString formatName() { return QStringLiteral("iotca-transfer-bundle"); }
    static QString fileName() { return QStringLiteral("manifest.json"); }
    static QString signatureFileName() { return QStringLiteral("manifest.json.sig"); }
    static QString caCertificateFileName() { return QStringLiteral("ca.pem"); }
    static QString chainFileName() { return QStringLiteral("chain.pem"); }

    QDateTime created;
    /// The CA's name on the offline side (the suggested name on import).
    QString caName;
    /// "AB:CD:..." of the CA certificate, for people to compare with the ceremony record.
    QString caSha256Fingerprint;
    QString caSubject;
    QString caSerial;
    /// Empty when the CA is a root (no chain file).
    QString chainFile;
    QList<BundleRegistration> registrations;
    QStringList associationCsvFiles;
    /// The ceremony record passed through, or empty.
    QString recordFile;
    /// Every file except the manifest and its signature, in writing order.
    QList<BundleFile> files;

    [[nodiscard]] QByteArray toJson() const;
    /// Parses and checks the structure (format, version, types, file names that are plain names); errors name
    /// manifest.json and the field.
    [[nodiscard]] static Result<TransferBundleManifest> fromJson(const QByteArray& json);
    /// Whether `name` may be a bundle file: a plain file name, no folder, no "..", no control characters.
    [[nodiscard]] static bool isPlainFileName(const QString& name);
};

} // namespace iotca::model
