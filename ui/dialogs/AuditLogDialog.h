#pragma once

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace iotca::model {
class AuditLogFilter;
class AuditLogModel;
class Workspace;
} // namespace iotca::model

namespace iotca::ui {

class ErrorBanner;

/// Tools → Audit Log, read as a log a person audits: the hash chain's check at the top (run when the dialog
/// opens, off the GUI thread), local time, action and object in words, a one-line summary per entry with the
/// details (JSON and chain hash) of the selected entry in a pane below, filters for a time range, an action and a
/// CA, and Export… to CSV or JSON of what the filters show. On a team workspace it follows the other operators: their
/// new entries are appended as they commit (OtherSessionsRefresh), the selection, scroll position and filters kept.
class AuditLogDialog : public QDialog
{
    Q_OBJECT
public:
    /// Asks for the file to export to: (parent, title, suggested path, filter) -> path, empty when cancelled.
    using SaveFileChooser = std::function<QString(QWidget*, const QString&, const QString&, const QString&)>;

    explicit AuditLogDialog(model::Workspace& workspace, QWidget* parent = nullptr);

    /// The last verification's sentence, empty before the first.
    [[nodiscard]] QString verificationText() const;
    /// Replaces the file dialog Export… opens (tests answer it without a native dialog).
    void setSaveFileChooser(SaveFileChooser chooser) { m_chooseSaveFile = std::move(chooser); }
    [[nodiscard]] model::AuditLogFilter* filter() const { return m_filter; }
    /// Writes what the filters show to `path` (CSV, or JSON for a .json name); false, with the reason in the
    /// dialog's error banner, when it could not.
    bool exportTo(const QString& path);

Q_SIGNALS:
    void verified(bool intact);

private:
    void verify();
    void fillFilterChoices();
    /// The actions of the entries from `firstRow` on and the workspace's CAs that are not filter choices yet.
    void addFilterChoices(int firstRow);
    /// Another session's entries (a team workspace): appended, and their actions and CAs added to the filters.
    void followOtherSessions();
    void applyFilters();
    void updateCount();
    void showSelectedDetails();
    void exportEntries();
    void fitColumns();

    model::Workspace& m_workspace;
    model::AuditLogModel* m_model;
    model::AuditLogFilter* m_filter;
    QLabel* m_result;
    QCheckBox* m_fromCheck;
    QDateTimeEdit* m_from;
    QCheckBox* m_toCheck;
    QDateTimeEdit* m_to;
    QComboBox* m_action;
    QComboBox* m_ca;
    QLabel* m_count;
    QTableView* m_view;
    QPlainTextEdit* m_details;
    QPushButton* m_verify;
    QPushButton* m_export;
    ErrorBanner* m_error;
    SaveFileChooser m_chooseSaveFile;
    /// A check runs off the GUI thread; entries that arrive meanwhile ask for one more when it ends.
    bool m_verifying = false;
    bool m_verifyAgain = false;
};

} // namespace iotca::ui
