#pragma once

#include "ui/widgets/LifeStateDelegate.h"

namespace iotca::ui {

/// Paints the rows of DeviceCertificateModel that differ from the platform (DiffersFromPlatformRole) in the
/// palette's warning colour: a second mark on top of the Platform column's "Differs: ..." text, never the only one.
/// Rows that do not differ keep their validity colours (LifeStateDelegate, DeviceLifeStateProxy::LifeStateRole).
class PlatformDifferenceDelegate : public LifeStateDelegate
{
    Q_OBJECT
public:
    explicit PlatformDifferenceDelegate(QObject* parent = nullptr);

    /// The text colour of a differing row.
    [[nodiscard]] static QColor differingTextColour();

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace iotca::ui
