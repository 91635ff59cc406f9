#pragma once

#include "Command.h"

namespace iotca::ui {

/// Devices → Export Association CSV: the association CSV (ProductKey, DeviceName, CertSN) of the device certificates
/// the selected CA has recorded, for one product, written all or nothing (model::AssociationCsvExport) off the GUI
/// thread. Works on a read-only workspace too.
class ExportAssociationCsvCommand : public Command
{
    Q_OBJECT
public:
    ExportAssociationCsvCommand(model::Workspace& workspace, model::SecretStore& secrets, Prompter& prompter,
                                QWidget* window, qint64 caId, QString caName);

private:
    void doStart() override;

    qint64 m_caId;
    QString m_caName;
};

} // namespace iotca::ui
