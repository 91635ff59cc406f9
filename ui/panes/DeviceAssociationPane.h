#pragma once

#include <QWidget>

class QLineEdit;
class QTableView;

namespace iotca::ui {

/// The right pane: the selected CA's device certificates and their association with devices.
class DeviceAssociationPane : public QWidget
{
    Q_OBJECT
public:
    explicit DeviceAssociationPane(QWidget* parent = nullptr);

    [[nodiscard]] QTableView* view() const { return m_view; }

private:
    QLineEdit* m_filter;
    QTableView* m_view;
};

} // namespace iotca::ui
