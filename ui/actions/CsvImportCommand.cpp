#include "CsvImportCommand.h"

#include "BackgroundTask.h"
#include "ui/Prompter.h"
#include "ui/dialogs/CsvImportDialog.h"

#include "model/csv/AssociationCsvSplitter.h"
#include "model/csv/AssociationCsvValidator.h"
#include "model/csv/DeviceCertificateLookup.h"
#include "model/workspace/DeviceCertificateRecord.h"
#include "model/workspace/DeviceCertificateRepository.h"
#include "model/workspace/Workspace.h"

#include <QDir>
#include <QFileInfo>

#include <utility>

namespace iotca::ui {

namespace {
/// The selected CA's device certificates, for the validator's cross-check.
class CaDeviceLookup final : public model::DeviceCertificateLookup
{
public:
    CaDeviceLookup(const model::Workspace& workspace, qint64 caId)
        : m_workspace(workspace)
        , m_caId(caId)
    { }

    Result<std::optional<model::KnownDeviceCertificate>> findDeviceCertificate(const QString&,
                                                                               const QString& serialHex) const override
    {
        const auto found = m_workspace.devices().find(m_caId, serialHex);
        if (!found)
            return found.error();
        if (!found->has_value())
            return std::optional<model::KnownDeviceCertificate>();
        const model::DeviceCertificateRecord& record = **found;
        return std::optional<model::KnownDeviceCertificate>(
            model::KnownDeviceCertificate {record.serialHex, record.productKey, record.deviceName});
    }

private:
    const model::Workspace& m_workspace;
    qint64 m_caId;
};
} // namespace

CsvImportCommand::CsvImportCommand(model::Workspace& workspace, model::SecretStore& secrets, Prompter& prompter,
                                   QWidget* window, qint64 caId, QString caName, QString path)
    : Command(workspace, secrets, prompter, window)
    , m_caId(caId)
    , m_caName(std::move(caName))
    , m_path(std::move(path))
{ }

void CsvImportCommand::doStart()
{
    m_given = !m_path.isEmpty();
    if (m_path.isEmpty()) {
        m_path = prompter().openFile(window(), tr("Import Device Association"), tr("CSV files (*.csv);;All files (*)"));
        if (m_path.isEmpty()) {
            cancel();
            return;
        }
    }
    setBusy(true);
    const model::Workspace* ws = &workspace();
    const qint64 caId = m_caId;
    const QString caName = m_caName;
    const QString path = m_path;
    runInBackground<Result<model::AssociationCsvReport>>(
        this,
        [ws, caId, caName, path] {
            CaDeviceLookup lookup(*ws, caId);
            model::AssociationCsvValidator::Options options;
            options.keepRows = true;
            options.lookup = &lookup;
            options.caName = caName;
            // Over the limit the rows are only counted: the preview is not needed to split a file.
            return model::AssociationCsvValidator(options).validateFile(path);
        },
        [this](Result<model::AssociationCsvReport> report) {
            setBusy(false);
            if (!report) {
                fail(report.error());
                return;
            }
            CsvImportDialog dialog(m_path, report.value(), window());
            dialog.setOrigin(m_given ? CsvImportDialog::Origin::Dropped : CsvImportDialog::Origin::Chosen);
            Q_EMIT previewReady();
            if (prompter().exec(dialog) != QDialog::Accepted) {
                cancel();
                return;
            }
            if (dialog.choice() == CsvImportDialog::Choice::Split) {
                split();
                return;
            }
            QStringList serials;
            serials.reserve(report->rows.size());
            for (const auto& row : std::as_const(report->rows))
                serials << row.certSn;
            importRows(serials);
        });
}

void CsvImportCommand::importRows(const QStringList& serials)
{
    setBusy(true);
    model::Workspace* ws = &workspace();
    const qint64 caId = m_caId;
    runInBackground<Result<int>>(
        this,
        [ws, caId, serials] {
            return ws->devices().setStatus(caId, serials, model::DeviceCertificateStatus::Associated);
        },
        [this](Result<int> changed) {
            if (!changed) {
                fail(changed.error());
                return;
            }
            //: %Ln is a formatted number, %1 a file name
            succeed(tr("Associated %Ln device certificates from %1.", nullptr, changed.value())
                        .arg(QFileInfo(m_path).fileName()));
        });
}

void CsvImportCommand::split()
{
    const QString folder = prompter().existingFolder(window(), tr("Folder for the Parts"));
    if (folder.isEmpty()) {
        cancel();
        return;
    }
    setBusy(true);
    const QString path = m_path;
    runInBackground<Result<model::AssociationCsvSplit>>(
        this, [path, folder] { return model::AssociationCsvSplitter().split(path, folder); },
        [this, folder](Result<model::AssociationCsvSplit> result) {
            if (!result) {
                fail(result.error());
                return;
            }
            if (result->files.isEmpty()) {
                fail(Error {tr("The file was not split: fix the problems in it first."),
                            result->report.diagnostics.isEmpty() ? QString()
                                                                 : result->report.diagnostics.first().text()});
                return;
            }
            //: %1 is a number of files, %2 a folder
            succeed(tr("Split the file into %1 parts in %2.")
                        .arg(result->files.size())
                        .arg(QDir::toNativeSeparators(folder)));
        });
}

} // namespace iotca::ui
