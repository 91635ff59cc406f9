#include "CeremonyRunPage.h"

#include "NewCaPassphraseDialog.h"
#include "ui/Prompter.h"
#include "ui/actions/CaKeyUnlock.h"

#include "model/ModelErrorCode.h"
#include "model/ceremony/CeremonyScriptChecks.h"
#include "model/input/InputFile.h"
#include "model/jobs/Job.h"
#include "model/workspace/CaRecord.h"
#include "print/CeremonyRecordPdfWriter.h"
#include "print/SharePdfWriter.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace iotca::ui {

namespace {

QString stateText(model::CeremonyStepRecord::State state)
{
    switch (state) {
    case model::CeremonyStepRecord::State::Done:
        return CeremonyRunPage::tr("done");
    case model::CeremonyStepRecord::State::Failed:
        return CeremonyRunPage::tr("FAILED");
    case model::CeremonyStepRecord::State::NotRun:
        break;
    }
    return CeremonyRunPage::tr("to do");
}

} // namespace

CeremonyRunPage::CeremonyRunPage(model::Workspace& workspace, model::SecretStore& secrets, Prompter& prompter,
                                 QWidget* parent)
    : QWizardPage(parent)
    , m_workspace(workspace)
    , m_secrets(secrets)
    , m_prompter(prompter)
    , m_intro(new QLabel(this))
    , m_steps(new QListWidget(this))
    , m_next(new QLabel(this))
    , m_run(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_stopJob(new QPushButton(tr("St&op the Batch"), this))
    , m_log(new QPlainTextEdit(this))
    , m_outputsTitle(new QLabel(tr("Written:"), this))
    , m_outputs(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("ceremonyRunPage"));
    setTitle(tr("Run the Ceremony"));
    setSubTitle(tr("Each step runs when you start it. Read it aloud, then run it; a failed step stops the ceremony, "
                   "and the record says so."));
    m_intro->setObjectName(QStringLiteral("runIntroLabel"));
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setWordWrap(true);
    m_steps->setObjectName(QStringLiteral("stepsList"));
    m_steps->setAccessibleName(tr("Steps of the ceremony"));
    m_steps->setWordWrap(true);
    m_steps->setTextElideMode(Qt::ElideNone);
    m_next->setObjectName(QStringLiteral("nextStepLabel"));
    m_next->setTextFormat(Qt::PlainText);
    m_next->setWordWrap(true);
    m_next->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_run->setObjectName(QStringLiteral("runStepButton"));
    m_run->setDefault(true);
    m_progress->setObjectName(QStringLiteral("jobProgressBar"));
    m_progress->setAccessibleName(tr("Progress of the batch"));
    m_progress->hide();
    m_stopJob->setObjectName(QStringLiteral("stopJobButton"));
    m_stopJob->hide();
    m_log->setObjectName(QStringLiteral("runLogEdit"));
    m_log->setAccessibleName(tr("What the steps did"));
    m_log->setReadOnly(true);
    m_log->setTabChangesFocus(true);
    m_outputsTitle->setObjectName(QStringLiteral("outputsLabel"));
    m_outputs->setObjectName(QStringLiteral("outputsEdit"));
    m_outputs->setAccessibleName(tr("Files and folders the ceremony wrote"));
    m_outputs->setReadOnly(true);
    m_outputs->setTabChangesFocus(true);
    m_outputsTitle->hide();
    m_outputs->hide();

    auto* runRow = new QHBoxLayout;
    runRow->addWidget(m_run);
    runRow->addWidget(m_progress, 1);
    runRow->addWidget(m_stopJob);
    runRow->addStretch(0);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_next);
    layout->addLayout(runRow);
    layout->addWidget(m_log, 1);
    layout->addWidget(m_outputsTitle);
    layout->addWidget(m_outputs, 1);
    connect(m_run, &QPushButton::clicked, this, &CeremonyRunPage::runNext);
    connect(m_stopJob, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
        m_stopJob->setEnabled(false);
    });
}

CeremonyRunPage::~CeremonyRunPage() = default;

