#pragma once

#include "crypto/Error.h"

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

namespace iotca::app {

/// Standard output, standard error and the terminal questions of `iotca`.
///
/// Results go to standard output (so they can be piped), everything else (errors, progress, questions) to
/// standard error. Errors are one sentence, prefixed with the program name.
class Console
{
    Q_DECLARE_TR_FUNCTIONS(Console)

public:
    enum class Answer { Yes, No, NoTerminal };

    [[nodiscard]] static QTextStream& out();
    [[nodiscard]] static QTextStream& err();

    [[nodiscard]] static bool stdinIsTerminal();
    [[nodiscard]] static bool stderrIsTerminal();

    /// "iotca: <message>" on standard error; the detail (OpenSSL's reasons, a raw response) on a second line.
    static void printError(const Error& error);
    static void printError(const QString& message);
    /// "iotca: warning: <message>" on standard error.
    static void printWarning(const QString& message);

    /// Asks `question` on the terminal and reads y/yes (also the translated "yes"). Answer::NoTerminal when
    /// standard input or standard error is not a terminal: the caller refuses then (exit code 2).
    [[nodiscard]] static Answer confirm(const QString& question);
};

} // namespace iotca::app
