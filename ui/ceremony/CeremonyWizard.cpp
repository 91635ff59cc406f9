#include "CeremonyWizard.h"

#include "CeremonyOutputPages.h"
#include "CeremonyReviewPage.h"
#include "CeremonyRunPage.h"
#include "CeremonySetupPages.h"
#include "ui/Prompter.h"

#include "model/ceremony/CeremonyScriptChecks.h"
#include "model/ceremony/CeremonyScriptWriter.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/Workspace.h"

namespace iotca::ui {

namespace {

QStringList casWithKeys(const model::Workspace& workspace)
{
    QStringList names;
    if (auto cas = workspace.cas().list()) {
        for (const model::CaRecord& ca : std::as_const(*cas)) {
            if (ca.hasStoredKey())
                names.append(ca.name);
        }
    }
    return names;
}

} // namespace

CeremonyWizard::CeremonyWizard(model::Workspace& workspace, model::SecretStore& secrets, Prompter& prompter,
                               QWidget* parent)
    : QWizard(parent)
    , m_workspace(workspace)
    , m_prompter(prompter)
    , m_people(new CeremonyPeoplePage(this))
    , m_root(new CeremonyRootPage(casWithKeys(workspace), this))
    , m_intermediate(new CeremonyIntermediatePage(this))
    , m_verification(new CeremonyVerificationPage(this))
    , m_devices(new CeremonyDevicesPage(this))
    , m_backup(new CeremonyBackupPage(prompter, this))
    , m_outputs(new CeremonyOutputsPage(prompter, this))
    , m_review(new CeremonyReviewPage(*this, prompter))
    , m_run(new CeremonyRunPage(workspace, secrets, prompter, this))
{
    setObjectName(QStringLiteral("ceremonyWizard"));
    setWindowTitle(tr("Key Ceremony"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, false);
    setPage(PeoplePageId, m_people);
    setPage(RootPageId, m_root);
    setPage(IntermediatePageId, m_intermediate);
    setPage(VerificationPageId, m_verification);
    setPage(DevicesPageId, m_devices);
    setPage(BackupPageId, m_backup);
    setPage(OutputsPageId, m_outputs);
    setPage(ReviewPageId, m_review);
    setPage(RunPageId, m_run);
    setMinimumSize(720, 560);
}

CeremonyWizard::~CeremonyWizard() = default;

QString CeremonyWizard::outputFolder() const
{
    return m_outputs->folder();
}

model::CeremonyScript CeremonyWizard::script() const
{
    model::CeremonyScript script;
    m_people->apply(script);
    m_root->apply(script);
    const QString start = m_root->caName();
    m_intermediate->apply(script, start);
    const QString signing = m_intermediate->createsIntermediate() ? m_intermediate->caName() : start;
    const QDir out(outputFolder());
    m_verification->apply(script, signing, out);
    m_devices->apply(script, signing, out);
    m_backup->apply(script, start);
    m_outputs->apply(script, signing);
    return script;
}

QByteArray CeremonyWizard::scriptBytes() const
{
    return model::CeremonyScriptWriter::toJson(script());
}

QList<model::ScriptProblem> CeremonyWizard::problems(const QByteArray& bytes) const
{
    QList<model::ScriptProblem> found;
    const model::CeremonyScript parsed = model::CeremonyScriptParser::parse(bytes, outputFolder(), found);
    model::CeremonyScriptChecks::check(parsed, m_workspace, found);
    return found;
}

bool CeremonyWizard::startRun(const QString& scriptPath)
{
    return m_run->start(scriptPath);
}

void CeremonyWizard::reject()
{
    if (m_run->isBusy())
        return;
    if (m_run->isUnfinished()) {
        if (m_prompter.ask(this, tr("Stop the Ceremony"),
                           tr("Stop the ceremony here? The steps not run yet are recorded as not run, and the record "
                              "is written and signed now."))
            != Prompter::Answer::Yes)
            return;
        m_run->stopAndWriteRecord();
    }
    QWizard::reject();
}

} // namespace iotca::ui
