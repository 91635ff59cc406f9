#include "ImportCaCommand.h"

#include "BackgroundTask.h"
#include "ui/Prompter.h"
#include "ui/dialogs/ImportCaDialog.h"

#include "crypto/Certificate.h"
#include "crypto/PrivateKey.h"
#include "crypto/SecureBuffer.h"
#include "model/ca/CaImporter.h"
#include "model/ca/RememberedCaStore.h"
#include "model/workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <memory>

namespace iotca::ui {

namespace {
constexpr qint64 maximumFileSize = 1024 * 1024;

/// The whole file in wiped-on-destruction memory (a key file may hold an unencrypted key).
Result<crypto::SecureBuffer> readSecretFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        //: %1 is a file path
        return Error {QCoreApplication::translate("iotca::ui::ImportCaCommand", "The file '%1' cannot be read.")
                          .arg(QDir::toNativeSeparators(path)),
                      file.errorString()};
    if (file.size() > maximumFileSize)
        return Error {QCoreApplication::translate("iotca::ui::ImportCaCommand",
                                                  "The file '%1' is too large for a certificate or key.")
                          .arg(QDir::toNativeSeparators(path))};
    crypto::SecureBuffer buffer(file.size());
    const qint64 read = file.read(buffer.data(), buffer.size());
    if (read != buffer.size())
        return Error {QCoreApplication::translate("iotca::ui::ImportCaCommand", "The file '%1' cannot be read.")
                          .arg(QDir::toNativeSeparators(path)),
                      file.errorString()};
    return buffer;
}
} // namespace

Status ImportCaCommand::checkFiles(const ImportCaRequest& request)
{
    const auto certificateData = readSecretFile(request.certificatePath);
    if (!certificateData)
        return certificateData.error();
    const auto certificate = crypto::Certificate::fromData(certificateData->view());
    if (!certificate)
        return Error {tr("'%1' does not hold a certificate.").arg(QDir::toNativeSeparators(request.certificatePath)),
                      certificate.error().fullText()};
    const auto keyData = readSecretFile(request.keyPath);
    if (!keyData)
        return keyData.error();
    const crypto::SecureBuffer* passphrase = request.keyPassphrase.isEmpty() ? nullptr : &request.keyPassphrase;
    const auto key = crypto::PrivateKey::fromData(keyData->view(), passphrase);
    if (!key) {
        Error error = key.error();
        if (error.message.isEmpty())
            error.message = tr("The private key cannot be read.");
        return error;
    }
    if (!key->matches(certificate.value()))
        //: %1 is a file name
        return Error {tr("The private key does not belong to the certificate in '%1'.")
                          .arg(QDir::toNativeSeparators(request.certificatePath))};
    return {};
}

void ImportCaCommand::doStart()
{
    ImportCaDialog dialog(prompter(), &ImportCaCommand::checkFiles, window());
    if (prompter().exec(dialog) != QDialog::Accepted) {
        cancel();
        return;
    }
    auto request = std::make_shared<ImportCaRequest>(dialog.request());
    if (request->keyPassphrase.isEmpty()) {
        fail(Error {tr("Enter a passphrase: the imported key is stored encrypted under it.")});
        return;
    }
    setBusy(true);
    model::Workspace* ws = &workspace();
    // The CA and its remembered passphrase are one unit (RememberedCaStore): the keychain write runs on this thread
    // while the worker holds the CA's uncommitted transaction; nothing is stored when the keychain refuses.
    model::SecretStore* rememberIn = request->rememberPassphrase ? &secrets() : nullptr;
    runInBackground<Result<qint64>>(
        this,
        [ws, request, rememberIn] {
            return model::RememberedCaStore::store(
                *ws,
                [&] {
                    return model::CaImporter::importFiles(*ws, request->name, request->certificatePath,
                                                          request->keyPath, &request->keyPassphrase,
                                                          request->keyPassphrase);
                },
                request->keyPassphrase, rememberIn);
        },
        [this, request](Result<qint64> imported) {
            if (!imported) {
                fail(imported.error());
                return;
            }
            Q_EMIT caImported(imported.value());
            //: %1 is a CA name
            succeed(tr("Imported the certificate authority '%1'.").arg(request->name));
        });
}

} // namespace iotca::ui
