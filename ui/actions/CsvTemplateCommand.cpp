#include "CsvTemplateCommand.h"

#include "ui/Prompter.h"
#include "ui/dialogs/ExportFileDialog.h"

#include "model/csv/AssociationCsvWriter.h"

#include <QDir>

namespace iotca::ui {

CsvTemplateCommand::CsvTemplateCommand(model::Workspace& workspace, model::SecretStore& secrets, Prompter& prompter,
                                       QWidget* window)
    : Command(workspace, secrets, prompter, window)
{ }

void CsvTemplateCommand::doStart()
{
    ExportFileDialog dialog(QStringLiteral("csvTemplateDialog"), tr("Export Association CSV Template"),
                            tr("Writes an empty device-association CSV with its header row (ProductKey, DeviceName, "
                               "CertSN), to fill in and import or upload."),
                            QStringLiteral("association-template.csv"), window());
    if (prompter().exec(dialog) != QDialog::Accepted) {
        cancel();
        return;
    }
    const QString path = QDir::fromNativeSeparators(dialog.filePath());
    if (Status written = model::AssociationCsvWriter::writeTemplate(path); !written) {
        fail(written.error());
        return;
    }
    //: %1 is a file
    succeed(tr("Wrote the template '%1'.").arg(QDir::toNativeSeparators(path)));
}

} // namespace iotca::ui
