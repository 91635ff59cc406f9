#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace iotca::model {
class AuditLogModel;
class Workspace;
} // namespace iotca::model

namespace iotca::ui {

class ErrorBanner;

/// Tools → Audit Log: every audited change of the workspace, newest last, and "Verify", which checks the hash
/// chain off the GUI thread and says in words whether the log is intact or where it was changed.
class AuditLogDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AuditLogDialog(model::Workspace& workspace, QWidget* parent = nullptr);

    /// The last verification's sentence, empty before the first.
    [[nodiscard]] QString verificationText() const;

Q_SIGNALS:
    void verified(bool intact);

private:
    void verify();

    model::Workspace& m_workspace;
    model::AuditLogModel* m_model;
    QTableView* m_view;
    QPushButton* m_verify;
    QLabel* m_result;
    ErrorBanner* m_error;
};

} // namespace iotca::ui
