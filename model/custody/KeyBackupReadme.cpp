#include "KeyBackupReadme.h"

namespace iotca::model {

QString KeyBackupReadme::text(const KeyBackupManifest& m)
{
    const QString key = KeyBackupFolder::keyFileName();
    const QString certificate = KeyBackupFolder::certificateFileName();
    QStringList out;
    out << tr("IoT CA Desk: backup of a CA private key") << QString();
    //: %1 is a CA name
    out << tr("CA:                     %1").arg(m.caName);
    out << tr("Subject:                %1").arg(m.caSubject);
    out << tr("Certificate SHA-256:    %1").arg(m.caFingerprint);
    out << tr("Key:                    %1").arg(m.keyDescription);
    out << tr("Made:                   %1").arg(m.created.toUTC().toString(Qt::ISODate));
    if (m.isShared())
        //: %1 is the number of shares needed, %2 the number of shares, %3 the share set id
        out << tr("Passphrase:             split into %2 shares, any %1 of which restore it (share set %3); the "
                  "shares are kept apart from this medium.")
                   .arg(m.threshold)
                   .arg(m.shareCount)
                   .arg(m.shareSetId);
    else
        out << tr("Passphrase:             chosen at backup time; kept by the officer, not in this folder.");
    out << QString() << tr("Files") << QString();
    out << tr("  %1  the CA private key, encrypted PKCS#8 (AES-256-CBC; the key from the passphrase by "
              "PBKDF2-HMAC-SHA256, 600,000 iterations)")
               .arg(key);
    out << tr("  %1  the CA certificate").arg(certificate);
    out << tr("  %1  what this file says, for programs").arg(KeyBackupFolder::manifestFileName());
    if (m.isShared())
        out << tr("  %1  recombines the shares into the passphrase (Python 3, standard library only)")
                   .arg(KeyBackupFolder::scriptFileName());
    out << QString() << tr("Restore with IoT CA Desk") << QString();
    if (m.isShared())
        //: %1 is the number of shares needed
        out << tr("  Bring %1 shares (their text files, or type their lines when asked):").arg(m.threshold)
            << QStringLiteral("  iotca key restore --backup THIS-FOLDER --ca \"%1\" --share share-1-of-%2.txt --share "
                              "share-2-of-%2.txt ...")
                   .arg(m.caName)
                   .arg(m.shareCount)
            << QStringLiteral("  iotca key restore --backup THIS-FOLDER --ca \"%1\" --shares-from-stdin").arg(m.caName);
    else
        out << QStringLiteral("  iotca key restore --backup THIS-FOLDER --ca \"%1\" [--backup-passphrase-file FILE]")
                   .arg(m.caName);
    out << QString() << tr("Restore without IoT CA Desk (Python 3 and OpenSSL 1.1.1 or later)") << QString();
    if (m.isShared()) {
        out << tr("  1. Recombine the passphrase from %1 shares (files, or type the lines when no file is given):")
                   .arg(m.threshold);
        out << QStringLiteral("     python3 %1 share-1-of-%2.txt share-2-of-%2.txt ... > passphrase.txt")
                   .arg(KeyBackupFolder::scriptFileName())
                   .arg(m.shareCount);
    } else {
        out << tr("  1. Write the passphrase into the first line of passphrase.txt.");
    }
    out << tr("  2. Check that the passphrase opens the key and that the key belongs to the certificate: the two "
              "lines printed must be equal.");
    out << QStringLiteral("     openssl pkey -in %1 -passin file:passphrase.txt -pubout | openssl sha256").arg(key);
    out << QStringLiteral("     openssl x509 -in %1 -noout -pubkey | openssl sha256").arg(certificate);
    out << tr("  3. Use the key where it is needed, for example re-encrypted under a new passphrase:");
    out << QStringLiteral("     openssl pkey -in %1 -passin file:passphrase.txt -aes256 -out new-ca-key.pem").arg(key);
    out << tr("  4. Destroy passphrase.txt (shred -u passphrase.txt) and keep the key offline.");
    out << QString()
        << tr("The share format and its arithmetic (Shamir's scheme over GF(2^8) with the AES polynomial "
              "x^8+x^4+x^3+x+1) are described in recombine_shares.py and in IoT CA Desk's docs/ceremony.md, "
              "section \"Key custody\".");
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace iotca::model
