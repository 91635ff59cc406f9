#pragma once

#include <QWidget>

class QLineEdit;
class QTableView;

namespace iotca::ui {

/// The left pane: every CA of the workspace, sortable, with a filter box.
class CaListPane : public QWidget
{
    Q_OBJECT
public:
    explicit CaListPane(QWidget* parent = nullptr);

    [[nodiscard]] QTableView* view() const { return m_view; }
    [[nodiscard]] QLineEdit* filterEdit() const { return m_filter; }

private:
    QLineEdit* m_filter;
    QTableView* m_view;
};

} // namespace iotca::ui
