#include "DeviceLifeStateProxy.h"

#include "DeviceCertificateModel.h"

#include "model/workspace/RevocationRepository.h"
#include "model/workspace/Workspace.h"

#include <QLocale>

namespace iotca::model {

DeviceLifeStateProxy::DeviceLifeStateProxy(Workspace* workspace, QObject* parent)
    : QIdentityProxyModel(parent)
    , m_workspace(workspace)
{
    if (m_workspace) {
        connect(m_workspace, &Workspace::deviceCertificatesChanged, this, [this](qint64 caId) {
            if (caId != m_revokedCaId)
                return;
            reloadRevoked();
            if (rowCount() > 0)
                Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        });
    }
}

void DeviceLifeStateProxy::setSourceModel(QAbstractItemModel* source)
{
    if (sourceModel())
        disconnect(sourceModel(), &QAbstractItemModel::modelReset, this, &DeviceLifeStateProxy::reloadRevoked);
    // Connected before QIdentityProxyModel's own handler, so the views hear of a reset (a new CA shown) only once
    // the revoked serials of that CA are read.
    if (source)
        connect(source, &QAbstractItemModel::modelReset, this, &DeviceLifeStateProxy::reloadRevoked);
    QIdentityProxyModel::setSourceModel(source);
    reloadRevoked();
}

void DeviceLifeStateProxy::reloadRevoked()
{
    m_revoked.clear();
    m_revokedCaId = -1;
    auto* devices = qobject_cast<DeviceCertificateModel*>(sourceModel());
    if (!devices || !m_workspace)
        return;
    m_revokedCaId = devices->filter().caId;
    if (m_revokedCaId <= 0)
        return;
    RevocationRepository revocations(*m_workspace);
    if (auto revoked = revocations.revokedSerials(m_revokedCaId))
        m_revoked = *revoked;
}

CertificateLifeState DeviceLifeStateProxy::lifeState(const QModelIndex& index) const
{
    const QModelIndex source = mapToSource(index);
    const bool revoked = m_revoked.contains(source.data(DeviceCertificateModel::SerialRole).toString());
    return CertificateLifeStates::of(source.data(DeviceCertificateModel::NotAfterRole).toDateTime(), revoked,
                                     m_warningDays);
}

QVariant DeviceLifeStateProxy::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (role == LifeStateRole)
        return QVariant::fromValue(lifeState(index));
    if (index.column() == DeviceCertificateModel::NotAfter && (role == Qt::DisplayRole || role == Qt::ToolTipRole)) {
        const CertificateLifeState state = lifeState(index);
        if (state != CertificateLifeState::Valid || role == Qt::ToolTipRole) {
            const QDateTime notAfter = mapToSource(index).data(DeviceCertificateModel::NotAfterRole).toDateTime();
            //: A date, then a validity state such as "Expired"
            return tr("%1 · %2").arg(QLocale().toString(notAfter.toLocalTime(), QLocale::ShortFormat),
                                     CertificateLifeStates::displayText(state, notAfter));
        }
    }
    return QIdentityProxyModel::data(index, role);
}

void DeviceLifeStateProxy::setWarningDays(int days)
{
    m_warningDays = days;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

} // namespace iotca::model
