#include "CaDetailsPane.h"

#include <QLabel>
#include <QVBoxLayout>

namespace iotca::ui {

CaDetailsPane::CaDetailsPane(QWidget* parent)
    : QWidget(parent)
    , m_placeholder(new QLabel(this))
{
    setObjectName(QStringLiteral("caDetailsPane"));
    setAccessibleName(tr("Certificate authority details"));

    auto* title = new QLabel(tr("CA details"), this);
    title->setObjectName(QStringLiteral("caDetailsTitle"));

    m_placeholder->setObjectName(QStringLiteral("caDetailsPlaceholder"));
    m_placeholder->setText(tr("Select a certificate authority to see its certificate, registrations and devices."));
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_placeholder, 1);
}

} // namespace iotca::ui
