#include "DeviceAssociationPane.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace iotca::ui {

DeviceAssociationPane::DeviceAssociationPane(QWidget* parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("deviceAssociationPane"));
    setAccessibleName(tr("Device association"));

    auto* title = new QLabel(tr("Device association"), this);
    title->setObjectName(QStringLiteral("deviceAssociationTitle"));

    m_filter->setObjectName(QStringLiteral("deviceFilterEdit"));
    m_filter->setAccessibleName(tr("Filter device certificates"));
    m_filter->setPlaceholderText(tr("Filter by serial, product or device name"));
    m_filter->setClearButtonEnabled(true);
    title->setBuddy(m_filter);

    m_view->setObjectName(QStringLiteral("deviceView"));
    m_view->setAccessibleName(tr("Device certificates"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
}

} // namespace iotca::ui
