#include "CeremonyCommands.h"

#include "CeremonyRunner.h"
#include "CliWorkspace.h"
#include "Console.h"
#include "ExitCode.h"
#include "PassphraseSource.h"

#include "model/ca/CaKeyAccess.h"
#include "model/ceremony/CeremonyScriptChecks.h"
#include "model/ceremony/CeremonyStepRunner.h"
#include "model/input/InputFile.h"
#include "model/workspace/CaRepository.h"

#include <QDir>
#include <QFileInfo>

#include <cstring>
#include <map>

namespace iotca::app {

namespace {

using model::ScriptProblem;

/// --passphrase "CA name=file", repeatable: the CA's passphrase from the first line of the file. Passphrases are
/// never in the script (it is reviewed, printed and kept) nor on the command line (`ps`, shell history).
std::map<QString, QString> passphraseFiles(const QStringList& values, const model::CeremonyScript& script,
                                           QList<ScriptProblem>& problems)
{
    std::map<QString, QString> files;
    const QStringList known = script.allCaNames();
    for (const QString& value : values) {
        const qsizetype equals = value.lastIndexOf(QLatin1Char('='));
        const QString where = QStringLiteral("--passphrase %1").arg(value);
        if (equals <= 0 || equals == value.size() - 1) {
            problems.append({where, CeremonyCommands::tr("give it as \"CA name=file\"")});
            continue;
        }
        const QString name = value.left(equals);
        const QString file = value.mid(equals + 1);
        if (!known.contains(name)) {
            //: %1 is a CA name
            problems.append({where, CeremonyCommands::tr("'%1' is not a CA of the script").arg(name)});
            continue;
        }
        if (files.count(name) > 0) {
            problems.append({where, CeremonyCommands::tr("a second passphrase for '%1'").arg(name)});
            continue;
        }
        // Read now only to check it can be read; the step reads it again when it needs it.
        if (auto readable = PassphraseSource::readFile(file); !readable)
            problems.append({where, readable.error().message});
        files.emplace(name, file);
    }
    return files;
}

/// Every CA without a --passphrase file must be able to ask on the terminal (or, for an existing CA, have its
/// passphrase remembered in the keychain): otherwise the ceremony would stop half-way for want of it.
void checkPassphraseSources(const model::CeremonyScript& script, const std::map<QString, QString>& files,
                            const model::Workspace* workspace, QList<ScriptProblem>& problems)
{
    if (PassphraseSource::canPrompt())
        return;
    for (qsizetype i = 0; i < script.newCas.size(); ++i) {
        const QString& name = script.newCas.at(i).name;
        if (!name.isEmpty() && files.count(name) == 0)
            problems.append({QStringLiteral("$.cas[%1]").arg(i),
                             CeremonyCommands::tr("no terminal to ask for the new passphrase of '%1': give "
                                                  "--passphrase \"%1=file\"")
                                 .arg(name)});
    }
    for (qsizetype i = 0; i < script.existingCas.size(); ++i) {
        const QString& name = script.existingCas.at(i);
        if (files.count(name) > 0)
            continue;
        if (workspace) {
            auto found = workspace->cas().findByName(name);
            if (found && *found && model::CaKeyAccess::isRemembered(*workspace, (*found)->id))
                continue;
        }
        problems.append({QStringLiteral("$.existingCas[%1]").arg(i),
                         CeremonyCommands::tr("no terminal to ask for the passphrase of '%1' and none remembered: "
                                              "give --passphrase \"%1=file\"")
                             .arg(name)});
    }
}

void printProblems(const QString& scriptPath, const QList<ScriptProblem>& problems)
{
    //: %1 is a file, %n the number of problems
    Console::printError(CeremonyCommands::tr("The ceremony script '%1' has %n problem(s); nothing was done:", nullptr,
                                             int(problems.size()))
                            .arg(QDir::toNativeSeparators(scriptPath)));
    for (const ScriptProblem& problem : problems)
        Console::err() << QStringLiteral("  %1: %2").arg(problem.path, problem.message) << Qt::endl;
}

} // namespace

CeremonyCommands::CeremonyCommands()
    : CliCommandGroup(QStringLiteral("ceremony"), tr("Runs an offline key ceremony from one script file."))
{
    addCommand(QStringLiteral("run"),
               tr("Checks a ceremony script completely, then runs its steps and writes the signed record."),
               &runCeremony);
}

bool CeremonyCommands::needsPainting(int argc, char* argv[])
{
    bool ceremony = false;
    bool runCommand = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--dry-run") == 0 || std::strcmp(argv[i], "--help") == 0)
            return false;
        ceremony = ceremony || std::strcmp(argv[i], "ceremony") == 0;
        runCommand = runCommand || (ceremony && std::strcmp(argv[i], "run") == 0);
    }
    return runCommand;
}

