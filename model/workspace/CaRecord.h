#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace iotca::model {

/// One certificate authority as the workspace stores it: plain data, no OpenSSL types.
///
/// The private key is either stored here as crypto's encrypted PKCS#8 PEM (under the CA's passphrase) or lives
/// elsewhere and `keyReference` says where (for example "offline" for a key kept on the ceremony laptop). Exactly
/// one of `encryptedKeyPem` and `keyReference` is set. The passphrase itself is never stored here; when the user
/// asked us to remember it, `passphraseKeychainKey` names the QtKeychain entry that holds it.
struct CaRecord
{
    qint64 id = 0;
    /// Unique within the workspace; what people call the CA ("Fleet Root 2026").
    QString name;
    QByteArray certificateDer;
    QByteArray encryptedKeyPem;
    QString keyReference;
    /// Upper-case hexadecimal, no separators, no leading zeros beyond one byte ("0A1B...").
    QString serialHex;
    /// RFC 4514 text of the subject and issuer distinguished names ("CN=Fleet Root,O=Acme").
    QString subject;
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    /// Human-readable key algorithm ("RSA 2048", "EC P-256"), as crypto names it.
    QString keyAlgorithm;
    /// The issuing CA for an intermediate held in the same workspace; 0 for a root or an external issuer.
    qint64 parentCaId = 0;
    QString notes;
    QDateTime created;
    /// Name of the QtKeychain entry holding the remembered passphrase; empty when not remembered.
    QString passphraseKeychainKey;

    [[nodiscard]] bool hasStoredKey() const { return !encryptedKeyPem.isEmpty(); }
};

} // namespace iotca::model
