#include "ExportAssociationCsvCommand.h"

#include "BackgroundTask.h"
#include "ui/Prompter.h"
#include "ui/dialogs/ExportAssociationCsvDialog.h"

#include "model/csv/AssociationCsvExport.h"
#include "model/workspace/Workspace.h"

#include <QDir>

namespace iotca::ui {

ExportAssociationCsvCommand::ExportAssociationCsvCommand(model::Workspace& workspace, model::SecretStore& secrets,
                                                         Prompter& prompter, QWidget* window, qint64 caId,
                                                         QString caName)
    : Command(workspace, secrets, prompter, window)
    , m_caId(caId)
    , m_caName(std::move(caName))
{ }

void ExportAssociationCsvCommand::doStart()
{
    auto products = model::AssociationCsvExport::products(workspace(), m_caId);
    if (!products) {
        fail(products.error());
        return;
    }
    if (products->isEmpty()) {
        //: %1 is a CA name
        fail(Error {tr("The CA '%1' has no device certificates recorded; there is nothing to export.").arg(m_caName),
                    {},
                    QStringLiteral("NoDevices")});
        return;
    }
    ExportAssociationCsvDialog dialog(m_caName, *products, window());
    if (prompter().exec(dialog) != QDialog::Accepted) {
        cancel();
        return;
    }
    const QString product = dialog.product();
    const QString path = QDir::fromNativeSeparators(dialog.filePath());
    setBusy(true);
    model::Workspace* ws = &workspace();
    const qint64 caId = m_caId;
    runInBackground<Result<model::AssociationCsvExport::Outcome>>(
        this, [ws, caId, product, path] { return model::AssociationCsvExport::write(*ws, caId, product, path); },
        [this](Result<model::AssociationCsvExport::Outcome> written) {
            if (!written) {
                fail(written.error());
                return;
            }
            //: %n devices, %1 a product, %2 the first file written
            succeed(
                tr("Wrote the association CSV of %n device(s) of the product '%1' to '%2'.", nullptr, written->rowCount)
                    .arg(written->productKey, QDir::toNativeSeparators(written->files.constFirst())));
        });
}

} // namespace iotca::ui
