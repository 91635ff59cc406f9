#include "TeamWorkspaceDialog.h"

#include "model/workspace/PostgresLocation.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace iotca::ui {

TeamWorkspaceDialog::TeamWorkspaceDialog(QWidget* parent)
    : ValidatingDialog(parent)
    , m_url(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember in keychain"), this))
{
    setObjectName(QStringLiteral("teamWorkspaceDialog"));
    setWindowTitle(tr("Open Team Workspace"));
    okButton()->setText(tr("&Open"));
    auto* intro = new QLabel(tr("A team workspace lives in a PostgreSQL database that several operators share. Leave "
                                "the password empty to use the one remembered in your keychain (or PGPASSWORD, "
                                "~/.pgpass). A server that is not on this computer must present a certificate your "
                                "system trusts."),
                             this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);
    m_url->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/database"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setObjectName(QStringLiteral("teamWorkspaceRemember"));
    m_remember->setToolTip(tr("Store the password in the system keychain (never in the workspace or the settings), "
                              "so the next open needs no password."));
    auto* form = new QFormLayout;
    addField(form, tr("&Server URL:"), m_url, QStringLiteral("teamWorkspaceUrl"));
    addField(form, tr("&Password:"), m_password, QStringLiteral("teamWorkspacePassword"));
    form->addRow(QString(), m_remember);
    auto* content = new QVBoxLayout;
    content->addWidget(intro);
    content->addLayout(form);
    setContent(content);
    // Typing starts in the URL: without this QDialog gives the focus to its default button (Open), and what the user
    // types first goes nowhere (found by hand under Xvfb).
    m_url->setFocus();
}

QString TeamWorkspaceDialog::url() const
{
    return m_url->text().trimmed();
}

std::optional<QString> TeamWorkspaceDialog::password() const
{
    if (m_password->text().isEmpty())
        return std::nullopt;
    return m_password->text();
}

bool TeamWorkspaceDialog::rememberPassword() const
{
    return m_remember->isChecked() && password().has_value();
}

std::optional<ValidatingDialog::FieldError> TeamWorkspaceDialog::validate() const
{
    if (url().isEmpty())
        return FieldError {m_url, tr("Enter the URL of the team workspace.")};
    if (const auto parsed = model::PostgresLocation::parse(url()); !parsed)
        return FieldError {m_url, parsed.error().message};
    if (m_remember->isChecked() && !password())
        return FieldError {m_password, tr("Enter the password to remember, or clear \"Remember in keychain\".")};
    return std::nullopt;
}

} // namespace iotca::ui
