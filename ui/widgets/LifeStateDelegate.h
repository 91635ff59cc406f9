#pragma once

#include <QStyledItemDelegate>

namespace iotca::ui {

/// Colours a list row by its certificate's validity (model::CertificateLifeState read from `role`): revoked and
/// expired in the palette's red, expiring in amber. The text of the validity column says the same in words, so the
/// colour is never the only sign.
class LifeStateDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit LifeStateDelegate(int role, QObject* parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    int m_role;
};

} // namespace iotca::ui
