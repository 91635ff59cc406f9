#include "BlockingPlatformConnection.h"

#include "CliCommand.h"
#include "Console.h"
#include "InterruptWatcher.h"

#include "model/platform/PlatformConnector.h"
#include "model/registration/PlatformAccountService.h"
#include "model/secrets/KeychainSecretStore.h"

namespace iotca::app {

BlockingPlatformConnection::BlockingPlatformConnection(std::unique_ptr<model::PlatformAccountConnection> connection)
    : m_connection(std::move(connection))
{ }

BlockingPlatformConnection::~BlockingPlatformConnection() = default;

Result<model::PlatformAccountRecord> BlockingPlatformConnection::findAccount(model::Workspace& workspace,
                                                                             const QString& name)
{
    model::KeychainSecretStore secrets;
    return model::PlatformAccountService(workspace, secrets).findByName(name);
}

Result<std::unique_ptr<BlockingPlatformConnection>>
BlockingPlatformConnection::open(model::Workspace& workspace, const model::PlatformAccountRecord& account)
{
    model::KeychainSecretStore secrets;
    auto connection = model::PlatformAccountConnection::open(workspace, secrets, account.id);
    if (!connection)
        return connection.error();
    return std::unique_ptr<BlockingPlatformConnection>(new BlockingPlatformConnection(std::move(connection.value())));
}

void BlockingPlatformConnection::wait(QEventLoop& loop)
{
    InterruptWatcher interrupts;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &loop, [this] {
        //: Printed when the user presses Ctrl-C while the CLI waits for a platform
        Console::err() << tr("Cancelling the request; nothing is recorded for it.") << Qt::endl;
        service().cancel();
    });
    const bool showSteps = Console::stderrIsTerminal();
    bool lineOpen = false;
    if (showSteps) {
        QObject::connect(&service(), &model::CaRegistrationService::progress, &loop,
                         [&lineOpen](int done, int total, const QString& step) {
                             QString line = step;
                             if (total > 1)
                                 //: Progress on the terminal: %1 a step, %2 of %3 items
                                 line = tr("%1 (%2 of %3)").arg(step).arg(done).arg(total);
                             Console::drawProgressLine(line);
                             lineOpen = true;
                         });
    }
    loop.exec();
    if (lineOpen)
        Console::drawProgressLine(QString());
}

Status BlockingPlatformConnection::runJob(model::Job& job)
{
    QEventLoop loop;
    QObject::connect(&job, &model::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    if (!job.isFinished())
        wait(loop);
    return job.status();
}

int BlockingPlatformConnection::failure(const Error& error, const QString& hint)
{
    const int exitCode = CliCommand::failure(error);
    if (!hint.isEmpty())
        //: A line after an error message; %1 says what to do, e.g. "pass --remote-name NAME …"
        Console::err() << QStringLiteral("iotca: ") << Console::escaped(tr("hint: %1").arg(hint)) << Qt::endl;
    if (!error.code.isEmpty())
        //: Last line of a failed platform operation; %1 is the platform's or our error code
        Console::err() << QStringLiteral("iotca: ") << Console::escaped(tr("error code: %1").arg(error.code))
                       << Qt::endl;
    return exitCode;
}

} // namespace iotca::app