bool CeremonyRunPage::start(const QString& scriptPath)
{
    const auto bytes = model::InputFile::read(scriptPath, model::InputKind::CeremonyScript);
    if (!bytes) {
        m_prompter.showError(this, bytes.error());
        return false;
    }
    QList<model::ScriptProblem> problems;
    const model::CeremonyScript script =
        model::CeremonyScriptParser::parse(*bytes, QFileInfo(scriptPath).absolutePath(), problems);
    model::CeremonyScriptChecks::check(script, m_workspace, problems);
    if (!problems.isEmpty()) {
        //: %1 is a JSON path such as $.custody.threshold, %2 the problem
        m_prompter.showError(
            this,
            Error {tr("The saved script has a problem: %1: %2").arg(problems.first().path, problems.first().message)});
        return false;
    }
    auto runner = std::make_unique<model::CeremonyStepRunner>(
        m_workspace, script, scriptPath, *this,
        model::CeremonyPrinters {&print::SharePdfWriter::render, &print::CeremonyRecordPdfWriter::render});
    if (Status started = runner->start(); !started) {
        m_prompter.showError(this, started.error());
        return false;
    }
    m_runner = std::move(runner);
    m_recordWritten = false;
    //: %1 is the ceremony's title, %2 the officer, %3 the script file, %4 its SHA-256
    m_intro->setText(tr("Ceremony '%1', officer %2. Script %3, SHA-256 %4.")
                         .arg(script.title, script.officer, QDir::toNativeSeparators(scriptPath), script.sha256));
    m_log->clear();
    showSteps();
    return true;
}

bool CeremonyRunPage::isComplete() const
{
    return m_recordWritten && !m_busy;
}

bool CeremonyRunPage::isUnfinished() const
{
    return m_runner && !m_recordWritten;
}

QString CeremonyRunPage::logText() const
{
    return m_log->toPlainText();
}

QString CeremonyRunPage::outputsText() const
{
    return m_outputs->toPlainText();
}

void CeremonyRunPage::appendLog(const QString& text)
{
    m_log->appendPlainText(text);
}

void CeremonyRunPage::showSteps()
{
    m_steps->clear();
    if (!m_runner)
        return;
    const QList<model::CeremonyStepRecord>& steps = m_runner->record().steps();
    for (const model::CeremonyStepRecord& step : steps)
        //: A step in the list: %1 its number, %2 its state ("done", "to do", "FAILED"), %3 what it does
        m_steps->addItem(tr("%1. [%2] %3").arg(step.number).arg(stateText(step.state), step.description));
    const int total = m_runner->stepCount();
    const int index = m_runner->nextStepIndex();
    m_steps->setCurrentRow(index);
    if (m_recordWritten) {
        m_next->setText(
            m_runner->record().completed()
                ? tr("The ceremony is complete.")
                //: %1 is a step number
                : tr("The ceremony stopped at step %1; the record says so.").arg(m_runner->record().stoppedAtStep()));
        m_run->setEnabled(false);
        m_run->hide();
        return;
    }
    const model::CeremonyStepRecord& next = steps.at(index);
    //: %1 is a step number, %2 what the step does
    m_next->setText(tr("Next, step %1: %2").arg(next.number).arg(next.description));
    m_run->setText(index + 1 < total
                       //: %1 is a step number, %2 the number of steps
                       ? tr("&Run Step %1 of %2").arg(next.number).arg(total)
                       : tr("&Write the Record (Step %1 of %2)").arg(next.number).arg(total));
    m_run->setEnabled(!m_busy);
}

void CeremonyRunPage::runNext()
{
    if (!m_runner || m_busy || m_recordWritten)
        return;
    if (m_runner->nextStepIndex() + 1 >= m_runner->stepCount()) {
        writeRecord();
        return;
    }
    m_busy = true;
    m_run->setEnabled(false);
    Q_EMIT completeChanged();
    const model::CeremonyStepRecord& step = m_runner->record().steps().at(m_runner->nextStepIndex());
    const int number = step.number;
    appendLog(QStringLiteral("[%1/%2] %3").arg(number).arg(m_runner->stepCount()).arg(step.description));
    auto result = m_runner->runNextStep();
    m_busy = false;
    if (result) {
        appendLog(QStringLiteral("      ") + *result);
    } else {
        //: %1 is a step number, %2 the reason
        const QString message = tr("Step %1 failed: %2").arg(number).arg(result.error().message);
        appendLog(message);
        m_prompter.showError(this, Error {message, result.error().detail, result.error().code});
    }
    showSteps();
    Q_EMIT completeChanged();
}

