#include "CaListPane.h"

#include "ui/widgets/LifeStateDelegate.h"

#include "model/models/CaListModel.h"
#include "model/models/CaTreeModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace iotca::ui {

using model::CaListModel;
using model::CaTreeModel;

CaListPane::CaListPane(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("caListPane"));
    m_title->setObjectName(QStringLiteral("caListTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_filter->setObjectName(QStringLiteral("caFilterEdit"));
    m_filter->setClearButtonEnabled(true);
    m_title->setBuddy(m_filter);

    m_proxy->setObjectName(QStringLiteral("caListProxy"));
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(Qt::DisplayRole);
    m_proxy->setRecursiveFilteringEnabled(true);

    m_view->setObjectName(QStringLiteral("caListView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setTabKeyNavigation(false); // Tab leaves the list; the arrow keys move inside it
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setExpandsOnDoubleClick(false);
    m_view->setItemDelegate(new LifeStateDelegate(CaTreeModel::LifeStateRole, m_view));
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_title);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CaListPane::onCurrentChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CaListPane::onCurrentChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &CaListPane::onCurrentChanged);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &CaListPane::onCurrentChanged);
    // A new child shows at once under its issuer.
    connect(m_proxy, &QAbstractItemModel::layoutChanged, m_view, &QTreeView::expandAll);
    connect(m_proxy, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex& index) {
        if (const qint64 id = index.siblingAtColumn(0).data(CaListModel::IdRole).toLongLong(); id > 0)
            Q_EMIT caActivated(id);
    });
    retranslateUi();
}

void CaListPane::setModel(CaListModel* model)
{
    m_model = model;
    CaTreeModel* previous = m_tree;
    m_tree = model ? new CaTreeModel(model, this) : nullptr;
    if (m_tree)
        m_tree->setWarningDays(expiringDays());
    m_proxy->setSourceModel(m_tree);
    delete previous;
    if (m_tree) {
        m_view->expandAll();
        for (int column = 0; column < m_tree->columnCount(); ++column)
            m_view->resizeColumnToContents(column);
        m_view->header()->setStretchLastSection(true);
    }
    onCurrentChanged();
}

qint64 CaListPane::currentCaId() const
{
    return m_currentCaId;
}

QString CaListPane::currentCaName() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), current.parent()))
        return {};
    return current.siblingAtColumn(0).data(CaListModel::NameRole).toString();
}

bool CaListPane::selectCa(qint64 caId)
{
    if (!m_tree)
        return false;
    const QModelIndex source = m_tree->indexOfCa(caId);
    if (!source.isValid())
        return false;
    QModelIndex proxied = m_proxy->mapFromSource(source);
    if (!proxied.isValid()) {
        m_filter->clear();
        proxied = m_proxy->mapFromSource(source);
    }
    for (QModelIndex up = proxied.parent(); up.isValid(); up = up.parent())
        m_view->expand(up);
    m_view->selectionModel()->setCurrentIndex(proxied, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(proxied);
    return true;
}

int CaListPane::expiringDays()
{
    bool ok = false;
    const int days = QSettings()
                         .value(QStringLiteral("lists/expiringDays"), model::CertificateLifeStates::defaultWarningDays)
                         .toInt(&ok);
    return ok && days >= 0 && days <= 36500 ? days : model::CertificateLifeStates::defaultWarningDays;
}

void CaListPane::onCurrentChanged()
{
    const QModelIndex current = m_view->currentIndex();
    qint64 id = 0;
    if (current.isValid() && m_model)
        id = current.siblingAtColumn(0).data(CaListModel::IdRole).toLongLong();
    if (id == m_currentCaId)
        return;
    m_currentCaId = id;
    Q_EMIT currentCaChanged(id);
}

void CaListPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CaListPane::retranslateUi()
{
    setAccessibleName(tr("Certificate authorities"));
    // Alt+C belongs to the CA menu.
    m_title->setText(tr("Certificate &authorities"));
    m_filter->setAccessibleName(tr("Filter certificate authorities"));
    m_filter->setPlaceholderText(tr("Filter by name, subject or serial"));
    m_view->setAccessibleName(tr("Certificate authority list"));
}

} // namespace iotca::ui
