#include "WorkspaceDeviceLookup.h"

#include "CliWorkspace.h"

#include "model/workspace/DeviceCertificateRepository.h"

namespace iotca::app {

WorkspaceDeviceLookup::WorkspaceDeviceLookup(const model::Workspace& workspace)
    : m_workspace(workspace)
{ }

Result<std::optional<model::KnownDeviceCertificate>>
WorkspaceDeviceLookup::findDeviceCertificate(const QString& caName, const QString& serialHex) const
{
    if (m_cachedCaName != caName || m_cachedCaId == 0) {
        auto ca = CliWorkspace::findCa(m_workspace, caName);
        if (!ca)
            return ca.error();
        m_cachedCaName = caName;
        m_cachedCaId = ca->id;
    }
    auto found = m_workspace.devices().find(m_cachedCaId, serialHex);
    if (!found)
        return found.error();
    if (!*found)
        return std::optional<model::KnownDeviceCertificate>();
    const model::DeviceCertificateRecord& record = **found;
    return std::optional<model::KnownDeviceCertificate>(
        model::KnownDeviceCertificate {record.serialHex, record.productKey, record.deviceName});
}

} // namespace iotca::app
