#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace iotca::model {
class CaListModel;
}

namespace iotca::ui {

/// The left pane: every CA of the workspace (name, subject, serial, key, valid until, status per platform account),
/// sortable by any column, with a filter box that matches any column.
class CaListPane : public QWidget
{
    Q_OBJECT
public:
    explicit CaListPane(QWidget* parent = nullptr);

    /// Shows `model` (not owned; may be null for no workspace).
    void setModel(model::CaListModel* model);

    /// The selected CA's id, 0 when none is selected.
    [[nodiscard]] qint64 currentCaId() const;
    /// Selects the CA's row (clears the filter when it hides the row); false when the CA is not listed.
    bool selectCa(qint64 caId);
    /// The selected CA's name, empty when none is selected.
    [[nodiscard]] QString currentCaName() const;

    [[nodiscard]] QTableView* view() const { return m_view; }
    [[nodiscard]] QLineEdit* filterEdit() const { return m_filter; }
    [[nodiscard]] QSortFilterProxyModel* proxy() const { return m_proxy; }

Q_SIGNALS:
    /// The selection moved to another CA (0: none).
    void currentCaChanged(qint64 caId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void onCurrentChanged();

    QLabel* m_title;
    QLineEdit* m_filter;
    QTableView* m_view;
    QSortFilterProxyModel* m_proxy;
    model::CaListModel* m_model = nullptr;
    qint64 m_currentCaId = 0;
};

} // namespace iotca::ui
