#include "ReissueDeviceCommand.h"

#include "BackgroundTask.h"
#include "CaKeyUnlock.h"
#include "ui/Prompter.h"
#include "ui/dialogs/ReissueDialog.h"

#include "crypto/Certificate.h"
#include "model/jobs/DeviceReissue.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/DeviceCertificateRepository.h"
#include "model/workspace/RevocationRepository.h"
#include "model/workspace/Workspace.h"

#include <QDir>
#include <QFileInfo>

#include <memory>

namespace iotca::ui {

ReissueDeviceCommand::ReissueDeviceCommand(model::Workspace& workspace, model::SecretStore& secrets, Prompter& prompter,
                                           QWidget* window, qint64 caId, QString serial)
    : Command(workspace, secrets, prompter, window)
    , m_caId(caId)
    , m_serial(std::move(serial))
{ }

void ReissueDeviceCommand::doStart()
{
    const auto ca = workspace().cas().get(m_caId);
    if (!ca) {
        fail(ca.error());
        return;
    }
    const auto found = workspace().devices().find(m_caId, m_serial);
    if (!found) {
        fail(found.error());
        return;
    }
    if (!found->has_value()) {
        fail(Error {tr("Select the device certificate to re-issue.")});
        return;
    }
    const model::DeviceCertificateRecord& old = **found;
    ReissueDialog::Device device;
    device.productKey = old.productKey;
    device.deviceName = old.deviceName;
    device.serial = old.serialHex;
    device.caName = ca->name;
    if (const auto certificate = crypto::Certificate::fromDer(old.certificateDer))
        device.keyAlgorithm = certificate->keyAlgorithm().value_or(crypto::KeyAlgorithm::EcP256);
    if (const auto revocation = model::RevocationRepository(workspace()).find(m_caId, old.serialHex);
        revocation && revocation->has_value()) {
        device.revoked = true;
        device.keyCompromised = (*revocation)->reason == crypto::RevocationReason::KeyCompromise;
    }
    ReissueDialog dialog(prompter(), device, window());
    if (prompter().exec(dialog) != QDialog::Accepted) {
        cancel();
        return;
    }
    model::DeviceReissueRequest request;
    request.caId = m_caId;
    request.serial = old.serialHex;
    request.newKey = dialog.newKey();
    if (request.newKey)
        request.keyAlgorithm = dialog.keyAlgorithm();
    request.profile = model::DeviceProfile::fromName(dialog.profileName()).value_or(request.profile);
    request.outputFolder = QDir::cleanPath(QFileInfo(dialog.outputFolder()).absoluteFilePath());
    request.validityDays = dialog.validityDays();
    request.revokeOld = dialog.revokeOld();
    // Everything is checked before the passphrase is asked for.
    if (const auto plan = model::DeviceReissue::plan(workspace(), request); !plan) {
        fail(plan.error());
        return;
    }
    auto* unlock = new CaKeyUnlock(workspace(), secrets(), prompter(), m_caId, this);
    unlock->setDialogParent(window());
    connect(unlock, &CaKeyUnlock::unlocking, this, [this] { setBusy(true); });
    unlock->start([this, request](Result<crypto::PrivateKey> key) {
        if (!key) {
            failOrCancel(key.error());
            return;
        }
        setBusy(true);
        model::Workspace* ws = &workspace();
        auto caKey = std::make_shared<crypto::PrivateKey>(std::move(key.value()));
        runInBackground<Result<model::DeviceReissueResult>>(
            this, [ws, request, caKey] { return model::DeviceReissue::run(*ws, request, *caKey); },
            [this](Result<model::DeviceReissueResult> reissued) {
                if (!reissued) {
                    fail(reissued.error());
                    return;
                }
                //: %1 is a device name, %2 the new serial number, %3 the old one
                QString message =
                    tr("Re-issued '%1': %2 supersedes %3.")
                        .arg(reissued->record.deviceName, reissued->record.serialHex, reissued->oldSerial);
                message += QLatin1Char(' ')
                    + (reissued->revokedOld
                           ? tr("The old certificate is revoked; publish a new CRL (CA → Publish CRL…).")
                           : tr("The old certificate stays valid until it expires or is revoked."));
                if (!reissued->warning.isEmpty())
                    message += QLatin1Char(' ') + reissued->warning;
                succeed(message);
            });
    });
}

} // namespace iotca::ui
