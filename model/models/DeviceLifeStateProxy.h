#pragma once

#include "CertificateLifeState.h"

#include <QIdentityProxyModel>
#include <QPointer>
#include <QSet>

namespace iotca::model {

class DeviceCertificateModel;
class Workspace;

/// The device list with each certificate's validity: LifeStateRole (revoked by its CA, expired, expiring within
/// warningDays(), valid) on every column, and the "Valid until" column saying it in words after the date when the
/// certificate is not simply valid ("… · Revoked"). Sorting, filtering and paging stay the source model's (SQL).
/// The revoked serials of the CA shown are read once per reset and again when the workspace says its certificates
/// changed.
class DeviceLifeStateProxy : public QIdentityProxyModel
{
    Q_OBJECT
public:
    enum Role { LifeStateRole = Qt::UserRole + 64 };
    Q_ENUM(Role)

    explicit DeviceLifeStateProxy(Workspace* workspace, QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* source) override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    [[nodiscard]] int warningDays() const { return m_warningDays; }
    void setWarningDays(int days);

private:
    void reloadRevoked();
    [[nodiscard]] CertificateLifeState lifeState(const QModelIndex& index) const;

    QPointer<Workspace> m_workspace;
    QSet<QString> m_revoked;
    qint64 m_revokedCaId = -1;
    int m_warningDays = CertificateLifeStates::defaultWarningDays;
};

} // namespace iotca::model
