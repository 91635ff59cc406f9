#include "CeremonyRunner.h"

#include "CliCommand.h"
#include "CliWorkspace.h"
#include "Console.h"
#include "ConsoleProgress.h"
#include "ExitCode.h"
#include "PassphraseSource.h"

#include "model/ca/CaKeyAccess.h"
#include "model/ceremony/CeremonyStepRunner.h"
#include "model/workspace/CaRecord.h"
#include "model/workspace/Workspace.h"
#include "print/CeremonyRecordPdfWriter.h"
#include "print/SharePdfWriter.h"

#include <QDir>

namespace iotca::app {

CeremonyRunner::CeremonyRunner(model::CeremonyScript script, QString scriptPath,
                               std::map<QString, QString> passphraseFiles)
    : m_script(std::move(script))
    , m_scriptPath(std::move(scriptPath))
    , m_passphraseFiles(std::move(passphraseFiles))
{ }

int CeremonyRunner::run(model::Workspace& workspace)
{
    model::CeremonyStepRunner runner(workspace, m_script, m_scriptPath, *this,
                                     {&print::SharePdfWriter::render, &print::CeremonyRecordPdfWriter::render});
    if (Status started = runner.start(); !started)
        return CliCommand::failure(started.error());
    //: %1 is the ceremony's title, %2 the officer
    Console::out()
        << tr("Ceremony '%1', officer %2.").arg(Console::escaped(m_script.title), Console::escaped(m_script.officer))
        << Qt::endl;

    const int total = runner.stepCount();
    // The last step is the record itself: written whatever happened before it.
    while (!runner.stopped() && runner.nextStepIndex() + 1 < total) {
        const model::CeremonyStepRecord& step = runner.record().steps().at(runner.nextStepIndex());
        Console::out()
            << QStringLiteral("[%1/%2] %3").arg(step.number).arg(total).arg(Console::escaped(step.description))
            << Qt::endl;
        const int number = step.number;
        auto result = runner.runNextStep();
        if (!result) {
            //: %1 is a step number, %2 the reason
            Console::printError(tr("Step %1 failed: %2").arg(number).arg(result.error().message));
            break;
        }
        Console::out() << QStringLiteral("      ") << Console::escaped(*result) << Qt::endl;
    }

    const model::CeremonyStepRecord& recordStep = runner.record().steps().last();
    Console::out() << QStringLiteral("[%1/%2] %3").arg(total).arg(total).arg(Console::escaped(recordStep.description))
                   << Qt::endl;
    auto written = runner.writeRecord();
    if (!written) {
        Console::printError(written.error());
        //: %1 is a folder
        Console::printError(
            tr("The ceremony record could not be written to '%1'.").arg(QDir::toNativeSeparators(m_script.recordOut)));
        return ExitFailure;
    }
    Console::out() << QStringLiteral("      ") << Console::escaped(written->join(QStringLiteral(", "))) << Qt::endl;
    if (const int stoppedAt = runner.record().stoppedAtStep(); stoppedAt > 0) {
        //: %1 is a step number, %2 a folder
        Console::printError(tr("The ceremony stopped at step %1; the record in '%2' says so.")
                                .arg(stoppedAt)
                                .arg(QDir::toNativeSeparators(m_script.recordOut)));
        return ExitFailure;
    }
    Console::out() << tr("The ceremony is complete.") << Qt::endl;
    return ExitSuccess;
}

Result<crypto::SecureBuffer> CeremonyRunner::newCaPassphrase(const QString& caName)
{
    const auto file = m_passphraseFiles.find(caName);
    //: Prompt on the terminal; %1 is a CA name
    return PassphraseSource::obtain(file != m_passphraseFiles.end() ? file->second : QString(),
                                    tr("New passphrase for the CA '%1':").arg(caName), true);
}

Result<crypto::PrivateKey> CeremonyRunner::unlockCaKey(model::Workspace& workspace, const model::CaRecord& ca)
{
    if (const auto file = m_passphraseFiles.find(ca.name); file != m_passphraseFiles.end()) {
        auto passphrase = PassphraseSource::readFile(file->second);
        if (!passphrase)
            return passphrase.error();
        return model::CaKeyAccess::unlock(workspace, ca.id, *passphrase);
    }
    return CliWorkspace::unlockCaKey(workspace, ca, QString());
}

Status CeremonyRunner::runJob(model::Job& job, const QString& title)
{
    ConsoleProgress progress(title);
    return progress.run(job);
}

} // namespace iotca::app
