#pragma once

#include "crypto/Error.h"

#include <QString>

class QDialog;
class QWidget;

namespace iotca::ui {

/// Every modal question the UI asks: file and folder choosers, confirmations, error reports and running a dialog.
///
/// Injected into the main window, panes and actions, never reached through a global (docs/architecture.md R9).
/// DialogPrompter shows the real native dialogs; GUI tests pass a scripted prompter that answers from a queue and fills
/// dialogs through their widgets, so no test ever blocks in a nested event loop it cannot reach.
class Prompter
{
public:
    enum class Answer { Yes, No };

    Prompter() = default;
    Prompter(const Prompter&) = delete;
    Prompter& operator=(const Prompter&) = delete;
    virtual ~Prompter() = default;

    /// An existing file to read, or an empty string when the user cancelled. `filter` as QFileDialog spells it.
    [[nodiscard]] virtual QString openFile(QWidget* parent, const QString& title, const QString& filter) = 0;
    /// A file to write (the chooser asks before replacing one), or an empty string when the user cancelled.
    /// `suggested` is the path offered first.
    [[nodiscard]] virtual QString saveFile(QWidget* parent, const QString& title, const QString& suggested,
                                           const QString& filter) = 0;
    /// An existing folder, or an empty string when the user cancelled.
    [[nodiscard]] virtual QString existingFolder(QWidget* parent, const QString& title) = 0;
    /// Asks a yes/no question; No is the default answer.
    [[nodiscard]] virtual Answer ask(QWidget* parent, const QString& title, const QString& question) = 0;
    /// Reports a failure: error.message in plain words, error.detail behind a "Show Details" button.
    virtual void showError(QWidget* parent, const Error& error) = 0;
    /// Runs `dialog` modally and returns QDialog::Accepted or QDialog::Rejected.
    [[nodiscard]] virtual int exec(QDialog& dialog) = 0;
};

} // namespace iotca::ui
