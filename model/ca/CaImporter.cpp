#include "CaImporter.h"

#include "CaChain.h"
#include "CaImportChecks.h"
#include "CaRecordFactory.h"
#include "crypto/Certificate.h"
#include "crypto/CryptoErrorCode.h"
#include "crypto/Pkcs12.h"
#include "crypto/PrivateKey.h"
#include "model/input/InputFile.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/Workspace.h"

#include <QDir>

namespace iotca::model {

namespace {

/// `error` with the file it is about in front, unless the message names it already.
Error aboutSource(Error error, const QString& source)
{
    if (source.isEmpty() || error.message.contains(source))
        return error;
    //: %1 is a file, %2 what is wrong with it (a sentence)
    error.message = CaImporter::tr("'%1': %2").arg(source, error.message);
    return error;
}

Result<crypto::Certificate> readCaCertificate(const QByteArray& data, const QString& name, const QString& source)
{
    auto certificate = crypto::Certificate::fromData(data);
    if (!certificate)
        return aboutSource(certificate.error(), source);
    if (Status isCa = certificate->checkIsCa(); !isCa) {
        //: %1 is a CA name, %2 a file
        return aboutSource(Error {CaImporter::tr("The certificate for '%1' is not a CA certificate.").arg(name),
                                  isCa.error().message, isCa.error().code},
                           source);
    }
    if (Status importable = CaImportChecks::check(*certificate, source.isEmpty() ? name : source); !importable)
        return importable.error();
    return certificate;
}

Result<qint64> store(Workspace& workspace, const QString& name, const crypto::Certificate& certificate,
                     const crypto::PrivateKey& key, const crypto::SecureBuffer& storePassphrase, const QString& notes,
                     const QString& keySource)
{
    if (!key.matches(certificate)) {
        //: %1 is a CA name
        return aboutSource(Error {CaImporter::tr("The key does not match the certificate '%1'.").arg(name),
                                  {},
                                  QString(crypto::ErrorCode::KeyMismatch)},
                           keySource);
    }
    auto encrypted = key.toEncryptedPkcs8Pem(storePassphrase);
    if (!encrypted)
        return encrypted.error();
    CaRecord record = caRecordFromCertificate(certificate, name, notes);
    record.encryptedKeyPem = *encrypted;
    record.parentCaId = CaChain::issuerIdInWorkspace(workspace, certificate).valueOr(0);
    return workspace.cas().add(record, CaOrigin::Imported);
}

Status checkNameAndPassphrase(const QString& name, const crypto::SecureBuffer& storePassphrase)
{
    if (name.trimmed().isEmpty())
        return Error {CaImporter::tr("A CA needs a name.")};
    if (storePassphrase.isEmpty()) {
        return Error {CaImporter::tr("The private key of the CA '%1' needs a passphrase to be stored under.").arg(name),
                      {},
                      QStringLiteral("PassphraseRequired")};
    }
    return {};
}

} // namespace

Result<qint64> CaImporter::importFiles(Workspace& workspace, const QString& name, const QString& certificatePath,
                                       const QString& keyPath, const crypto::SecureBuffer* keyPassphrase,
                                       const crypto::SecureBuffer& storePassphrase, const QString& notes)
{
    auto certificateData = InputFile::read(certificatePath, InputKind::Certificate);
    if (!certificateData)
        return certificateData.error();
    // A key file may hold an unencrypted key: wiped-on-destruction memory.
    auto keyData = InputFile::readSecret(keyPath, InputKind::PrivateKey);
    if (!keyData)
        return keyData.error();
    return importData(workspace, name, *certificateData, QByteArray::fromRawData(keyData->data(), keyData->size()),
                      keyPassphrase, storePassphrase, notes, InputFile::displayPath(certificatePath),
                      InputFile::displayPath(keyPath));
}

Result<qint64> CaImporter::importData(Workspace& workspace, const QString& name, const QByteArray& certificateData,
                                      const QByteArray& keyData, const crypto::SecureBuffer* keyPassphrase,
                                      const crypto::SecureBuffer& storePassphrase, const QString& notes,
                                      const QString& certificateSource, const QString& keySource)
{
    if (Status usable = checkNameAndPassphrase(name, storePassphrase); !usable)
        return usable.error();
    auto certificate = readCaCertificate(certificateData, name, certificateSource);
    if (!certificate)
        return certificate.error();
    auto key = crypto::PrivateKey::fromData(keyData, keyPassphrase);
    if (!key)
        return aboutSource(key.error(), keySource);
    return store(workspace, name, *certificate, *key, storePassphrase, notes, keySource);
}

Result<qint64> CaImporter::importPkcs12File(Workspace& workspace, const QString& name, const QString& bundlePath,
                                            const crypto::SecureBuffer& bundlePassphrase,
                                            const crypto::SecureBuffer& storePassphrase, const QString& notes)
{
    if (Status usable = checkNameAndPassphrase(name, storePassphrase); !usable)
        return usable.error();
    const QString source = InputFile::displayPath(bundlePath);
    auto bundle = InputFile::readSecret(bundlePath, InputKind::Pkcs12);
    if (!bundle)
        return bundle.error();
    auto contents = crypto::Pkcs12::read(bundle->view(), bundlePassphrase);
    if (!contents) {
        if (contents.error().code == crypto::ErrorCode::WrongPassphrase)
            //: %1 is a file
            return Error {tr("The passphrase does not open the PKCS#12 file '%1'.").arg(source),
                          contents.error().detail, contents.error().code};
        return aboutSource(contents.error(), source);
    }
    auto certificate = readCaCertificate(contents->certificate.toDer(), name, source);
    if (!certificate)
        return certificate.error();
    return store(workspace, name, *certificate, contents->key, storePassphrase, notes, source);
}

Result<qint64> CaImporter::importCertificateOnly(Workspace& workspace, const QString& name,
                                                 const QByteArray& certificateData, const QString& keyReference,
                                                 const QString& notes)
{
    if (keyReference.trimmed().isEmpty()) {
        return Error {tr("Say where the key of the CA '%1' is kept.").arg(name)};
    }
    auto certificate = readCaCertificate(certificateData, name, {});
    if (!certificate) {
        return certificate.error();
    }
    CaRecord record = caRecordFromCertificate(*certificate, name, notes);
    record.keyReference = keyReference.trimmed();
    record.parentCaId = CaChain::issuerIdInWorkspace(workspace, *certificate).valueOr(0);
    return workspace.cas().add(record, CaOrigin::Imported);
}

} // namespace iotca::model
