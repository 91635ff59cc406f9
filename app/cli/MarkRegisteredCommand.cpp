#include "MarkRegisteredCommand.h"

#include "BlockingPlatformConnection.h"
#include "CliCommand.h"
#include "CliWorkspace.h"
#include "Console.h"
#include "ExitCode.h"
#include "JsonOutput.h"

#include "model/platform/PlatformCapabilities.h"
#include "model/platform/PlatformConnector.h"
#include "model/registration/ManualRegistration.h"
#include "model/workspace/Workspace.h"

namespace iotca::app {

namespace {

/// The CA `remoteId` as the platform reports it: GetCa where the platform has it, else its list.
Result<model::RemoteCaCertificate> readBack(BlockingPlatformConnection& session, const QString& remoteId)
{
    const model::PlatformCapabilities caps = session.connector().capabilities();
    if (caps.supports(model::PlatformCapabilities::Operation::GetCa))
        return session.await<model::RemoteCaCertificate>(
            [&](auto done) { session.connector().getCa(remoteId, std::move(done)); });
    auto listed = session.await<QList<model::RemoteCaCertificate>>(
        [&](auto done) { session.connector().listCas(std::move(done)); });
    if (!listed)
        return listed.error();
    // Tencent names CAs (case matters); the others' ids are hexadecimal (SyncOperation does the same).
    const Qt::CaseSensitivity sensitivity =
        caps.platform == model::PlatformId::TencentIotHub ? Qt::CaseSensitive : Qt::CaseInsensitive;
    for (const model::RemoteCaCertificate& ca : std::as_const(*listed)) {
        if (ca.remoteId.compare(remoteId, sensitivity) == 0)
            return ca;
    }
    //: %1 is an account name, %2 the platform's id of a CA
    return Error {MarkRegisteredCommand::tr("The platform account '%1' has no CA '%2'; nothing was recorded.")
                      .arg(session.account().name, remoteId),
                  {},
                  QStringLiteral("NotFound")};
}

} // namespace

int MarkRegisteredCommand::run(const QString& path, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption ca(QStringLiteral("ca"), tr("The CA's name."), tr("name"));
    const QCommandLineOption account(QStringLiteral("platform"), tr("The platform account's name."), tr("account"));
    const QCommandLineOption remoteId(QStringLiteral("platform-ca-id"),
                                      tr("The platform's id of the CA (AWS certificateId, ApsaraMQ Sn, Tencent "
                                         "CertName, Alibaba IoT CA id)."),
                                      tr("id"));
    const QCommandLineOption offline(QStringLiteral("offline"),
                                     tr("Does not ask the platform: records the registration as unconfirmed."));
    const QCommandLineOption json = CliCommand::jsonOption();
    parser.addOptions({ca, account, remoteId, offline, json});
    if (const auto stop = CliCommand::parse(parser, path, arguments,
                                            tr("Records a registration done by hand in a platform's console. The "
                                               "platform is asked first and the registration recorded as it reports "
                                               "it (refused when it reports another certificate or none). With "
                                               "--offline, or for alibaba-iot (no CA API), it is recorded as "
                                               "unconfirmed until `ca sync` finds it on the platform.")))
        return *stop;
    const auto values = CliCommand::requiredValues(parser, path, ca, account, remoteId);
    if (!values)
        return ExitUsage;
    const auto& [caName, accountName, id] = *values;
    auto workspace = CliWorkspace::open(CliCommand::workspacePath(parser), model::Workspace::OpenMode::ReadWrite);
    if (!workspace)
        return CliCommand::failure(workspace.error());
    auto caRecord = CliWorkspace::findCa(**workspace, caName);
    if (!caRecord)
        return CliCommand::failure(caRecord.error());
    auto accountRecord = BlockingPlatformConnection::findAccount(**workspace, accountName);
    if (!accountRecord)
        return CliCommand::failure(accountRecord.error());
    const auto platform = model::parsePlatformId(accountRecord->platformId);
    const bool askable = platform
        && model::PlatformCapabilities::forPlatform(*platform).supports(
            model::PlatformCapabilities::Operation::ListCas);

    if (parser.isSet(offline) || !askable) {
        if (Status recorded = model::ManualRegistration::recordUnconfirmed(**workspace, *caRecord, *accountRecord, id);
            !recorded)
            return CliCommand::failure(recorded.error());
        if (parser.isSet(json)) {
            JsonOutput::print(QJsonObject {{QStringLiteral("ca"), caRecord->name},
                                           {QStringLiteral("account"), accountRecord->name},
                                           {QStringLiteral("remoteId"), id},
                                           {QStringLiteral("confirmed"), false}});
            return ExitSuccess;
        }
        //: %1 is a CA name, %2 an account name, %3 the platform's id of the CA
        Console::out() << tr("Recorded the CA '%1' as registered with the platform account '%2' as '%3', UNCONFIRMED: "
                             "the platform was not asked. `iotca ca sync` confirms it once the platform can be "
                             "reached.")
                              .arg(Console::escaped(caRecord->name), Console::escaped(accountRecord->name),
                                   Console::escaped(id))
                       << Qt::endl;
        return ExitSuccess;
    }

    auto session = BlockingPlatformConnection::open(**workspace, *accountRecord);
    if (!session)
        return BlockingPlatformConnection::failure(
            session.error(), tr("pass --offline to record the registration as unconfirmed instead."));
    auto remote = readBack(**session, id);
    if (!remote)
        return BlockingPlatformConnection::failure(
            remote.error(), tr("pass --offline to record the registration as unconfirmed instead."));
    auto confirmed = model::ManualRegistration::confirm(**workspace, *caRecord, *accountRecord, *remote);
    if (!confirmed)
        return CliCommand::failure(confirmed.error());
    if (parser.isSet(json)) {
        JsonOutput::print(QJsonObject {{QStringLiteral("ca"), caRecord->name},
                                       {QStringLiteral("account"), accountRecord->name},
                                       {QStringLiteral("remoteId"), confirmed->remoteId},
                                       {QStringLiteral("status"), model::registrationStatusName(confirmed->status)},
                                       {QStringLiteral("confirmed"), true}});
        return ExitSuccess;
    }
    //: %1 is a CA name, %2 an account name, %3 the platform's id of the CA, %4 a status such as "Activated"
    Console::out() << tr("The platform confirms it: recorded the CA '%1' as registered with the platform account '%2' "
                         "as '%3' (%4).")
                          .arg(Console::escaped(caRecord->name), Console::escaped(accountRecord->name),
                               Console::escaped(confirmed->remoteId),
                               model::registrationStatusDisplayName(confirmed->status))
                   << Qt::endl;
    return ExitSuccess;
}

} // namespace iotca::app
