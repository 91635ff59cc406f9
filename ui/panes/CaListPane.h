#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace iotca::model {
class CaListModel;
class CaTreeModel;
} // namespace iotca::model

namespace iotca::ui {

/// The left pane: every CA of the workspace as a tree, each CA under its issuer (name, subject, serial, key, valid
/// until, status per platform account, validity: expiring, expired, revoked, issuer not in workspace), sortable by any
/// column, with a filter box that matches any column (a match keeps its issuers shown).
class CaListPane : public QWidget
{
    Q_OBJECT
public:
    explicit CaListPane(QWidget* parent = nullptr);

    /// Shows `model` as a tree (not owned; may be null for no workspace).
    void setModel(model::CaListModel* model);

    /// The selected CA's id, 0 when none is selected.
    [[nodiscard]] qint64 currentCaId() const;
    /// Selects the CA's row (clears the filter when it hides the row); false when the CA is not listed.
    bool selectCa(qint64 caId);
    /// The selected CA's name, empty when none is selected.
    [[nodiscard]] QString currentCaName() const;

    [[nodiscard]] QTreeView* view() const { return m_view; }
    [[nodiscard]] QLineEdit* filterEdit() const { return m_filter; }
    [[nodiscard]] QSortFilterProxyModel* proxy() const { return m_proxy; }
    /// The tree shown (null without a workspace).
    [[nodiscard]] model::CaTreeModel* treeModel() const { return m_tree; }

    /// Days before the end of validity from which a CA shows as expiring (QSettings "lists/expiringDays", 30).
    [[nodiscard]] static int expiringDays();

Q_SIGNALS:
    /// Enter or a double-click on a CA.
    void caActivated(qint64 caId);
    /// The selection moved to another CA (0: none).
    void currentCaChanged(qint64 caId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void onCurrentChanged();

    QLabel* m_title;
    QLineEdit* m_filter;
    QTreeView* m_view;
    QSortFilterProxyModel* m_proxy;
    model::CaListModel* m_model = nullptr;
    model::CaTreeModel* m_tree = nullptr;
    qint64 m_currentCaId = 0;
};

} // namespace iotca::ui
