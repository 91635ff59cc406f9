#pragma once

#include "crypto/PrivateKey.h"
#include "crypto/Result.h"
#include "model/workspace/CaRecord.h"
#include "model/workspace/Workspace.h"

#include <QCommandLineParser>
#include <QString>

#include <functional>

namespace iotca::app {

/// The set-up every workspace command shares, after KeePassXC's DatabaseCommand (src/cli/DatabaseCommand.cpp): the
/// command parses and checks its own options (CliCommand::parse), then hands its body to onWorkspace() or onCa(),
/// which open the workspace once (CliWorkspace::open, with its recovery report), find the CA once, print a failure of
/// either the one way every command prints it, and call the body with what they opened. The body only does the
/// command's own work (docs/architecture.md, "How to add a command").
class WorkspaceCommand
{
public:
    /// What a command's body works on: the open workspace and, under onCa(), the CA the command names.
    class Context
    {
    public:
        Context(model::Workspace& workspace, model::CaRecord* ca) noexcept;

        [[nodiscard]] model::Workspace& workspace() const noexcept { return m_workspace; }
        /// The CA the command names; only under onCa().
        [[nodiscard]] model::CaRecord& ca() const noexcept { return *m_ca; }

        /// Another CA of the same workspace (an issuer, a signer), or the error naming it (CliWorkspace::findCa).
        [[nodiscard]] Result<model::CaRecord> findCa(const QString& name) const;
        /// The named CA's key, with the passphrase from `passphraseFile`, the keychain or a prompt
        /// (CliWorkspace::unlockCaKey).
        [[nodiscard]] Result<crypto::PrivateKey> unlockCaKey(const QString& passphraseFile) const;
        /// `other`'s key, the same way.
        [[nodiscard]] Result<crypto::PrivateKey> unlockCaKey(const model::CaRecord& other,
                                                             const QString& passphraseFile) const;

    private:
        model::Workspace& m_workspace;
        model::CaRecord* m_ca;
    };

    /// The command's work once the workspace is open; returns the exit code (ExitCode.h).
    using Body = std::function<int(Context& context)>;

    /// Opens the workspace of --workspace (CliCommand::workspacePath) in `mode` and runs `body` on it; prints the
    /// failure and returns its exit code when the workspace cannot be opened.
    [[nodiscard]] static int onWorkspace(const QCommandLineParser& parser, model::Workspace::OpenMode mode,
                                         const Body& body);
    /// The same in `folder` (for helpers that got the folder rather than the parser).
    [[nodiscard]] static int onWorkspace(const QString& folder, model::Workspace::OpenMode mode, const Body& body);

    /// Opens the workspace, finds the CA `caName` in it and runs `body` on both; a failure of either is printed and
    /// its exit code returned.
    [[nodiscard]] static int onCa(const QCommandLineParser& parser, model::Workspace::OpenMode mode,
                                  const QString& caName, const Body& body);
    /// The same in `folder`.
    [[nodiscard]] static int onCa(const QString& folder, model::Workspace::OpenMode mode, const QString& caName,
                                  const Body& body);
    /// onCa() for the CA named by the first positional argument (`iotca ca show NAME`).
    [[nodiscard]] static int onNamedCa(const QCommandLineParser& parser, model::Workspace::OpenMode mode,
                                       const Body& body);
};

} // namespace iotca::app
