#include "UiScriptedPrompter.h"

#include <QAbstractButton>
#include <QDialog>
#include <QLineEdit>
#include <QTest>

#include "ui/dialogs/ValidatingDialog.h"

namespace iotca::test {

QString UiScriptedPrompter::openFile(QWidget*, const QString&, const QString&)
{
    return files.isEmpty() ? QString() : files.dequeue();
}

QString UiScriptedPrompter::saveFile(QWidget*, const QString&, const QString&, const QString&)
{
    return saveFiles.isEmpty() ? QString() : saveFiles.dequeue();
}

QString UiScriptedPrompter::existingFolder(QWidget*, const QString&)
{
    return folders.isEmpty() ? QString() : folders.dequeue();
}

ui::Prompter::Answer UiScriptedPrompter::ask(QWidget*, const QString&, const QString&)
{
    return answers.isEmpty() ? Answer::No : answers.dequeue();
}

void UiScriptedPrompter::showError(QWidget*, const Error& error)
{
    errors << error;
}

int UiScriptedPrompter::exec(QDialog& dialog)
{
    dialogsRun << dialog.objectName();
    if (dialogs.isEmpty()) {
        stuckDialogs << dialog.objectName() + QStringLiteral(": no handler scripted");
        return QDialog::Rejected;
    }
    const DialogHandler handler = dialogs.dequeue();
    dialog.setResult(QDialog::Rejected);
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog))
        stuckDialogs << dialog.objectName() + QStringLiteral(": never shown");
    handler(dialog);
    if (dialog.isVisible()) {
        QString why = dialog.objectName();
        if (auto* validating = qobject_cast<ui::ValidatingDialog*>(&dialog))
            why += QStringLiteral(": ") + validating->validationMessage();
        stuckDialogs << why;
        dialog.reject();
    }
    return dialog.result();
}

void typeInto(QWidget* parent, const QString& objectName, const QString& text)
{
    auto* edit = parent->findChild<QLineEdit*>(objectName);
    if (!edit)
        qFatal("no line edit called %s", qPrintable(objectName));
    edit->setFocus();
    edit->selectAll();
    edit->del();
    QTest::keyClicks(edit, text);
}

void clickButton(QWidget* parent, const QString& objectName)
{
    auto* button = parent->findChild<QAbstractButton*>(objectName);
    if (!button)
        qFatal("no button called %s", qPrintable(objectName));
    QTest::mouseClick(button, Qt::LeftButton);
}

} // namespace iotca::test
