#pragma once

#include "model/csv/DeviceCertificateLookup.h"

namespace iotca::model {
class Workspace;
}

namespace iotca::app {

/// DeviceCertificateLookup over a workspace's device certificates, for `iotca csv validate --ca NAME`.
/// (model/ has no implementation yet; this adapter only forwards to CaRepository and DeviceCertificateRepository.)
class WorkspaceDeviceLookup final : public model::DeviceCertificateLookup
{
public:
    explicit WorkspaceDeviceLookup(const model::Workspace& workspace);

    [[nodiscard]] Result<std::optional<model::KnownDeviceCertificate>>
    findDeviceCertificate(const QString& caName, const QString& serialHex) const override;

private:
    const model::Workspace& m_workspace;
    mutable QString m_cachedCaName;
    mutable qint64 m_cachedCaId = 0;
};

} // namespace iotca::app
