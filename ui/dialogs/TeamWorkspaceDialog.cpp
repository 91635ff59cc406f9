#include "TeamWorkspaceDialog.h"

#include "model/workspace/PostgresLocation.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace iotca::ui {

TeamWorkspaceDialog::TeamWorkspaceDialog(QWidget* parent)
    : ValidatingDialog(parent)
    , m_url(new QLineEdit(this))
{
    setObjectName(QStringLiteral("teamWorkspaceDialog"));
    setWindowTitle(tr("Open Team Workspace"));
    okButton()->setText(tr("&Open"));
    auto* intro = new QLabel(tr("A team workspace lives in a PostgreSQL database that several operators share. The "
                                "password comes from PGPASSWORD or ~/.pgpass; a server that is not on this computer "
                                "must present a certificate your system trusts."),
                             this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);
    m_url->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/database"));
    auto* form = new QFormLayout;
    addField(form, tr("&Server URL:"), m_url, QStringLiteral("teamWorkspaceUrl"));
    auto* content = new QVBoxLayout;
    content->addWidget(intro);
    content->addLayout(form);
    setContent(content);
}

QString TeamWorkspaceDialog::url() const
{
    return m_url->text().trimmed();
}

std::optional<ValidatingDialog::FieldError> TeamWorkspaceDialog::validate() const
{
    if (url().isEmpty())
        return FieldError {m_url, tr("Enter the URL of the team workspace.")};
    if (const auto parsed = model::PostgresLocation::parse(url()); !parsed)
        return FieldError {m_url, parsed.error().message};
    return std::nullopt;
}

} // namespace iotca::ui
