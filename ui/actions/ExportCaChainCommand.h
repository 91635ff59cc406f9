#pragma once

#include "Command.h"

namespace iotca::ui {

/// CA → Export Chain…: the CA's certificate followed by its issuers' up to the root as one PEM bundle
/// (model::CaExporter, Format::PemChain — what `iotca ca export --chain` writes). Never writes a key.
class ExportCaChainCommand : public Command
{
    Q_OBJECT
public:
    ExportCaChainCommand(model::Workspace& workspace, model::SecretStore& secrets, Prompter& prompter, QWidget* window,
                         qint64 caId);

private:
    void doStart() override;

    qint64 m_caId;
};

} // namespace iotca::ui
