#pragma once

#include "app/common/TerminalText.h"
#include "crypto/Error.h"

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

namespace iotca::app {

/// Standard output, standard error and the terminal questions of `iotca`.
///
/// Results go to standard output (so they can be piped), everything else (errors, progress, questions) to
/// standard error. Errors are one sentence, prefixed with the program name.
///
/// Everything written through out() and err() passes escapeForTerminal() (LineBreaks::Keep) on its way out, so
/// no control character from a file, a certificate or a platform reaches the terminal raw; messages
/// (printError, printWarning, progress lines) are escaped whole, line breaks included. JSON stays valid JSON.
class Console
{
    Q_DECLARE_TR_FUNCTIONS(Console)

public:
    enum class Answer { Yes, No, NoTerminal };

    [[nodiscard]] static QTextStream& out();
    [[nodiscard]] static QTextStream& err();

    /// The one escaping of iotca's output (TerminalText.h): for values put into multi-line output by hand.
    [[nodiscard]] static QString escaped(QStringView text, LineBreaks lineBreaks = LineBreaks::Escape);
    /// "\r<line>ESC[K" on standard error: the progress line redrawn in place (the line itself escaped).
    static void drawProgressLine(const QString& line);

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
