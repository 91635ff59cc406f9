#include "ExportCaChainCommand.h"

#include "ui/Prompter.h"
#include "ui/dialogs/ExportFileDialog.h"

#include "model/ca/CaChain.h"
#include "model/ca/CaExporter.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/Workspace.h"

#include <QDir>

namespace iotca::ui {

ExportCaChainCommand::ExportCaChainCommand(model::Workspace& workspace, model::SecretStore& secrets, Prompter& prompter,
                                           QWidget* window, qint64 caId)
    : Command(workspace, secrets, prompter, window)
    , m_caId(caId)
{ }

void ExportCaChainCommand::doStart()
{
    const auto ca = workspace().cas().get(m_caId);
    if (!ca) {
        fail(ca.error());
        return;
    }
    const auto path = model::CaChain::pathOf(workspace(), m_caId);
    if (!path) {
        fail(path.error());
        return;
    }
    //: %1 is a CA name, %n the number of certificates in the chain
    QString intro = tr("Writes the certificate of '%1' followed by its issuers' up to the root: %n certificate(s) in "
                       "one PEM file. Never writes a private key.",
                       nullptr, static_cast<int>(path->cas.size()))
                        .arg(ca->name);
    if (!path->complete)
        //: %1 is a CA name
        intro += QLatin1Char(' ')
            + tr("The chain ends at '%1': its issuer is not in this workspace.").arg(path->cas.constLast().name);
    ExportFileDialog dialog(QStringLiteral("exportChainDialog"), tr("Export Chain"), intro,
                            ca->name + QStringLiteral("-chain.pem"), window());
    if (prompter().exec(dialog) != QDialog::Accepted) {
        cancel();
        return;
    }
    const QString file = QDir::fromNativeSeparators(dialog.filePath());
    if (Status written =
            model::CaExporter::exportCertificate(workspace(), m_caId, file, model::CaExporter::Format::PemChain);
        !written) {
        fail(written.error());
        return;
    }
    //: %1 is a CA name, %2 a file
    succeed(tr("Wrote the chain of '%1' to '%2'.").arg(ca->name, QDir::toNativeSeparators(file)));
}

} // namespace iotca::ui
