#pragma once

#include "model/ceremony/CeremonyScript.h"

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace iotca::ui {

class CeremonyWizard;
class Prompter;

/// Key Ceremony wizard: the script exactly as it will be saved and run (read-only, fixed-width), with every problem
/// the validator finds (CeremonyScriptParser and CeremonyScriptChecks, as `iotca ceremony run` checks it), each with
/// its JSON path. Next (Start Ceremony) stays disabled while there is any. "Save Script…" writes the file for review
/// or for `iotca ceremony run --script`; starting saves it too (into the output folder unless saved elsewhere), so
/// that the record's SHA-256 is that of a file one can read.
class CeremonyReviewPage : public QWizardPage
{
    Q_OBJECT
public:
    CeremonyReviewPage(CeremonyWizard& wizard, Prompter& prompter);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    /// Saves the script (when it was not saved, or changed since) before the run page starts.
    [[nodiscard]] bool validatePage() override;

    [[nodiscard]] QString scriptText() const;
    [[nodiscard]] QString problemsText() const;
    /// Where the script that runs was saved.
    [[nodiscard]] QString savedPath() const { return m_savedPath; }

private:
    void saveAs();
    [[nodiscard]] bool saveTo(const QString& path, bool replace);

    CeremonyWizard& m_wizard;
    Prompter& m_prompter;
    QPlainTextEdit* m_script;
    QLabel* m_problemsTitle;
    QPlainTextEdit* m_problems;
    QPushButton* m_save;
    QByteArray m_bytes;
    QList<model::ScriptProblem> m_found;
    QString m_savedPath;
    QByteArray m_savedBytes;
};

} // namespace iotca::ui
