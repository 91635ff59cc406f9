#include "WorkspaceCommands.h"

#include "CliWorkspace.h"
#include "Console.h"
#include "ExitCode.h"
#include "WorkspaceCommand.h"
#include "WorkspacePasswordCommands.h"

#include "JsonOutput.h"
#include "model/input/InputFile.h"
#include "model/workspace/WorkspaceCopy.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace iotca::app {

WorkspaceCommands::WorkspaceCommands()
    : CliCommandGroup(QStringLiteral("workspace"),
                      tr("Backs up, restores and copies the workspace; keeps a team workspace's password."))
{
    addCommand(QStringLiteral("backup"), tr("Writes a consistent copy of the workspace to a file."), &backup);
    addCommand(QStringLiteral("restore"), tr("Replaces the workspace with a backup."), &restore);
    addCommand(QStringLiteral("copy"), tr("Copies the workspace into a new one (a folder or a team workspace)."),
               &copy);
    addCommand(std::make_unique<WorkspacePasswordCommands>());
}

int WorkspaceCommands::copy(const QString& path, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption to(QStringLiteral("to"),
                                tr("The new workspace: a folder, or postgresql://user@host:port/database."),
                                //: Placeholder in --help: a folder or a PostgreSQL URL
                                tr("target"));
    const QCommandLineOption json = jsonOption();
    parser.addOption(to);
    parser.addOption(json);
    if (const auto stop = parse(parser, path, arguments,
                                tr("Copies every row of the workspace into a new, empty one (SQLite folder or "
                                   "PostgreSQL team workspace), checks it row for row and verifies its audit chain.")))
        return *stop;
    const auto target = requiredValue(parser, to, path);
    if (!target)
        return ExitUsage;

    return WorkspaceCommand::onWorkspace(parser, model::Workspace::OpenMode::ReadOnly, [&](auto& opened) -> int {
        auto destination = CliWorkspace::openLocation(*target, model::Workspace::OpenMode::ReadWrite);
        if (!destination)
            return failure(destination.error());
        const auto copied = model::WorkspaceCopy::run(opened.workspace(), **destination);
        if (!copied)
            return failure(copied.error());
        if (parser.isSet(json)) {
            JsonOutput::print(QJsonObject {{QStringLiteral("target"), (*destination)->folder()},
                                           {QStringLiteral("tables"), copied->tables},
                                           {QStringLiteral("rows"), copied->rows},
                                           {QStringLiteral("auditEntries"), copied->auditEntries}});
            return ExitSuccess;
        }
        //: %1 is a number of rows, %2 a folder or URL, %3 a number of audit entries
        Console::out() << tr("Copied %1 rows to '%2'; its audit log verifies (%3 entries).")
                              .arg(copied->rows)
                              .arg(Console::escaped((*destination)->folder()))
                              .arg(copied->auditEntries)
                       << Qt::endl;
        return ExitSuccess;
    });
}

int WorkspaceCommands::backup(const QString& path, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), tr("The backup file to write."), QStringLiteral("FILE"));
    if (const auto stop =
            parse(parser, path, arguments, tr("Writes a consistent copy of the workspace to FILE."), 1, 1))
        return *stop;
    const QString file = parser.positionalArguments().constFirst();

    return WorkspaceCommand::onWorkspace(parser, model::Workspace::OpenMode::ReadOnly, [&](auto& opened) -> int {
        model::Workspace& workspace = opened.workspace();
        if (const Status saved = workspace.backup(file); !saved)
            return failure(saved.error());
        //: %1 is a folder, %2 a file
        Console::out() << tr("Backed up the workspace '%1' to '%2'.")
                              .arg(QDir::toNativeSeparators(workspace.folder()), QDir::toNativeSeparators(file))
                       << Qt::endl;
        return ExitSuccess;
    });
}

int WorkspaceCommands::restore(const QString& path, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption yes = yesOption();
    parser.addOption(yes);
    parser.addPositionalArgument(QStringLiteral("file"), tr("The backup file to restore."), QStringLiteral("FILE"));
    if (const auto stop = parse(parser, path, arguments,
                                tr("Replaces the workspace with the backup in FILE. Asks first when a workspace is "
                                   "already there."),
                                1, 1))
        return *stop;
    const QString file = parser.positionalArguments().constFirst();
    const QString folder = workspacePath(parser);

    if (Status usable = model::InputFile::check(file, model::InputKind::WorkspaceBackup); !usable)
        return failure(usable.error());

    const bool replacing = QFileInfo::exists(QDir(folder).filePath(model::Workspace::databaseFileName()));
    if (replacing && !parser.isSet(yes)) {
        //: %1 is a folder
        const QString question = tr("Replace the workspace in '%1' with the backup? Everything recorded there since "
                                    "the backup is lost.")
                                     .arg(QDir::toNativeSeparators(folder));
        switch (Console::confirm(question)) {
        case Console::Answer::Yes:
            break;
        case Console::Answer::No:
            Console::printError(tr("The workspace was not restored."));
            return ExitFailure;
        case Console::Answer::NoTerminal:
            return usageError(path,
                              tr("Refusing to replace the existing workspace in '%1' without confirmation; "
                                 "pass --yes.")
                                  .arg(QDir::toNativeSeparators(folder)));
        }
    }

    if (const Status restored = model::Workspace::restore(file, folder); !restored)
        return failure(restored.error());
    //: %1 is a folder, %2 a file
    Console::out() << tr("Restored the workspace '%1' from '%2'.")
                          .arg(QDir::toNativeSeparators(folder), QDir::toNativeSeparators(file))
                   << Qt::endl;
    return ExitSuccess;
}

} // namespace iotca::app
