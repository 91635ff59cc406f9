#include "CaListPane.h"

#include "model/models/CaListModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace iotca::ui {

using model::CaListModel;

CaListPane::CaListPane(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
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
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_title);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CaListPane::onCurrentChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CaListPane::onCurrentChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &CaListPane::onCurrentChanged);
    retranslateUi();
}

void CaListPane::setModel(CaListModel* model)
{
    m_model = model;
    m_proxy->setSourceModel(model);
    if (model) {
        m_view->resizeColumnsToContents();
        m_view->horizontalHeader()->setStretchLastSection(true);
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
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), {}))
        return {};
    return current.siblingAtColumn(0).data(CaListModel::NameRole).toString();
}

bool CaListPane::selectCa(qint64 caId)
{
    if (!m_model)
        return false;
    const QModelIndex source = m_model->indexOfCa(caId);
    if (!source.isValid())
        return false;
    QModelIndex proxied = m_proxy->mapFromSource(source);
    if (!proxied.isValid()) {
        m_filter->clear();
        proxied = m_proxy->mapFromSource(source);
    }
    m_view->selectionModel()->setCurrentIndex(proxied, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(proxied);
    return true;
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
