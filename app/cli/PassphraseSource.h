#pragma once

#include "crypto/Result.h"
#include "crypto/SecureBuffer.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace iotca::app {

/// Where the CLI gets a passphrase: never from an argument (it would show in `ps` and the shell history).
///
/// In order: the file named by --passphrase-file, else a passphrase remembered in the keychain (when the caller
/// has one), else a no-echo prompt on the controlling terminal. Without any of these the command fails with a
/// sentence that names --passphrase-file.
class PassphraseSource
{
    Q_DECLARE_TR_FUNCTIONS(PassphraseSource)

public:
    /// The first line of the file, without its line ending, so `printf 'secret\n' > file` works. Files larger
    /// than 64 KiB or with an empty first line are refused.
    [[nodiscard]] static Result<crypto::SecureBuffer> readFile(const QString& path);

    /// Asks on /dev/tty with echo off. With `confirm`, asks twice and fails when the two differ. Error code
    /// "NoTerminal" when the process has no controlling terminal.
    [[nodiscard]] static Result<crypto::SecureBuffer> prompt(const QString& question, bool confirm = false);

    /// True when prompt() can ask (a controlling terminal exists and standard input is a terminal).
    [[nodiscard]] static bool canPrompt();

    /// The whole rule: `file` when non-empty; else `remembered()` when given and it yields a passphrase; else a
    /// prompt with `question` (asked twice for a new passphrase with `confirm`).
    [[nodiscard]] static Result<crypto::SecureBuffer>
    obtain(const QString& file, const QString& question, bool confirm,
           const std::function<Result<crypto::SecureBuffer>()>& remembered = {});
};

} // namespace iotca::app
