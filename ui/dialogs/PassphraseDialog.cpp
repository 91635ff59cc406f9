#include "PassphraseDialog.h"

#include "ui/widgets/ShowPassphraseCheck.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace iotca::ui {

PassphraseDialog::PassphraseDialog(const QString& caName, bool offerRemember, QWidget* parent)
    : ValidatingDialog(parent)
    , m_prompt(new QLabel(this))
    , m_passphrase(new QLineEdit(this))
    , m_remember(new QCheckBox(this))
    , m_rememberForSession(new QCheckBox(this))
{
    setObjectName(QStringLiteral("passphraseDialog"));
    setWindowTitle(tr("CA Passphrase"));
    m_prompt->setObjectName(QStringLiteral("passphrasePromptLabel"));
    //: %1 is a CA name
    m_prompt->setText(tr("Enter the passphrase of the private key of '%1'.").arg(caName));
    m_prompt->setWordWrap(true);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_remember->setObjectName(QStringLiteral("rememberPassphraseCheck"));
    m_remember->setText(tr("Remember the passphrase in the system &keychain"));
    m_remember->setAccessibleName(tr("Remember the passphrase in the system keychain"));
    m_remember->setVisible(offerRemember);

    auto* content = new QVBoxLayout;
    content->addWidget(m_prompt);
    auto* form = new QFormLayout;
    addField(form, tr("&Passphrase:"), m_passphrase, QStringLiteral("passphraseEdit"));
    content->addLayout(form);
    content->addWidget(new ShowPassphraseCheck({m_passphrase}, this));
    content->addWidget(m_remember);
    m_rememberForSession->setObjectName(QStringLiteral("rememberForSessionCheck"));
    m_rememberForSession->setText(tr("Re&member until IoT CA Desk quits"));
    m_rememberForSession->setAccessibleName(tr("Remember the passphrase until IoT CA Desk quits"));
    m_rememberForSession->setToolTip(tr("Kept in this program's memory only, so that the next operation with this "
                                        "CA does not ask again"));
    m_rememberForSession->setVisible(false);
    content->addWidget(m_rememberForSession);
    setContent(content);
    m_passphrase->setFocus();
}

void PassphraseDialog::setRetryMessage(const QString& message)
{
    showProblem(message);
}

crypto::SecureBuffer PassphraseDialog::passphrase() const
{
    return crypto::SecureBuffer::fromString(m_passphrase->text());
}

void PassphraseDialog::setOfferSessionMemory(bool offer)
{
    m_rememberForSession->setVisible(offer);
}

bool PassphraseDialog::rememberForSession() const
{
    return !m_rememberForSession->isHidden() && m_rememberForSession->isChecked();
}

bool PassphraseDialog::rememberPassphrase() const
{
    return m_remember->isVisible() && m_remember->isChecked();
}

void PassphraseDialog::done(int result)
{
    // A rejected dialog keeps no passphrase in its field; an accepted one keeps it until the caller took it.
    if (result != Accepted)
        m_passphrase->clear();
    ValidatingDialog::done(result);
}

std::optional<ValidatingDialog::FieldError> PassphraseDialog::validate() const
{
    if (m_passphrase->text().isEmpty())
        return FieldError {m_passphrase, tr("Enter the passphrase.")};
    return std::nullopt;
}

} // namespace iotca::ui
