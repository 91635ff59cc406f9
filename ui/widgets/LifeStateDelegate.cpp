#include "LifeStateDelegate.h"

#include "model/models/CertificateLifeState.h"

#include <QColor>
#include <QPalette>

namespace iotca::ui {

LifeStateDelegate::LifeStateDelegate(int role, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_role(role)
{ }

void LifeStateDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant value = index.data(m_role);
    if (!value.canConvert<model::CertificateLifeState>())
        return;
    QColor colour;
    switch (value.value<model::CertificateLifeState>()) {
    case model::CertificateLifeState::Revoked:
    case model::CertificateLifeState::Expired:
        colour = QColor(0xc0, 0x1c, 0x28); // red, readable on light and dark bases
        break;
    case model::CertificateLifeState::Expiring:
        colour = QColor(0xb3, 0x6b, 0x00); // amber
        break;
    case model::CertificateLifeState::Valid:
        return;
    }
    option->palette.setColor(QPalette::Text, colour);
}

} // namespace iotca::ui
