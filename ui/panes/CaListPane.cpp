#include "CaListPane.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace iotca::ui {

CaListPane::CaListPane(QWidget* parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("caListPane"));
    setAccessibleName(tr("Certificate authorities"));

    auto* title = new QLabel(tr("Certificate authorities"), this);
    title->setObjectName(QStringLiteral("caListTitle"));

    m_filter->setObjectName(QStringLiteral("caFilterEdit"));
    m_filter->setAccessibleName(tr("Filter certificate authorities"));
    m_filter->setPlaceholderText(tr("Filter by name, subject or serial"));
    m_filter->setClearButtonEnabled(true);
    title->setBuddy(m_filter);

    m_view->setObjectName(QStringLiteral("caListView"));
    m_view->setAccessibleName(tr("Certificate authority list"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
}

} // namespace iotca::ui
