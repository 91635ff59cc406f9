#pragma once

#include "crypto/Certificate.h"
#include "crypto/PrivateKey.h"
#include "crypto/Result.h"
#include "model/csv/AssociationRow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace iotca::model {

/// What goes into an Alibaba Cloud IoT Platform upload bundle.
struct AliyunIotBundleRequest
{
    /// The output folder; created owner-only when missing.
    QString folder;
    /// The name to give the CA in the console (4 to 30 letters, digits or '_').
    QString caName;
    crypto::Certificate caCertificate;
    /// Signs the verification certificate; never written anywhere.
    crypto::PrivateKey caKey;
    /// The registration code the console's "Register CA Certificate" dialog shows.
    QString registrationCode;
    /// Device associations to upload (ProductKey, DeviceName, CertSN); none = no CSV. More than 10,000 rows or
    /// several products give several files, as the console takes at most 10,000 rows of one product per file.
    QList<AssociationRow> associations;
    /// Replace files of an earlier bundle in the folder; otherwise an existing file is an error.
    bool overwrite = false;
    int verificationValidityDays = 300;
};

/// What was written.
struct AliyunIotBundle
{
    QString caCertificatePath;
    QString verificationCertificatePath;
    /// In upload order; empty without associations.
    QStringList associationCsvPaths;
    QString readmePath;
    /// SHA-256 fingerprint of the verification certificate ("AB:CD:..."), and when it expires.
    QString verificationFingerprint;
    QDateTime verificationNotAfter;

    [[nodiscard]] QStringList files() const;
};

/// Alibaba Cloud IoT Platform registers private CAs only in its console (no API): "registering" there means
/// writing the files the console asks for into a folder, with a README.txt naming the console steps:
/// - `ca.pem`, the CA certificate;
/// - `verification.pem`, a verification certificate whose Common Name is the registration code, signed by the CA
///   key (the verification certificate's own key is discarded: the console does not want it);
/// - `association.csv` (or `association-<ProductKey>-<n>.csv`), ProductKey,DeviceName,CertSN rows, if any;
/// - `README.txt`.
///
/// Never writes a private key. Files go through QSaveFile; everything is built in memory and checked first, and an
/// existing file stops the run before anything is written (unless `overwrite`). If writing fails part-way, the
/// files this run created are removed again.
class AliyunIotBundleWriter
{
    Q_DECLARE_TR_FUNCTIONS(AliyunIotBundleWriter)
public:
    /// The console's limit of rows per association file.
    static constexpr int maxAssociationRows = 10'000;

    [[nodiscard]] static Result<AliyunIotBundle> write(const AliyunIotBundleRequest& request);

    static QString caCertificateFileName() { return QStringLiteral("ca.pem"); }
    static QString verificationFileName() { return QStringLiteral("verification.pem"); }
    static QString readmeFileName() { return QStringLiteral("README.txt"); }
};

} // namespace iotca::model
