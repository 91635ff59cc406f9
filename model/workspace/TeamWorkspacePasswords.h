#pragma once

#include "PostgresLocation.h"
#include "Workspace.h"
#include "crypto/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

namespace iotca::model {

class SecretStore;

/// The password of a team workspace's PostgreSQL role, kept in the OS keychain (SecretStore, the same service as the
/// remembered CA passphrases and platform credentials) and nowhere else: never in the URL (PostgresLocation refuses
/// one), the workspace, the settings, a log or a command line. One entry per workspace URL (without password):
/// "iotca/postgres/postgresql://user@host:port/database".
///
/// Where a team workspace's password comes from, in order: the one the caller passes (the GUI's Open Team
/// Workspace dialog), else the keychain entry, else libpq's own sources (PGPASSWORD, ~/.pgpass; PostgreSQL 15
/// docs, 34.15 "Environment Variables" and 34.16 "The Password File").
///
/// All calls are the blocking SecretStore ones (a local event loop): for the CLI, tests, and the GUI between two
/// windows (app/gui/main.cpp opens a workspace before its window exists) — never while a window waits on them.
class TeamWorkspacePasswords
{
    Q_DECLARE_TR_FUNCTIONS(TeamWorkspacePasswords)
public:
    /// The keychain entry of `location`'s password.
    [[nodiscard]] static QString keychainKeyFor(const PostgresLocation& location);

    /// Connects to the server with `password` (nothing is created or changed there) and, when it is accepted,
    /// stores it in the keychain, replacing an earlier one. A refused password (ErrorCode::TeamAuthentication) or an
    /// unreachable server stores nothing.
    [[nodiscard]] static Status remember(const QString& url, QByteArrayView password, SecretStore& secrets);

    /// Removes the stored password of `url`; succeeds when none was stored.
    [[nodiscard]] static Status forget(const QString& url, SecretStore& secrets);

    /// Whether a password for `url` is stored (false also when the keychain cannot be read).
    [[nodiscard]] static bool isRemembered(const QString& url, SecretStore& secrets);

    /// Opens the workspace `location` (a folder, or a team workspace URL) as Workspace::open() does; a team
    /// workspace with `password` when given, else with the password stored for it. When the server refuses the
    /// role (ErrorCode::TeamAuthentication), the message also says whether a password was stored.
    [[nodiscard]] static Result<std::unique_ptr<Workspace>> open(const QString& location, Workspace::OpenMode mode,
                                                                 SecretStore& secrets,
                                                                 const std::optional<QString>& password = std::nullopt);
};

} // namespace iotca::model
