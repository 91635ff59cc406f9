#include "RevokeDevicesCommand.h"

#include "ui/Prompter.h"
#include "ui/dialogs/RevokeDialog.h"

#include "model/workspace/CaRepository.h"
#include "model/workspace/DeviceCertificateRepository.h"
#include "model/workspace/RevocationRepository.h"
#include "model/workspace/Workspace.h"

namespace iotca::ui {

RevokeDevicesCommand::RevokeDevicesCommand(model::Workspace& workspace, model::SecretStore& secrets, Prompter& prompter,
                                           QWidget* window, qint64 caId, QStringList serials)
    : Command(workspace, secrets, prompter, window)
    , m_caId(caId)
    , m_serials(std::move(serials))
{ }

void RevokeDevicesCommand::doStart()
{
    const auto ca = workspace().cas().get(m_caId);
    if (!ca) {
        fail(ca.error());
        return;
    }
    if (m_serials.isEmpty()) {
        fail(Error {tr("Select the device certificates to revoke.")});
        return;
    }
    // A platform keeps accepting an associated certificate until it is deactivated there too.
    int onPlatform = 0;
    for (const QString& serial : std::as_const(m_serials)) {
        const auto device = workspace().devices().find(m_caId, serial);
        if (device && device->has_value() && (*device)->status == model::DeviceCertificateStatus::Associated)
            ++onPlatform;
    }
    RevokeDialog dialog(ca->name, m_serials, onPlatform, window());
    if (prompter().exec(dialog) != QDialog::Accepted) {
        cancel();
        return;
    }
    model::RevocationRepository revocations(workspace());
    const auto revoked = revocations.revoke(m_caId, m_serials, dialog.reason());
    if (!revoked) {
        fail(revoked.error());
        return;
    }
    //: %n device certificates, %1 a CA name
    succeed(
        tr("Revoked %n device certificate(s) of the CA '%1'; publish a new CRL (CA → Publish CRL…).", nullptr, *revoked)
            .arg(ca->name));
}

} // namespace iotca::ui
