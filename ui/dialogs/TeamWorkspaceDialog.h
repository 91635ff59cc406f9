#pragma once

#include "ValidatingDialog.h"

class QCheckBox;
class QLineEdit;

namespace iotca::ui {

/// File → Open Team Workspace…: asks for the PostgreSQL URL of a team workspace (postgresql://user@host:port/db),
/// optionally the role's password and whether to remember it in the OS keychain, and checks the URL's form
/// (model::PostgresLocation: no password in it) before it closes. Returns the values; the application opens it.
class TeamWorkspaceDialog : public ValidatingDialog
{
    Q_OBJECT
public:
    explicit TeamWorkspaceDialog(QWidget* parent = nullptr);

    [[nodiscard]] QString url() const;
    /// The password typed, or nothing when the field was left empty (then the keychain's, or libpq's own, is used).
    [[nodiscard]] std::optional<QString> password() const;
    /// Whether the password typed is to be stored in the keychain once the workspace opened with it.
    [[nodiscard]] bool rememberPassword() const;

protected:
    [[nodiscard]] std::optional<FieldError> validate() const override;

private:
    QLineEdit* m_url;
    QLineEdit* m_password;
    QCheckBox* m_remember;
};

} // namespace iotca::ui
