#include "CliCommand.h"

#include "Console.h"
#include "ExitCode.h"

#include "model/workspace/WorkspaceLocation.h"

namespace iotca::app {

CliCommand::CliCommand(QString name, QString summary)
    : m_name(std::move(name))
    , m_summary(std::move(summary))
{ }

CliCommand::~CliCommand() = default;

QCommandLineOption CliCommand::helpOption()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Shows this help."));
}

QCommandLineOption CliCommand::workspaceOption()
{
    return QCommandLineOption(QStringLiteral("workspace"),
                              tr("Works on the workspace in <dir>, or on the team workspace "
                                 "postgresql://user@host:port/database (default: $IOTCA_WORKSPACE, else the desktop "
                                 "app's workspace)."),
                              //: Placeholder in --help: a folder
                              tr("dir"));
}

QCommandLineOption CliCommand::jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), tr("Prints the result as JSON (see docs/cli.md)."));
}

QCommandLineOption CliCommand::yesOption()
{
    return QCommandLineOption({QStringLiteral("y"), QStringLiteral("yes")},
                              tr("Does not ask for confirmation (needed when there is no terminal)."));
}

QString CliCommand::helpText(const QCommandLineParser& parser, const QString& path)
{
    // Qt's first line reads "Usage: /path/to/iotca [options] <positional syntax>": name the command instead.
    const QString text = parser.helpText();
    const qsizetype endOfFirstLine = text.indexOf(QLatin1Char('\n'));
    const QString firstLine = text.left(endOfFirstLine);
    const QLatin1String options(" [options]");
    const qsizetype optionsAt = firstLine.indexOf(options);
    const QString syntax = optionsAt >= 0 ? firstLine.mid(optionsAt) : QString(options);
    //: First line of --help; %1 is the command and its argument syntax
    return tr("Usage: %1").arg(path + syntax) + (endOfFirstLine >= 0 ? text.mid(endOfFirstLine) : QString());
}

std::optional<int> CliCommand::parse(QCommandLineParser& parser, const QString& path, const QStringList& arguments,
                                     const QString& description, int minPositional, int maxPositional)
{
    const QCommandLineOption help = helpOption();
    parser.setApplicationDescription(description);
    parser.addOption(help);
    parser.addOption(workspaceOption());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);

    // QCommandLineParser skips the first argument (the program name).
    if (!parser.parse(QStringList {path} + arguments))
        return usageError(path, parser.errorText());
    if (parser.isSet(help)) {
        Console::out() << helpText(parser, path) << Qt::flush;
        return int(ExitSuccess);
    }
    const qsizetype count = parser.positionalArguments().size();
    if (count < minPositional)
        return usageError(path, tr("Missing argument."));
    if (maxPositional >= 0 && count > maxPositional)
        //: %1 is the first argument that was not expected
        return usageError(path, tr("Unexpected argument '%1'.").arg(parser.positionalArguments().value(maxPositional)));
    return std::nullopt;
}

int CliCommand::usageError(const QString& path, const QString& message)
{
    Console::printError(message);
    //: %1 is a command such as "iotca ca create"
    Console::err() << tr("Try '%1 --help' for more information.").arg(path) << Qt::endl;
    return ExitUsage;
}

int CliCommand::failure(const Error& error)
{
    Console::printError(error);
    // No way to ask for a passphrase is a problem of the invocation, not of the operation.
    return error.code == QLatin1String("NoTerminal") ? ExitUsage : ExitFailure;
}

QString CliCommand::workspacePath(const QCommandLineParser& parser)
{
    const QString given = parser.value(workspaceOption());
    return given.isEmpty() ? model::workspacePathFromEnvironment() : given;
}

std::optional<QString> CliCommand::requiredValue(const QCommandLineParser& parser, const QCommandLineOption& option,
                                                 const QString& path)
{
    const QString value = parser.value(option);
    if (value.isEmpty()) {
        //: %1 is an option such as --name
        (void)usageError(path, tr("The option --%1 is required.").arg(option.names().constLast()));
        return std::nullopt;
    }
    return value;
}

std::optional<int> CliCommand::positiveNumber(const QCommandLineParser& parser, const QCommandLineOption& option,
                                              int fallback, const QString& path)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value <= 0) {
        //: %1 is an option such as --days, %2 what the user gave
        (void)usageError(path,
                         tr("The option --%1 needs a positive whole number, not '%2'.")
                             .arg(option.names().constLast(), parser.value(option)));
        return std::nullopt;
    }
    return value;
}

} // namespace iotca::app
