#pragma once

#include "crypto/PrivateKey.h"
#include "crypto/Result.h"
#include "crypto/SecureBuffer.h"

#include <QCoreApplication>
#include <QString>

namespace iotca::model {

class Workspace;

/// Backs up a CA's private key to a file under a NEW passphrase: encrypted PKCS#8 PEM (AES-256-CBC, PBKDF2-HMAC-SHA256,
/// as crypto::PrivateKey writes it) or PKCS#12 with the CA certificate and its chain (crypto::Pkcs12). The file is
/// written owner-only and atomically (QSaveFile), an existing file is refused, and the export is audited as
/// "ca.key_exported" (never the passphrase).
class CaKeyBackup
{
    Q_DECLARE_TR_FUNCTIONS(CaKeyBackup)
public:
    enum class Format { EncryptedPkcs8Pem, Pkcs12WithChain };

    /// `key` is the CA's unlocked key (checked to match its certificate). Errors: "FileExists", a short or empty
    /// passphrase (crypto's InvalidArgument), KeyMismatch, a write failure naming the file.
    [[nodiscard]] static Status write(Workspace& workspace, qint64 caId, const crypto::PrivateKey& key,
                                      const crypto::SecureBuffer& newPassphrase, const QString& filePath,
                                      Format format);
};

} // namespace iotca::model
