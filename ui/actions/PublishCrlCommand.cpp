#include "PublishCrlCommand.h"

#include "BackgroundTask.h"
#include "CaKeyUnlock.h"
#include "ui/Prompter.h"
#include "ui/dialogs/ExportFileDialog.h"

#include "model/ca/CrlPublisher.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/Workspace.h"

#include <QDir>
#include <QLocale>

#include <memory>

namespace iotca::ui {

PublishCrlCommand::PublishCrlCommand(model::Workspace& workspace, model::SecretStore& secrets, Prompter& prompter,
                                     QWidget* window, qint64 caId)
    : Command(workspace, secrets, prompter, window)
    , m_caId(caId)
{ }

void PublishCrlCommand::doStart()
{
    const auto ca = workspace().cas().get(m_caId);
    if (!ca) {
        fail(ca.error());
        return;
    }
    //: %1 is a CA name
    ExportFileDialog dialog(
        QStringLiteral("publishCrlDialog"), tr("Publish CRL"),
        tr("Writes the certificate revocation list of '%1' (X.509 v2 with CRL number, authority key "
           "identifier and nextUpdate), listing every certificate it revoked, signed with its key.")
            .arg(ca->name),
        ca->name + QStringLiteral(".crl"), window());
    dialog.setFormats({{tr("PEM"), QStringLiteral("pem")}, {tr("DER"), QStringLiteral("der")}});
    dialog.setDays(tr("&Next update in (days):"), 30, 1, 3650);
    if (prompter().exec(dialog) != QDialog::Accepted) {
        cancel();
        return;
    }
    const QString path = QDir::fromNativeSeparators(dialog.filePath());
    const int days = dialog.days();
    const auto format =
        dialog.format() == QLatin1String("der") ? model::CrlPublisher::Format::Der : model::CrlPublisher::Format::Pem;
    auto* unlock = new CaKeyUnlock(workspace(), secrets(), prompter(), m_caId, this);
    unlock->setDialogParent(window());
    connect(unlock, &CaKeyUnlock::unlocking, this, [this] { setBusy(true); });
    const QString name = ca->name;
    unlock->start([this, path, days, format, name](Result<crypto::PrivateKey> key) {
        if (!key) {
            failOrCancel(key.error());
            return;
        }
        setBusy(true);
        model::Workspace* ws = &workspace();
        const qint64 caId = m_caId;
        auto caKey = std::make_shared<crypto::PrivateKey>(std::move(key.value()));
        runInBackground<Result<model::PublishedCrl>>(
            this,
            [ws, caId, caKey, days, path, format] {
                return model::CrlPublisher::publish(*ws, caId, *caKey, days, path, format);
            },
            [this, name, path](Result<model::PublishedCrl> published) {
                if (!published) {
                    fail(published.error());
                    return;
                }
                //: %1 is a CRL number, %2 a CA name, %n the revoked certificates, %3 a file
                succeed(tr("Published CRL number %1 of '%2' listing %n revoked certificate(s) to '%3'.", nullptr,
                           published->revokedCount)
                            .arg(QString::number(published->crlNumber), name, QDir::toNativeSeparators(path)));
            });
    });
}

} // namespace iotca::ui
