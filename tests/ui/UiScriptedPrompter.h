#pragma once

#include "ui/Prompter.h"

#include <QList>
#include <QQueue>
#include <QStringList>

#include <functional>

namespace iotca::test {

/// The Prompter GUI tests inject: answers file and folder choosers and yes/no questions from queues, records every
/// error shown, and runs each dialog by showing it (not exec()) and calling the next scripted handler, which types
/// into its widgets and clicks its buttons. A dialog still open after its handler is rejected and recorded in
/// stuckDialogs (with its validation message), so a test never hangs in a nested event loop.
class UiScriptedPrompter final : public ui::Prompter
{
public:
    using DialogHandler = std::function<void(QDialog&)>;

    QQueue<QString> files;
    QQueue<QString> folders;
    QQueue<QString> saveFiles;
    QQueue<Answer> answers;
    QQueue<DialogHandler> dialogs;

    QList<Error> errors;
    QStringList stuckDialogs;
    QStringList dialogsRun; ///< objectName of every dialog run, in order

    [[nodiscard]] QString openFile(QWidget* parent, const QString& title, const QString& filter) override;
    [[nodiscard]] QString saveFile(QWidget* parent, const QString& title, const QString& suggested,
                                   const QString& filter) override;
    [[nodiscard]] QString existingFolder(QWidget* parent, const QString& title) override;
    [[nodiscard]] Answer ask(QWidget* parent, const QString& title, const QString& question) override;
    void showError(QWidget* parent, const Error& error) override;
    [[nodiscard]] int exec(QDialog& dialog) override;
};

/// Types `text` into the line edit called `objectName` inside `parent` (replacing what was there).
void typeInto(QWidget* parent, const QString& objectName, const QString& text);
/// Clicks the button called `objectName` inside `parent`.
void clickButton(QWidget* parent, const QString& objectName);

} // namespace iotca::test
