#include "CaImporter.h"

#include "CaChain.h"

#include "CaRecordFactory.h"
#include "crypto/Certificate.h"
#include "crypto/CryptoErrorCode.h"
#include "crypto/PrivateKey.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/Workspace.h"

#include <QDir>
#include <QFile>

namespace iotca::model {

namespace {

/// Reads a whole file into wiped-on-destruction memory (a key file may hold an unencrypted key).
Result<crypto::SecureBuffer> readSecretFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error {CaImporter::tr("Cannot read the file '%1'.").arg(QDir::toNativeSeparators(path)),
                      file.errorString()};
    }
    const qint64 size = file.size();
    if (size <= 0 || size > 1024 * 1024) {
        return Error {
            CaImporter::tr("The file '%1' is empty or too large to be a key.").arg(QDir::toNativeSeparators(path))};
    }
    crypto::SecureBuffer buffer(static_cast<qsizetype>(size));
    if (file.read(buffer.data(), size) != size) {
        return Error {CaImporter::tr("Cannot read the file '%1'.").arg(QDir::toNativeSeparators(path)),
                      file.errorString()};
    }
    return buffer;
}

Result<crypto::Certificate> readCaCertificate(const QByteArray& data, const QString& name)
{
    auto certificate = crypto::Certificate::fromData(data);
    if (!certificate) {
        return certificate.error();
    }
    if (Status isCa = certificate->checkIsCa(); !isCa) {
        //: %1 is a CA name
        return Error {CaImporter::tr("The certificate for '%1' is not a CA certificate.").arg(name),
                      isCa.error().message, isCa.error().code};
    }
    return certificate;
}

} // namespace

Result<qint64> CaImporter::importFiles(Workspace& workspace, const QString& name, const QString& certificatePath,
                                       const QString& keyPath, const crypto::SecureBuffer* keyPassphrase,
                                       const crypto::SecureBuffer& storePassphrase, const QString& notes)
{
    QFile certificateFile(certificatePath);
    if (!certificateFile.open(QIODevice::ReadOnly)) {
        return Error {tr("Cannot read the certificate file '%1'.").arg(QDir::toNativeSeparators(certificatePath)),
                      certificateFile.errorString()};
    }
    const QByteArray certificateData = certificateFile.readAll();
    auto keyData = readSecretFile(keyPath);
    if (!keyData) {
        return keyData.error();
    }
    return importData(workspace, name, certificateData, QByteArray::fromRawData(keyData->data(), keyData->size()),
                      keyPassphrase, storePassphrase, notes);
}

Result<qint64> CaImporter::importData(Workspace& workspace, const QString& name, const QByteArray& certificateData,
                                      const QByteArray& keyData, const crypto::SecureBuffer* keyPassphrase,
                                      const crypto::SecureBuffer& storePassphrase, const QString& notes)
{
    if (name.trimmed().isEmpty()) {
        return Error {tr("A CA needs a name.")};
    }
    if (storePassphrase.isEmpty()) {
        return Error {tr("The private key of the CA '%1' needs a passphrase to be stored under.").arg(name),
                      {},
                      QStringLiteral("PassphraseRequired")};
    }
    auto certificate = readCaCertificate(certificateData, name);
    if (!certificate) {
        return certificate.error();
    }
    auto key = crypto::PrivateKey::fromData(keyData, keyPassphrase);
    if (!key) {
        return key.error();
    }
    if (!key->matches(*certificate)) {
        //: %1 is a CA name
        return Error {
            tr("The key does not match the certificate '%1'.").arg(name), {}, QString(crypto::ErrorCode::KeyMismatch)};
    }
    auto encrypted = key->toEncryptedPkcs8Pem(storePassphrase);
    if (!encrypted) {
        return encrypted.error();
    }
    CaRecord record = caRecordFromCertificate(*certificate, name, notes);
    record.encryptedKeyPem = *encrypted;
    record.parentCaId = CaChain::issuerIdInWorkspace(workspace, *certificate).valueOr(0);
    return workspace.cas().add(record, CaOrigin::Imported);
}

Result<qint64> CaImporter::importCertificateOnly(Workspace& workspace, const QString& name,
                                                 const QByteArray& certificateData, const QString& keyReference,
                                                 const QString& notes)
{
    if (keyReference.trimmed().isEmpty()) {
        return Error {tr("Say where the key of the CA '%1' is kept.").arg(name)};
    }
    auto certificate = readCaCertificate(certificateData, name);
    if (!certificate) {
        return certificate.error();
    }
    CaRecord record = caRecordFromCertificate(*certificate, name, notes);
    record.keyReference = keyReference.trimmed();
    record.parentCaId = CaChain::issuerIdInWorkspace(workspace, *certificate).valueOr(0);
    return workspace.cas().add(record, CaOrigin::Imported);
}

} // namespace iotca::model
