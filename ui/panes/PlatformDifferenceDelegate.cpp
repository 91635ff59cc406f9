#include "PlatformDifferenceDelegate.h"

#include "model/models/DeviceCertificateModel.h"
#include "model/models/DeviceLifeStateProxy.h"

#include <QPalette>

namespace iotca::ui {

PlatformDifferenceDelegate::PlatformDifferenceDelegate(QObject* parent)
    : LifeStateDelegate(model::DeviceLifeStateProxy::LifeStateRole, parent)
{ }

QColor PlatformDifferenceDelegate::differingTextColour()
{
    // Dark red: readable on the light and the alternating row backgrounds (contrast above 4.5:1 on white).
    return QColor(0xb0, 0x1e, 0x1e);
}

void PlatformDifferenceDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    LifeStateDelegate::initStyleOption(option, index);
    if (!index.data(model::DeviceCertificateModel::DiffersFromPlatformRole).toBool())
        return;
    option->palette.setColor(QPalette::Text, differingTextColour());
    option->font.setBold(true);
}

} // namespace iotca::ui
