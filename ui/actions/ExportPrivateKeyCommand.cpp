#include "ExportPrivateKeyCommand.h"

#include "BackgroundTask.h"
#include "CaKeyUnlock.h"
#include "ui/Prompter.h"
#include "ui/dialogs/ExportFileDialog.h"

#include "model/ca/CaKeyBackup.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/Workspace.h"

#include <QDir>

#include <memory>

namespace iotca::ui {

ExportPrivateKeyCommand::ExportPrivateKeyCommand(model::Workspace& workspace, model::SecretStore& secrets,
                                                 Prompter& prompter, QWidget* window, qint64 caId)
    : Command(workspace, secrets, prompter, window)
    , m_caId(caId)
{ }

void ExportPrivateKeyCommand::doStart()
{
    const auto ca = workspace().cas().get(m_caId);
    if (!ca) {
        fail(ca.error());
        return;
    }
    if (!ca->hasStoredKey()) {
        //: %1 is a CA name, %2 where its key is kept
        fail(Error {
            tr("The private key of '%1' is not stored in this workspace (%2).").arg(ca->name, ca->keyReference)});
        return;
    }
    //: %1 is a CA name
    ExportFileDialog dialog(QStringLiteral("exportPrivateKeyDialog"), tr("Export Private Key"),
                            tr("Writes a backup of the private key of '%1', encrypted under a new passphrase. Keep the "
                               "file and the passphrase apart, somewhere safe: whoever has both can sign as this CA.")
                                .arg(ca->name),
                            ca->name + QStringLiteral("-key.pem"), window());
    dialog.setFormats({{tr("Encrypted PKCS#8 (PEM)"), QStringLiteral("pkcs8")},
                       {tr("PKCS#12 with the certificate chain"), QStringLiteral("pkcs12")}});
    dialog.setExtensionPerFormat({QStringLiteral(".pem"), QStringLiteral(".p12")});
    dialog.askNewPassphrase();
    if (prompter().exec(dialog) != QDialog::Accepted) {
        cancel();
        return;
    }
    const QString path = QDir::fromNativeSeparators(dialog.filePath());
    const auto format = dialog.format() == QLatin1String("pkcs12") ? model::CaKeyBackup::Format::Pkcs12WithChain
                                                                   : model::CaKeyBackup::Format::EncryptedPkcs8Pem;
    auto newPassphrase = std::make_shared<crypto::SecureBuffer>(dialog.newPassphrase());
    auto* unlock = new CaKeyUnlock(workspace(), secrets(), prompter(), m_caId, this);
    unlock->setDialogParent(window());
    connect(unlock, &CaKeyUnlock::unlocking, this, [this] { setBusy(true); });
    const QString name = ca->name;
    unlock->start([this, path, format, name, newPassphrase](Result<crypto::PrivateKey> key) {
        if (!key) {
            failOrCancel(key.error());
            return;
        }
        setBusy(true);
        model::Workspace* ws = &workspace();
        const qint64 caId = m_caId;
        auto caKey = std::make_shared<crypto::PrivateKey>(std::move(key.value()));
        runInBackground<Status>(
            this,
            [ws, caId, caKey, newPassphrase, path, format] {
                return model::CaKeyBackup::write(*ws, caId, *caKey, *newPassphrase, path, format);
            },
            [this, name, path](Status written) {
                if (!written) {
                    fail(written.error());
                    return;
                }
                //: %1 is a CA name, %2 a file
                succeed(
                    tr("Wrote the encrypted private key of '%1' to '%2'.").arg(name, QDir::toNativeSeparators(path)));
            });
    });
}

} // namespace iotca::ui