int CeremonyCommands::runCeremony(const QString& path, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption script(QStringLiteral("script"), tr("The ceremony script (JSON)."), tr("file"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Checks the script and prints the numbered steps; writes nothing."));
    const QCommandLineOption passphrase(QStringLiteral("passphrase"),
                                        tr("Reads the passphrase of the script's CA <name> from the first line of "
                                           "<file> (repeatable; else asked on the terminal)."),
                                        tr("name=file"));
    parser.addOptions({script, dryRun, passphrase});
    if (const auto stop = parse(parser, path, arguments,
                                tr("Runs the key ceremony of a script file (docs/ceremony.md): checks all of it "
                                   "first and reports every problem with its JSON path, then creates the CAs, "
                                   "verification certificates, device batches, key backup and transfer bundle in "
                                   "order, and writes the record (JSON signed by the ceremony's CA, and PDF).")))
        return *stop;
    const auto scriptPath = requiredValue(parser, script, path);
    if (!scriptPath)
        return ExitUsage;
    const auto bytes = model::InputFile::read(*scriptPath, model::InputKind::CeremonyScript);
    if (!bytes)
        return failure(bytes.error());

    QList<ScriptProblem> problems;
    const QString absoluteScript = QFileInfo(*scriptPath).absoluteFilePath();
    const model::CeremonyScript parsed =
        model::CeremonyScriptParser::parse(*bytes, QFileInfo(absoluteScript).absolutePath(), problems);
    const auto files = passphraseFiles(parser.values(passphrase), parsed, problems);

    // Read-only while checking, and not at all when there is no workspace yet: a script with problems, and a dry
    // run, must leave no trace, not even a new empty workspace.
    const QString workspaceFolder = workspacePath(parser);
    std::unique_ptr<model::Workspace> workspace;
    if (QFileInfo::exists(QDir(workspaceFolder).filePath(model::Workspace::databaseFileName()))) {
        auto opened = CliWorkspace::open(workspaceFolder, model::Workspace::OpenMode::ReadOnly);
        if (!opened)
            return failure(opened.error());
        workspace = std::move(*opened);
    }
    if (workspace) {
        model::CeremonyScriptChecks::check(parsed, *workspace, problems);
    } else {
        for (qsizetype i = 0; i < parsed.existingCas.size(); ++i)
            problems.append({QStringLiteral("$.existingCas[%1]").arg(i),
                             tr("there is no workspace in '%1'").arg(QDir::toNativeSeparators(workspaceFolder))});
    }
    if (!parser.isSet(dryRun))
        checkPassphraseSources(parsed, files, workspace.get(), problems);
    if (!problems.isEmpty()) {
        printProblems(*scriptPath, problems);
        return ExitUsage;
    }

    const QList<model::CeremonyStepRecord> steps = model::CeremonyStepRunner::plannedSteps(parsed);
    if (parser.isSet(dryRun)) {
        //: %1 is the ceremony's title, %2 the script's SHA-256
        Console::out() << tr("Ceremony '%1' (script SHA-256 %2): the script is valid. Steps:")
                              .arg(Console::escaped(parsed.title), parsed.sha256)
                       << Qt::endl;
        for (const model::CeremonyStepRecord& step : steps)
            Console::out() << QStringLiteral("%1. %2").arg(step.number).arg(Console::escaped(step.description))
                           << Qt::endl;
        Console::out() << tr("Dry run: nothing was written.") << Qt::endl;
        return ExitSuccess;
    }

    workspace.reset();
    auto writable = CliWorkspace::open(workspaceFolder, model::Workspace::OpenMode::ReadWrite);
    if (!writable)
        return failure(writable.error());
    CeremonyRunner runner(parsed, absoluteScript, files);
    return runner.run(**writable);
}

} // namespace iotca::app