void CeremonyRunPage::writeRecord()
{
    m_busy = true;
    m_run->setEnabled(false);
    const int total = m_runner->stepCount();
    appendLog(QStringLiteral("[%1/%2] %3").arg(total).arg(total).arg(m_runner->record().steps().last().description));
    auto written = m_runner->writeRecord();
    m_busy = false;
    if (!written) {
        appendLog(written.error().message);
        m_prompter.showError(this, written.error());
        m_run->setEnabled(true);
        Q_EMIT completeChanged();
        return;
    }
    m_recordWritten = true;
    appendLog(QStringLiteral("      ") + written->join(QStringLiteral(", ")));
    QStringList outputs;
    for (const QString& path : std::as_const(*written))
        outputs.append(QDir::toNativeSeparators(path));
    const model::CeremonyScript& script = m_runner->script();
    for (const model::CeremonyStepRecord& step : m_runner->record().steps()) {
        if (step.state != model::CeremonyStepRecord::State::Done)
            continue;
        if (step.kind == QLatin1String("transfer-bundle") && script.bundle)
            //: %1 is a folder
            outputs.append(tr("Transfer bundle: %1").arg(QDir::toNativeSeparators(script.bundle->out)));
        if (step.kind == QLatin1String("key-backup") && script.custody) {
            outputs.append(tr("Key backup: %1").arg(QDir::toNativeSeparators(script.custody->out)));
            outputs.append(tr("Share sheets: %1").arg(QDir::toNativeSeparators(script.custody->sharesOut)));
        }
    }
    m_outputs->setPlainText(outputs.join(QLatin1Char('\n')));
    m_outputsTitle->show();
    m_outputs->show();
    showSteps();
    Q_EMIT completeChanged();
}

void CeremonyRunPage::stopAndWriteRecord()
{
    if (isUnfinished() && !m_busy)
        writeRecord();
}

Result<crypto::SecureBuffer> CeremonyRunPage::newCaPassphrase(const QString& caName)
{
    NewCaPassphraseDialog dialog(caName, this);
    if (m_prompter.exec(dialog) != QDialog::Accepted)
        //: %1 is a CA name
        return Error {
            tr("Cancelled: no passphrase was given for the new CA '%1'.").arg(caName), {}, model::ErrorCode::Cancelled};
    return dialog.passphrase();
}

Result<crypto::PrivateKey> CeremonyRunPage::unlockCaKey(model::Workspace& workspace, const model::CaRecord& ca)
{
    // CaKeyUnlock asks without blocking (keychain, then PassphraseDialog); this step waits for it in a local loop.
    CaKeyUnlock unlock(workspace, m_secrets, m_prompter, ca.id);
    unlock.setDialogParent(this);
    std::optional<Result<crypto::PrivateKey>> key;
    QEventLoop loop;
    unlock.start([&](Result<crypto::PrivateKey> result) {
        key = std::move(result);
        loop.quit();
    });
    if (!key)
        loop.exec();
    return std::move(*key);
}

Status CeremonyRunPage::runJob(model::Job& job, const QString& title)
{
    m_job = &job;
    m_progress->setFormat(title + QStringLiteral(": %v / %m"));
    m_progress->setRange(0, 0);
    m_progress->show();
    m_stopJob->setEnabled(true);
    m_stopJob->show();
    connect(&job, &model::Job::progress, m_progress, [this](qint64 done, qint64 total) {
        // A batch holds at most CeremonyScriptParser::maxDevicesPerBatch items: both fit an int.
        m_progress->setRange(0, int(std::clamp<qint64>(total, 0, std::numeric_limits<int>::max())));
        m_progress->setValue(int(std::clamp<qint64>(done, 0, std::numeric_limits<int>::max())));
    });
    QEventLoop loop;
    connect(&job, &model::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    if (!job.isFinished())
        loop.exec();
    m_progress->hide();
    m_stopJob->hide();
    m_job = nullptr;
    return job.status();
}

} // namespace iotca::ui
