#include "EmptyListHint.h"

#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QEvent>

namespace iotca::ui {

EmptyListHint::EmptyListHint(QAbstractItemView* view)
    : QLabel(view->viewport())
    , m_view(view)
{
    setObjectName(QStringLiteral("emptyListHint"));
    setWordWrap(true);
    setAlignment(Qt::AlignCenter);
    setTextInteractionFlags(Qt::NoTextInteraction);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setForegroundRole(QPalette::PlaceholderText);
    view->viewport()->installEventFilter(this);
    watchModel();
    refresh();
}

void EmptyListHint::watchModel()
{
    QAbstractItemModel* model = m_view->model();
    if (const auto* proxy = qobject_cast<const QAbstractProxyModel*>(model); proxy && proxy->sourceModel())
        model = proxy->sourceModel();
    if (!model)
        return;
    connect(model, &QAbstractItemModel::modelReset, this, &EmptyListHint::refresh, Qt::UniqueConnection);
    connect(model, &QAbstractItemModel::rowsInserted, this, &EmptyListHint::refresh, Qt::UniqueConnection);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &EmptyListHint::refresh, Qt::UniqueConnection);
    // A tree model (the CA tree) rebuilds itself with a layout change.
    connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyListHint::refresh, Qt::UniqueConnection);
}

bool EmptyListHint::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        refresh();
    return QLabel::eventFilter(watched, event);
}

void EmptyListHint::refresh()
{
    watchModel(); // the view may have been given another model since
    // Behind a filter, the list is empty only when its source is: a filter that matches nothing is not a first start.
    const QAbstractItemModel* model = m_view->model();
    if (const auto* proxy = qobject_cast<const QAbstractProxyModel*>(model); proxy && proxy->sourceModel())
        model = proxy->sourceModel();
    const bool empty = !model || model->rowCount() == 0;
    const QRect area = m_view->viewport()->rect().adjusted(12, 12, -12, -12);
    setGeometry(area);
    setVisible(empty);
}

} // namespace iotca::ui
