#include "AuditCommands.h"

#include "Console.h"
#include "ExitCode.h"
#include "JsonOutput.h"
#include "WorkspaceCommand.h"

#include "model/audit/AuditLog.h"

#include <QJsonDocument>

namespace iotca::app {

namespace {

QString problemName(model::AuditVerification::Problem problem)
{
    switch (problem) {
    case model::AuditVerification::Problem::None:
        return QStringLiteral("none");
    case model::AuditVerification::Problem::Tampered:
        return QStringLiteral("tampered");
    case model::AuditVerification::Problem::Missing:
        return QStringLiteral("missing");
    case model::AuditVerification::Problem::Truncated:
        return QStringLiteral("truncated");
    }
    return QString();
}

} // namespace

AuditCommands::AuditCommands()
    : CliCommandGroup(QStringLiteral("audit"), tr("Shows and verifies the workspace's audit log."))
{
    addCommand(QStringLiteral("show"), tr("Lists the audit log, oldest entry first."), &show);
    addCommand(QStringLiteral("verify"), tr("Checks that no entry was changed, removed or cut off."), &verify);
}

int AuditCommands::show(const QString& path, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption after(QStringLiteral("after"), tr("Shows only entries after entry <id>."), tr("id"));
    parser.addOption(json);
    parser.addOption(after);
    if (const auto stop = parse(parser, path, arguments, tr("Lists the audit log, oldest entry first.")))
        return *stop;
    qint64 afterId = 0;
    if (parser.isSet(after)) {
        bool ok = false;
        afterId = parser.value(after).toLongLong(&ok);
        if (!ok || afterId < 0)
            return usageError(path, tr("The option --after needs an entry id, not '%1'.").arg(parser.value(after)));
    }

    return WorkspaceCommand::onWorkspace(parser, model::Workspace::OpenMode::ReadOnly, [&](auto& opened) -> int {
        model::Workspace& workspace = opened.workspace();
        const auto entries = workspace.audit().entries(afterId);
        if (!entries)
            return failure(entries.error());

        if (parser.isSet(json)) {
            QJsonArray array;
            for (const model::AuditEntry& entry : *entries)
                array.append(JsonOutput::auditEntry(entry));
            JsonOutput::print(QJsonObject {{QStringLiteral("entries"), array}});
            return ExitSuccess;
        }
        for (const model::AuditEntry& entry : *entries) {
            QString line = QStringLiteral("%1  %2  %3  %4 %5")
                               .arg(entry.id, 5)
                               .arg(entry.time.toUTC().toString(Qt::ISODate), entry.action.leftJustified(24),
                                    entry.objectType, entry.objectId);
            if (!entry.operatorName.isEmpty())
                line += QStringLiteral("  [%1]").arg(entry.operatorName);
            if (!entry.details.isEmpty())
                line += QStringLiteral("  ")
                    + QString::fromUtf8(QJsonDocument(entry.details).toJson(QJsonDocument::Compact));
            Console::out() << Console::escaped(line) << Qt::endl;
        }
        return ExitSuccess;
    });
}

int AuditCommands::verify(const QString& path, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json = jsonOption();
    parser.addOption(json);
    if (const auto stop = parse(parser, path, arguments,
                                tr("Checks the audit log's hash chain. Exit code 0 when it is intact, 1 when an entry "
                                   "was changed, removed or cut off.")))
        return *stop;

    return WorkspaceCommand::onWorkspace(parser, model::Workspace::OpenMode::ReadOnly, [&](auto& opened) -> int {
        model::Workspace& workspace = opened.workspace();
        const auto verification = workspace.audit().verify();
        if (!verification)
            return failure(verification.error());

        if (parser.isSet(json)) {
            JsonOutput::print(QJsonObject {
                {QStringLiteral("intact"), verification->intact()},
                {QStringLiteral("entriesChecked"), verification->entriesChecked},
                {QStringLiteral("problem"), problemName(verification->problem)},
                {QStringLiteral("firstBadEntryId"), verification->firstBadEntryId},
                {QStringLiteral("description"), verification->description},
            });
        } else if (verification->intact()) {
            //: %n is the number of entries
            Console::out() << tr("The audit log is intact (%n entries checked).", nullptr,
                                 int(verification->entriesChecked))
                           << Qt::endl;
        } else {
            Console::printError(tr("The audit log is damaged: %1").arg(verification->description));
        }
        return verification->intact() ? ExitSuccess : ExitFailure;
    });
}

} // namespace iotca::app
