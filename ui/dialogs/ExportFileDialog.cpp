#include "ExportFileDialog.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace iotca::ui {

ExportFileDialog::ExportFileDialog(const QString& objectName, const QString& title, const QString& intro,
                                   const QString& defaultFileName, QWidget* parent)
    : ValidatingDialog(parent)
    , m_form(new QFormLayout)
    , m_file(new QLineEdit(this))
{
    setObjectName(objectName);
    setWindowTitle(title);
    okButton()->setText(tr("&Save"));
    auto* introLabel = new QLabel(intro, this);
    introLabel->setObjectName(QStringLiteral("introLabel"));
    introLabel->setWordWrap(true);
    m_file->setText(QDir::toNativeSeparators(QDir::home().filePath(defaultFileName)));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    connect(browse, &QPushButton::clicked, this, &ExportFileDialog::browse);
    addField(m_form, tr("&File:"), m_file, QStringLiteral("fileEdit"));
    m_form->addRow(QString(), browse);
    auto* content = new QVBoxLayout;
    content->addWidget(introLabel);
    content->addLayout(m_form);
    setContent(content);
}

void ExportFileDialog::setFormats(const QList<std::pair<QString, QString>>& formats)
{
    if (!m_format) {
        m_format = new QComboBox(this);
        addField(m_form, tr("F&ormat:"), m_format, QStringLiteral("formatCombo"));
        connect(m_format, &QComboBox::currentIndexChanged, this, [this](int index) {
            if (index < 0 || index >= m_extensions.size())
                return;
            QFileInfo info(QDir::fromNativeSeparators(filePath()));
            const QString name = info.completeBaseName() + m_extensions.at(index);
            m_file->setText(QDir::toNativeSeparators(info.dir().filePath(name)));
        });
    }
    m_format->clear();
    for (const auto& [text, id] : formats)
        m_format->addItem(text, id);
}

void ExportFileDialog::setExtensionPerFormat(const QList<QString>& extensions)
{
    m_extensions = extensions;
}

void ExportFileDialog::setDays(const QString& label, int value, int minimum, int maximum)
{
    if (!m_days) {
        m_days = new QSpinBox(this);
        addField(m_form, label, m_days, QStringLiteral("daysSpin"));
    }
    m_days->setRange(minimum, maximum);
    m_days->setValue(value);
}

void ExportFileDialog::askCode(const QString& label, const QString& requiredMessage)
{
    if (m_code)
        return;
    m_code = new QLineEdit(this);
    m_codeRequired = requiredMessage;
    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_code->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    m_form->insertRow(0, label, m_code);
    if (auto* buddy = qobject_cast<QLabel*>(m_form->labelForField(m_code)))
        buddy->setBuddy(m_code);
    m_code->setFocus();
}

QString ExportFileDialog::code() const
{
    return m_code ? m_code->text().trimmed() : QString();
}

void ExportFileDialog::askNewPassphrase()
{
    if (m_passphrase)
        return;
    m_passphrase = new QLineEdit(this);
    m_passphraseRepeat = new QLineEdit(this);
    for (QLineEdit* edit : {m_passphrase, m_passphraseRepeat}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    }
    addField(m_form, tr("New &passphrase:"), m_passphrase, QStringLiteral("newPassphraseEdit"));
    addField(m_form, tr("&Repeat passphrase:"), m_passphraseRepeat, QStringLiteral("newPassphraseRepeatEdit"));
}

crypto::SecureBuffer ExportFileDialog::newPassphrase() const
{
    return m_passphrase ? crypto::SecureBuffer::fromString(m_passphrase->text()) : crypto::SecureBuffer();
}

void ExportFileDialog::done(int result)
{
    // A rejected dialog keeps no passphrase in its fields; an accepted one keeps it until the caller took it.
    if (result != Accepted && m_passphrase) {
        m_passphrase->clear();
        m_passphraseRepeat->clear();
    }
    ValidatingDialog::done(result);
}

QString ExportFileDialog::filePath() const
{
    return m_file->text().trimmed();
}

QString ExportFileDialog::format() const
{
    return m_format ? m_format->currentData().toString() : QString();
}

int ExportFileDialog::days() const
{
    return m_days ? m_days->value() : 0;
}

std::optional<ValidatingDialog::FieldError> ExportFileDialog::validate() const
{
    if (m_code && code().isEmpty())
        return FieldError {m_code, m_codeRequired};
    if (filePath().isEmpty())
        return FieldError {m_file, tr("Enter the file to write.")};
    if (QFileInfo::exists(filePath()) || QFileInfo(filePath()).isSymLink())
        //: %1 is a file
        return FieldError {m_file,
                           tr("'%1' already exists; choose another file.").arg(QDir::toNativeSeparators(filePath()))};
    if (m_passphrase) {
        if (m_passphrase->text().size() < 8)
            return FieldError {m_passphrase, tr("The passphrase needs at least 8 characters.")};
        if (m_passphrase->text() != m_passphraseRepeat->text())
            return FieldError {m_passphraseRepeat, tr("The two passphrases differ.")};
    }
    return std::nullopt;
}

void ExportFileDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, windowTitle(), filePath(), QString(), nullptr,
                                                        QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty())
        m_file->setText(QDir::toNativeSeparators(chosen));
}

} // namespace iotca::ui
