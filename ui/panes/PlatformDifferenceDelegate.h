#pragma once

#include <QStyledItemDelegate>

namespace iotca::ui {

/// Paints the rows of DeviceCertificateModel that differ from the platform (DiffersFromPlatformRole) in the
/// palette's warning colour: a second mark on top of the Platform column's "Differs: ..." text, never the only one.
class PlatformDifferenceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    /// The text colour of a differing row.
    [[nodiscard]] static QColor differingTextColour();

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace iotca::ui
