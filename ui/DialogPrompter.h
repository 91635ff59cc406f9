#pragma once

#include "Prompter.h"

#include <QCoreApplication>

namespace iotca::ui {

/// The Prompter of the running application: QFileDialog, QMessageBox and QDialog::exec().
class DialogPrompter final : public Prompter
{
    Q_DECLARE_TR_FUNCTIONS(DialogPrompter)

public:
    [[nodiscard]] QString openFile(QWidget* parent, const QString& title, const QString& filter) override;
    [[nodiscard]] QString saveFile(QWidget* parent, const QString& title, const QString& suggested,
                                   const QString& filter) override;
    [[nodiscard]] QString existingFolder(QWidget* parent, const QString& title) override;
    [[nodiscard]] Answer ask(QWidget* parent, const QString& title, const QString& question) override;
    void showError(QWidget* parent, const Error& error) override;
    [[nodiscard]] int exec(QDialog& dialog) override;
};

} // namespace iotca::ui
