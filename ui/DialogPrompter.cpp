#include "DialogPrompter.h"

#include <QDialog>
#include <QFileDialog>
#include <QMessageBox>

namespace iotca::ui {

QString DialogPrompter::openFile(QWidget* parent, const QString& title, const QString& filter)
{
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QString DialogPrompter::saveFile(QWidget* parent, const QString& title, const QString& suggested, const QString& filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

QString DialogPrompter::existingFolder(QWidget* parent, const QString& title)
{
    return QFileDialog::getExistingDirectory(parent, title);
}

Prompter::Answer DialogPrompter::ask(QWidget* parent, const QString& title, const QString& question)
{
    const auto button =
        QMessageBox::question(parent, title, question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    return button == QMessageBox::Yes ? Answer::Yes : Answer::No;
}

void DialogPrompter::showError(QWidget* parent, const Error& error)
{
    QMessageBox box(QMessageBox::Warning, tr("IoT CA Desk"), error.message, QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("errorMessageBox"));
    if (!error.detail.isEmpty())
        box.setDetailedText(error.detail);
    box.exec();
}

int DialogPrompter::exec(QDialog& dialog)
{
    return dialog.exec();
}

} // namespace iotca::ui
