#include "DeviceCertificateCommand.h"

#include "ui/Prompter.h"
#include "ui/dialogs/DeviceCertificateDialog.h"
#include "ui/dialogs/ExportFileDialog.h"

#include "model/workspace/DeviceCertificateRepository.h"
#include "model/workspace/Workspace.h"

#include <QDir>

namespace iotca::ui {

using model::DeviceCertificateDetails;

DeviceCertificateCommand::DeviceCertificateCommand(model::Workspace& workspace, model::SecretStore& secrets,
                                                   Prompter& prompter, QWidget* window, qint64 caId, QString serial)
    : Command(workspace, secrets, prompter, window)
    , m_caId(caId)
    , m_serial(std::move(serial))
{ }

void DeviceCertificateCommand::doStart()
{
    auto details = DeviceCertificateDetails::read(workspace(), m_caId, m_serial);
    if (!details) {
        fail(details.error());
        return;
    }
    DeviceCertificateDialog dialog(*details, window());
    connect(&dialog, &DeviceCertificateDialog::exportRequested, this,
            [this, &dialog](DeviceCertificateDetails::ExportFormat format) { exportCertificate(dialog, format); });
    connect(&dialog, &DeviceCertificateDialog::deleteRequested, this, [this, &dialog] { deleteRecord(dialog); });
    connect(&dialog, &DeviceCertificateDialog::copied, this, [this] {
        //: %1 is a serial number
        m_message = tr("Copied the PEM of the device certificate %1.").arg(m_serial);
    });
    (void)prompter().exec(dialog);
    if (m_message.isEmpty())
        cancel();
    else
        succeed(m_message);
}

void DeviceCertificateCommand::exportCertificate(DeviceCertificateDialog& dialog,
                                                 DeviceCertificateDetails::ExportFormat format)
{
    const DeviceCertificateDetails& details = dialog.details();
    const QString base = details.device.deviceName.isEmpty() ? details.device.serialHex : details.device.deviceName;
    QString title = tr("Export Device Certificate");
    QString suffix = QStringLiteral(".pem");
    if (format == DeviceCertificateDetails::ExportFormat::Der)
        suffix = QStringLiteral(".der");
    if (format == DeviceCertificateDetails::ExportFormat::PemWithChain) {
        title = tr("Export Device Certificate with Chain");
        suffix = QStringLiteral("-chain.pem");
    }
    //: %1 is a serial number
    ExportFileDialog fileDialog(
        QStringLiteral("exportDeviceCertificateDialog"), title,
        format == DeviceCertificateDetails::ExportFormat::PemWithChain
            ? tr("Writes the certificate %1 followed by its CA's chain up to the root, as TLS "
                 "clients send it. Never writes a private key.")
                  .arg(details.device.serialHex)
            : tr("Writes the certificate %1. Never writes a private key.").arg(details.device.serialHex),
        base + suffix, &dialog);
    if (prompter().exec(fileDialog) != QDialog::Accepted)
        return;
    const QString path = QDir::fromNativeSeparators(fileDialog.filePath());
    bool complete = true;
    if (Status written = DeviceCertificateDetails::writeFile(workspace(), details, path, format, &complete); !written) {
        prompter().showError(&dialog, written.error());
        return;
    }
    //: %1 is a serial number, %2 a file
    m_message =
        tr("Wrote the device certificate %1 to '%2'.").arg(details.device.serialHex, QDir::toNativeSeparators(path));
    if (!complete)
        m_message += QLatin1Char(' ') + tr("The chain ends below the root: its issuer is not in this workspace.");
}

void DeviceCertificateCommand::deleteRecord(DeviceCertificateDialog& dialog)
{
    const DeviceCertificateDetails& details = dialog.details();
    //: %1 is a serial number, %2 a product/device name
    QString question =
        tr("Delete the record of the device certificate %1 (%2) from this workspace?")
            .arg(details.device.serialHex, details.device.productKey + QLatin1Char('/') + details.device.deviceName);
    question += QLatin1Char(' ');
    if (details.isOnPlatform())
        question += tr("The device is still registered on a platform; deleting the record here leaves it there "
                       "(delete it on the platform first with Devices → Delete Selected…).");
    else
        question += tr("It is not registered on any platform.");
    question += QLatin1Char(' ')
        + tr("The certificate itself stays valid until it expires; revoke it first if it must stop working, as "
             "a certificate without a record cannot be revoked here.");
    if (prompter().ask(&dialog, tr("Delete Record"), question) != Prompter::Answer::Yes)
        return;
    auto removed = workspace().devices().remove(m_caId, {details.device.serialHex});
    if (!removed) {
        prompter().showError(&dialog, removed.error());
        return;
    }
    //: %1 is a serial number
    m_message = tr("Deleted the record of the device certificate %1.").arg(details.device.serialHex);
    dialog.accept();
}

} // namespace iotca::ui
