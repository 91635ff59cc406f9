#include "Console.h"

#include <cstdio>
#include <unistd.h>

namespace iotca::app {

QTextStream& Console::out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& Console::err()
{
    static QTextStream stream(stderr);
    return stream;
}

bool Console::stdinIsTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

bool Console::stderrIsTerminal()
{
    return ::isatty(STDERR_FILENO) == 1;
}

void Console::printError(const Error& error)
{
    out().flush();
    err() << QStringLiteral("iotca: ") << error.message << Qt::endl;
    if (!error.detail.isEmpty())
        //: Second line of an error message: the technical reasons (OpenSSL's, a platform's)
        err() << QStringLiteral("iotca: ") << tr("details: %1").arg(error.detail) << Qt::endl;
}

void Console::printError(const QString& message)
{
    printError(Error {message});
}

void Console::printWarning(const QString& message)
{
    out().flush();
    //: %1 is a sentence
    err() << QStringLiteral("iotca: ") << tr("warning: %1").arg(message) << Qt::endl;
}

Console::Answer Console::confirm(const QString& question)
{
    if (!stdinIsTerminal() || !stderrIsTerminal())
        return Answer::NoTerminal;
    out().flush();
    //: Appended to a yes/no question on the terminal; "N" is the default
    err() << question << QLatin1Char(' ') << tr("[y/N]") << QLatin1Char(' ') << Qt::flush;
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    //: Accepted answers to a yes/no question, besides "y" and "yes"; separate several with '|'
    const QStringList translatedYes = tr("yes").split(QLatin1Char('|'));
    const bool yes = answer == QLatin1String("y") || answer == QLatin1String("yes") || translatedYes.contains(answer);
    return yes ? Answer::Yes : Answer::No;
}

} // namespace iotca::app
