#pragma once

#include <QLabel>

class QAbstractItemView;

namespace iotca::ui {

/// A sentence shown in the middle of an item view while its model has no rows ("No certificate authority yet —
/// File → New CA…"), so that an empty list on first start says what to do. It hides itself as soon as a row
/// arrives; the text is set by the owner (and retranslated there).
class EmptyListHint : public QLabel
{
    Q_OBJECT
public:
    explicit EmptyListHint(QAbstractItemView* view);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refresh();
    void watchModel();

    QAbstractItemView* m_view;
};

} // namespace iotca::ui
