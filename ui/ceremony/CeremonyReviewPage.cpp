#include "CeremonyReviewPage.h"

#include "CeremonyWizard.h"
#include "ui/Prompter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace iotca::ui {

CeremonyReviewPage::CeremonyReviewPage(CeremonyWizard& wizard, Prompter& prompter)
    : QWizardPage(&wizard)
    , m_wizard(wizard)
    , m_prompter(prompter)
    , m_script(new QPlainTextEdit(this))
    , m_problemsTitle(new QLabel(this))
    , m_problems(new QPlainTextEdit(this))
    , m_save(new QPushButton(tr("&Save Script…"), this))
{
    setObjectName(QStringLiteral("ceremonyReviewPage"));
    setTitle(tr("Review the Script"));
    setSubTitle(tr("This is the ceremony script, as it will be saved and run. Read it with the witnesses; nothing "
                   "has been done yet."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("S&tart Ceremony"));
    // Plain text only: names typed in the wizard are shown as typed, never as markup.
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_script->setObjectName(QStringLiteral("reviewScriptEdit"));
    m_script->setAccessibleName(tr("Ceremony script"));
    m_script->setReadOnly(true);
    m_script->setFont(fixed);
    m_script->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_script->setTabChangesFocus(true);
    m_problemsTitle->setObjectName(QStringLiteral("reviewProblemsLabel"));
    m_problemsTitle->setTextFormat(Qt::PlainText);
    m_problemsTitle->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("reviewProblemsEdit"));
    m_problems->setAccessibleName(tr("Problems of the script"));
    m_problems->setReadOnly(true);
    m_problems->setTabChangesFocus(true);
    m_problems->setMaximumHeight(m_problems->fontMetrics().lineSpacing() * 6);
    m_save->setObjectName(QStringLiteral("saveScriptButton"));

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_script, 1);
    layout->addWidget(m_problemsTitle);
    layout->addWidget(m_problems);
    layout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &CeremonyReviewPage::saveAs);
}

void CeremonyReviewPage::initializePage()
{
    m_bytes = m_wizard.scriptBytes();
    m_found = m_wizard.problems(m_bytes);
    m_script->setPlainText(QString::fromUtf8(m_bytes));
    QStringList lines;
    for (const model::ScriptProblem& problem : std::as_const(m_found))
        lines.append(QStringLiteral("%1: %2").arg(problem.path, problem.message));
    m_problems->setPlainText(lines.join(QLatin1Char('\n')));
    m_problems->setVisible(!m_found.isEmpty());
    m_problemsTitle->setText(
        m_found.isEmpty()
            ? tr("The validator finds no problem. Start the ceremony when everyone has read the script.")
            //: %n is the number of problems
            : tr("The validator finds %n problem(s); go back and correct them:", nullptr, int(m_found.size())));
    Q_EMIT completeChanged();
}

bool CeremonyReviewPage::isComplete() const
{
    return m_found.isEmpty() && !m_bytes.isEmpty();
}

QString CeremonyReviewPage::scriptText() const
{
    return m_script->toPlainText();
}

QString CeremonyReviewPage::problemsText() const
{
    return m_problems->toPlainText();
}

void CeremonyReviewPage::saveAs()
{
    const QString suggested = QDir(m_wizard.outputFolder()).filePath(QStringLiteral("ceremony-script.json"));
    const QString path =
        m_prompter.saveFile(this, tr("Save Ceremony Script"), suggested, tr("Ceremony scripts (*.json)"));
    if (!path.isEmpty())
        (void)saveTo(path, true);
}

bool CeremonyReviewPage::saveTo(const QString& path, bool replace)
{
    if (!replace && QFileInfo::exists(path)) {
        QFile existing(path);
        if (!existing.open(QIODevice::ReadOnly) || existing.readAll() != m_bytes) {
            //: %1 is a file
            m_prompter.showError(this,
                                 Error {tr("'%1' exists and holds another script. Save this one with Save "
                                           "Script… first, or choose another output folder.")
                                            .arg(QDir::toNativeSeparators(path))});
            return false;
        }
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        m_prompter.showError(
            this, Error {tr("The folder of '%1' could not be created.").arg(QDir::toNativeSeparators(path))});
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_bytes) != m_bytes.size() || !file.commit()) {
        //: %1 is a file, %2 the system's reason
        m_prompter.showError(this,
                             Error {tr("The script could not be written to '%1': %2")
                                        .arg(QDir::toNativeSeparators(path), file.errorString())});
        return false;
    }
    m_savedPath = QFileInfo(path).absoluteFilePath();
    m_savedBytes = m_bytes;
    return true;
}

bool CeremonyReviewPage::validatePage()
{
    if (m_savedPath.isEmpty() || m_savedBytes != m_bytes) {
        const QString path = QDir(m_wizard.outputFolder()).filePath(QStringLiteral("ceremony-script.json"));
        if (!saveTo(path, false))
            return false;
    }
    return m_wizard.startRun(m_savedPath);
}

} // namespace iotca::ui
