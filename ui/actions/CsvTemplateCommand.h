#pragma once

#include "Command.h"

namespace iotca::ui {

/// Devices → Export Association CSV Template…: the empty association CSV with its header row
/// (model::AssociationCsvWriter::writeTemplate, what `iotca csv template` writes). Needs no CA and no account.
class CsvTemplateCommand : public Command
{
    Q_OBJECT
public:
    CsvTemplateCommand(model::Workspace& workspace, model::SecretStore& secrets, Prompter& prompter, QWidget* window);

private:
    void doStart() override;
};

} // namespace iotca::ui
