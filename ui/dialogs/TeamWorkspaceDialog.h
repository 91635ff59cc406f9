#pragma once

#include "ValidatingDialog.h"

class QLineEdit;

namespace iotca::ui {

/// File → Open Team Workspace…: asks for the PostgreSQL URL of a team workspace (postgresql://user@host:port/db) and
/// checks its form (model::PostgresLocation) before it closes. Returns the URL; the application opens it.
class TeamWorkspaceDialog : public ValidatingDialog
{
    Q_OBJECT
public:
    explicit TeamWorkspaceDialog(QWidget* parent = nullptr);

    [[nodiscard]] QString url() const;

protected:
    [[nodiscard]] std::optional<FieldError> validate() const override;

private:
    QLineEdit* m_url;
};

} // namespace iotca::ui
