#include "WorkspaceCommand.h"

#include "CliCommand.h"
#include "CliWorkspace.h"

namespace iotca::app {

WorkspaceCommand::Context::Context(model::Workspace& workspace, model::CaRecord* ca) noexcept
    : m_workspace(workspace)
    , m_ca(ca)
{ }

Result<model::CaRecord> WorkspaceCommand::Context::findCa(const QString& name) const
{
    return CliWorkspace::findCa(m_workspace, name);
}

Result<crypto::PrivateKey> WorkspaceCommand::Context::unlockCaKey(const QString& passphraseFile) const
{
    return CliWorkspace::unlockCaKey(m_workspace, *m_ca, passphraseFile);
}

Result<crypto::PrivateKey> WorkspaceCommand::Context::unlockCaKey(const model::CaRecord& other,
                                                                  const QString& passphraseFile) const
{
    return CliWorkspace::unlockCaKey(m_workspace, other, passphraseFile);
}

int WorkspaceCommand::onWorkspace(const QCommandLineParser& parser, model::Workspace::OpenMode mode, const Body& body)
{
    return onWorkspace(CliCommand::workspacePath(parser), mode, body);
}

int WorkspaceCommand::onWorkspace(const QString& folder, model::Workspace::OpenMode mode, const Body& body)
{
    auto workspace = CliWorkspace::open(folder, mode);
    if (!workspace)
        return CliCommand::failure(workspace.error());
    Context context(**workspace, nullptr);
    return body(context);
}

int WorkspaceCommand::onCa(const QCommandLineParser& parser, model::Workspace::OpenMode mode, const QString& caName,
                           const Body& body)
{
    return onCa(CliCommand::workspacePath(parser), mode, caName, body);
}

int WorkspaceCommand::onCa(const QString& folder, model::Workspace::OpenMode mode, const QString& caName,
                           const Body& body)
{
    return onWorkspace(folder, mode, [&](Context& opened) {
        auto ca = opened.findCa(caName);
        if (!ca)
            return CliCommand::failure(ca.error());
        Context context(opened.workspace(), &*ca);
        return body(context);
    });
}

int WorkspaceCommand::onNamedCa(const QCommandLineParser& parser, model::Workspace::OpenMode mode, const Body& body)
{
    return onCa(parser, mode, parser.positionalArguments().constFirst(), body);
}

} // namespace iotca::app
