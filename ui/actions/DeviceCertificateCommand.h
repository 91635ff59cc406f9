#pragma once

#include "Command.h"

#include "model/ca/DeviceCertificateDetails.h"

namespace iotca::ui {

class DeviceCertificateDialog;

/// Opens one device certificate (double-click or Enter on a device row) in DeviceCertificateDialog and does what its
/// buttons ask: export as PEM, DER or PEM with the CA chain (model::DeviceCertificateDetails::writeFile), and delete
/// the record from the workspace after a confirmation that says whether the device is still on a platform.
class DeviceCertificateCommand : public Command
{
    Q_OBJECT
public:
    DeviceCertificateCommand(model::Workspace& workspace, model::SecretStore& secrets, Prompter& prompter,
                             QWidget* window, qint64 caId, QString serial);

private:
    void doStart() override;
    void exportCertificate(DeviceCertificateDialog& dialog, model::DeviceCertificateDetails::ExportFormat format);
    void deleteRecord(DeviceCertificateDialog& dialog);

    qint64 m_caId;
    QString m_serial;
    /// What the last button did, for the status line when the dialog closes.
    QString m_message;
};

} // namespace iotca::ui
