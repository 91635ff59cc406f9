#include "CliCommandGroup.h"

#include "Console.h"
#include "ExitCode.h"

#include <algorithm>

namespace iotca::app {

CliCommandGroup::CliCommandGroup(QString name, QString summary)
    : CliCommand(std::move(name), std::move(summary))
{ }

CliCommandGroup::~CliCommandGroup() = default;

void CliCommandGroup::addCommand(std::unique_ptr<CliCommand> command)
{
    CliCommand* raw = command.get();
    m_entries.push_back({raw->name(), raw->summary(), [raw](const QString& path, const QStringList& arguments) {
                             return raw->run(path, arguments);
                         }});
    m_owned.push_back(std::move(command));
}

void CliCommandGroup::addCommand(const QString& name, const QString& summary, Handler handler)
{
    m_entries.push_back({name, summary, std::move(handler)});
}

void CliCommandGroup::addLevelOptions(QCommandLineParser&) { }

std::optional<int> CliCommandGroup::handleLevelOptions(const QCommandLineParser&)
{
    return std::nullopt;
}

QString CliCommandGroup::helpText(const QCommandLineParser& parser, const QString& path) const
{
    QString text = CliCommand::helpText(parser, path);
    //: Heading of the list of sub-commands in --help
    text += QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n');
    qsizetype width = 0;
    for (const Entry& entry : m_entries)
        width = std::max(width, entry.name.size());
    for (const Entry& entry : m_entries)
        text += QStringLiteral("  ") + entry.name.leftJustified(width + 2) + entry.summary + QLatin1Char('\n');
    //: %1 is a command such as "iotca ca"
    text +=
        QLatin1Char('\n') + tr("Run '%1 <command> --help' for the options of a command.").arg(path) + QLatin1Char('\n');
    return text;
}

int CliCommandGroup::run(const QString& path, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption help = helpOption();
    const QCommandLineOption workspace = workspaceOption();
    parser.addOption(help);
    parser.addOption(workspace);
    addLevelOptions(parser);
    parser.addPositionalArgument(QStringLiteral("command"), tr("The command to run."), tr("<command> [...]"));
    // Everything from the sub-command's name on belongs to the sub-command.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);

    if (!parser.parse(QStringList {path} + arguments))
        return usageError(path, parser.errorText());
    if (const auto exitCode = handleLevelOptions(parser))
        return *exitCode;

    QStringList rest = parser.positionalArguments();
    if (parser.isSet(help) || rest.isEmpty() || rest.constFirst() == QLatin1String("help")) {
        if (!parser.isSet(help) && rest.isEmpty()) {
            Console::err() << helpText(parser, path) << Qt::flush;
            return ExitUsage;
        }
        Console::out() << helpText(parser, path) << Qt::flush;
        return ExitSuccess;
    }

    const QString name = rest.takeFirst();
    const auto entry = std::find_if(m_entries.cbegin(), m_entries.cend(),
                                    [&name](const Entry& candidate) { return candidate.name == name; });
    if (entry == m_entries.cend())
        //: %1 is what the user typed, %2 a command such as "iotca ca"
        return usageError(path, tr("'%1' is not a command of '%2'.").arg(name, path));

    if (parser.isSet(workspace))
        rest = QStringList {QStringLiteral("--workspace"), parser.value(workspace)} + rest;
    return entry->handler(path + QLatin1Char(' ') + name, rest);
}

} // namespace iotca::app
