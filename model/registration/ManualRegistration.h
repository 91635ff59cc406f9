#pragma once

#include "crypto/Result.h"
#include "model/platform/RemoteCertificate.h"
#include "model/workspace/CaRecord.h"
#include "model/workspace/CaRegistrationRecord.h"
#include "model/workspace/PlatformAccountRecord.h"

#include <QCoreApplication>

namespace iotca::model {

class Workspace;

/// A registration done by hand in a platform's console (`ca mark-registered`). Brief rule 1, "the record is the
/// truth": where the platform can be asked, the CA is recorded only as the platform reports it (confirm()); where it
/// cannot (offline, or Alibaba Cloud IoT Platform, which has no CA API), it is kept apart as unconfirmed
/// (recordUnconfirmed()) until `ca sync` finds it on the platform.
class ManualRegistration
{
    Q_DECLARE_TR_FUNCTIONS(ManualRegistration)
public:
    /// Is `remote`, as the platform reports it under `remoteId`, this CA? Matched on the certificate itself: AWS
    /// DescribeCACertificate certificateDescription.certificatePem, ApsaraMQ GetCaCertificate Data.CaContent,
    /// Tencent DescribePrivateCA CertText (../shared/docs/platform-tencent-aws.md "CACertificateDescription" and
    /// DescribePrivateCA; platform-alibaba.md "Data of GetCaCertificate"). Where the platform returns no
    /// certificate, its serial number must be the CA's.
    [[nodiscard]] static Status matches(const CaRecord& ca, const RemoteCaCertificate& remote);
    /// Records the registration as the platform reported it (audited as "ca.registered") and drops any unconfirmed
    /// record of it.
    [[nodiscard]] static Result<CaRegistrationRecord> confirm(Workspace& workspace, const CaRecord& ca,
                                                              const PlatformAccountRecord& account,
                                                              const RemoteCaCertificate& remote);
    /// Records an unconfirmed registration (audited as "ca.marked_registered").
    [[nodiscard]] static Status recordUnconfirmed(Workspace& workspace, const CaRecord& ca,
                                                  const PlatformAccountRecord& account, const QString& remoteId);
};

} // namespace iotca::model
