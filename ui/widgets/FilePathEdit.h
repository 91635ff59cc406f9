#pragma once

#include <QWidget>

class QLineEdit;
class QToolButton;

namespace iotca::ui {

class Prompter;

/// A path field with a "Browse…" button (through the injected Prompter) that also accepts a dropped file or folder.
class FilePathEdit : public QWidget
{
    Q_OBJECT
public:
    /// SaveFile: a file to create (the chooser's filter from setChooser()).
    enum class Mode { OpenFile, Folder, SaveFile };

    FilePathEdit(Prompter& prompter, Mode mode, QWidget* parent = nullptr);

    [[nodiscard]] QString path() const;
    void setPath(const QString& path);
    /// The chooser's title and, for files, its filter ("PEM files (*.pem *.crt)").
    void setChooser(const QString& title, const QString& filter = {});
    /// objectName of the line edit and accessible name of both parts; the button gets "<name>Button".
    void setNames(const QString& objectName, const QString& accessibleName);

    [[nodiscard]] QLineEdit* lineEdit() const { return m_edit; }

Q_SIGNALS:
    void pathChanged(const QString& path);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void browse();
    void retranslateUi();

    Prompter& m_prompter;
    Mode m_mode;
    QLineEdit* m_edit;
    QToolButton* m_button;
    QString m_title;
    QString m_filter;
};

} // namespace iotca::ui
