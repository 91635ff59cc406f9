#include "NewCaPassphraseDialog.h"

#include "ui/widgets/PassphraseStrengthHint.h"
#include "ui/widgets/ShowPassphraseCheck.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace iotca::ui {

NewCaPassphraseDialog::NewCaPassphraseDialog(const QString& caName, QWidget* parent)
    : ValidatingDialog(parent)
    , m_prompt(new QLabel(this))
    , m_passphrase(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_strength(new PassphraseStrengthHint(this))
{
    setObjectName(QStringLiteral("newCaPassphraseDialog"));
    setWindowTitle(tr("New CA Passphrase"));
    m_prompt->setObjectName(QStringLiteral("newPassphrasePromptLabel"));
    m_prompt->setTextFormat(Qt::PlainText);
    m_prompt->setWordWrap(true);
    //: %1 is a CA name
    m_prompt->setText(tr("Choose the passphrase that protects the private key of the new CA '%1'. It is not in the "
                         "ceremony script and is not shown again.")
                          .arg(caName));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_strength->setObjectName(QStringLiteral("passphraseStrength"));

    auto* content = new QVBoxLayout;
    content->addWidget(m_prompt);
    auto* form = new QFormLayout;
    addField(form, tr("&Passphrase:"), m_passphrase, QStringLiteral("passphraseEdit"));
    addField(form, tr("&Repeat:"), m_repeat, QStringLiteral("passphraseRepeatEdit"));
    form->addRow(QString(), m_strength);
    content->addLayout(form);
    content->addWidget(new ShowPassphraseCheck({m_passphrase, m_repeat}, this));
    setContent(content);
    connect(m_passphrase, &QLineEdit::textChanged, m_strength, &PassphraseStrengthHint::setPassphrase);
    m_passphrase->setFocus();
}

crypto::SecureBuffer NewCaPassphraseDialog::passphrase() const
{
    return crypto::SecureBuffer::fromString(m_passphrase->text());
}

std::optional<ValidatingDialog::FieldError> NewCaPassphraseDialog::validate() const
{
    if (m_passphrase->text().size() < PassphraseStrengthHint::minimumLength)
        return FieldError {m_passphrase, PassphraseStrengthHint::ruleText()};
    if (m_repeat->text() != m_passphrase->text())
        return FieldError {m_repeat, tr("The two passphrases differ.")};
    return std::nullopt;
}

void NewCaPassphraseDialog::done(int result)
{
    // A rejected dialog keeps no passphrase in its fields; an accepted one keeps it until the caller took it.
    if (result != Accepted) {
        m_passphrase->clear();
        m_repeat->clear();
    }
    ValidatingDialog::done(result);
}

} // namespace iotca::ui
