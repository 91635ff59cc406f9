#pragma once

#include <QWidget>

class QLabel;

namespace iotca::ui {

/// The centre pane: every field of the selected CA's certificate, its registrations and device counts.
class CaDetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit CaDetailsPane(QWidget* parent = nullptr);

private:
    QLabel* m_placeholder;
};

} // namespace iotca::ui
