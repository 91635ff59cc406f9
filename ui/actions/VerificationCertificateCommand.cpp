#include "VerificationCertificateCommand.h"

#include "BackgroundTask.h"
#include "CaKeyUnlock.h"
#include "ui/Prompter.h"
#include "ui/dialogs/ExportFileDialog.h"

#include "model/ca/VerificationCertificateFile.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/Workspace.h"

#include <QDir>

#include <memory>

namespace iotca::ui {

VerificationCertificateCommand::VerificationCertificateCommand(model::Workspace& workspace, model::SecretStore& secrets,
                                                               Prompter& prompter, QWidget* window, qint64 caId)
    : Command(workspace, secrets, prompter, window)
    , m_caId(caId)
{ }

void VerificationCertificateCommand::doStart()
{
    const auto ca = workspace().cas().get(m_caId);
    if (!ca) {
        fail(ca.error());
        return;
    }
    //: %1 is a CA name
    ExportFileDialog dialog(QStringLiteral("verificationCertificateDialog"), tr("Verification Certificate"),
                            tr("Proves to a platform that you hold the key of '%1': type the registration code its "
                               "console shows; the certificate (CN = the code, signed by the CA) is written to the "
                               "file, to upload there.")
                                .arg(ca->name),
                            QStringLiteral("verificationCert.pem"), window());
    dialog.askCode(tr("Registration &code:"), tr("Enter the registration code the platform's console shows."));
    // 300 days as in the platform's own instructions (seed 003_e326b71b53ea675f.txt: openssl x509 ... -days 300).
    dialog.setDays(tr("&Valid for (days):"), 300, 1, 3650);
    if (prompter().exec(dialog) != QDialog::Accepted) {
        cancel();
        return;
    }
    const QString path = QDir::fromNativeSeparators(dialog.filePath());
    const QString code = dialog.code();
    const int days = dialog.days();
    auto* unlock = new CaKeyUnlock(workspace(), secrets(), prompter(), m_caId, this);
    unlock->setDialogParent(window());
    connect(unlock, &CaKeyUnlock::unlocking, this, [this] { setBusy(true); });
    unlock->start([this, path, code, days](Result<crypto::PrivateKey> key) {
        if (!key) {
            failOrCancel(key.error());
            return;
        }
        setBusy(true);
        model::Workspace* ws = &workspace();
        const qint64 caId = m_caId;
        auto caKey = std::make_shared<crypto::PrivateKey>(std::move(key.value()));
        runInBackground<Result<model::WrittenVerificationCertificate>>(
            this,
            [ws, caId, caKey, code, days, path] {
                return model::VerificationCertificateFile::write(*ws, caId, *caKey, code, days, path);
            },
            [this, path](Result<model::WrittenVerificationCertificate> written) {
                if (!written) {
                    fail(written.error());
                    return;
                }
                //: %1 is a file, %2 a serial number
                QString message = tr("Wrote the verification certificate to '%1' (serial %2).")
                                      .arg(QDir::toNativeSeparators(path), written->certificate.serialNumberHex());
                if (!written->warning.isEmpty())
                    message += QLatin1Char(' ') + written->warning;
                succeed(message);
            });
    });
}

} // namespace iotca::ui
