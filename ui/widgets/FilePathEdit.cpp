#include "FilePathEdit.h"

#include "ui/Prompter.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMimeData>
#include <QToolButton>

namespace iotca::ui {

FilePathEdit::FilePathEdit(Prompter& prompter, Mode mode, QWidget* parent)
    : QWidget(parent)
    , m_prompter(prompter)
    , m_mode(mode)
    , m_edit(new QLineEdit(this))
    , m_button(new QToolButton(this))
{
    setAcceptDrops(true);
    m_edit->setClearButtonEnabled(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_button);
    setFocusProxy(m_edit);
    connect(m_button, &QToolButton::clicked, this, &FilePathEdit::browse);
    connect(m_edit, &QLineEdit::textChanged, this, &FilePathEdit::pathChanged);
    retranslateUi();
}

QString FilePathEdit::path() const
{
    return m_edit->text().trimmed();
}

void FilePathEdit::setPath(const QString& path)
{
    m_edit->setText(path);
}

void FilePathEdit::setChooser(const QString& title, const QString& filter)
{
    m_title = title;
    m_filter = filter;
}

void FilePathEdit::setNames(const QString& objectName, const QString& accessibleName)
{
    m_edit->setObjectName(objectName);
    m_edit->setAccessibleName(accessibleName);
    m_button->setObjectName(objectName + QStringLiteral("Button"));
    m_button->setAccessibleName(tr("Choose: %1").arg(accessibleName));
}

void FilePathEdit::browse()
{
    QString chosen;
    switch (m_mode) {
    case Mode::OpenFile:
        chosen = m_prompter.openFile(this, m_title, m_filter);
        break;
    case Mode::SaveFile:
        chosen = m_prompter.saveFile(this, m_title, path(), m_filter);
        break;
    case Mode::Folder:
        chosen = m_prompter.existingFolder(this, m_title);
        break;
    }
    if (!chosen.isEmpty())
        setPath(chosen);
}

void FilePathEdit::dragEnterEvent(QDragEnterEvent* event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void FilePathEdit::dropEvent(QDropEvent* event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return;
    const QFileInfo info(urls.first().toLocalFile());
    if ((m_mode == Mode::Folder) != info.isDir())
        return;
    setPath(info.absoluteFilePath());
    event->acceptProposedAction();
}

void FilePathEdit::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FilePathEdit::retranslateUi()
{
    m_button->setText(tr("Browse…"));
    m_button->setToolTip(m_mode == Mode::Folder ? tr("Choose a folder") : tr("Choose a file"));
}

} // namespace iotca::ui
