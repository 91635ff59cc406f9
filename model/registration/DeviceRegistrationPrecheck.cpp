#include "DeviceRegistrationPrecheck.h"

#include "model/ModelErrorCode.h"
#include "model/platform/PlatformCapabilities.h"
#include "model/platform/PlatformId.h"
#include "model/platform/PreflightChecker.h"
#include "model/workspace/CaRegistrationRecord.h"
#include "model/workspace/CaRegistrationRepository.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/Workspace.h"

namespace iotca::model {

Status DeviceRegistrationPrecheck::check(const Workspace& workspace, qint64 caId, const PlatformAccountRecord& account)
{
    const auto platform = parsePlatformId(account.platformId);
    if (!platform) {
        //: %1 is a platform id stored with an account
        return Error {tr("The account '%1' names an unknown platform.").arg(account.name),
                      {},
                      QString(ErrorCode::InvalidAccount)};
    }
    const PreflightChecker rules(PlatformCapabilities::forPlatform(*platform));
    if (Status supported = rules.checkOperation(PlatformCapabilities::Operation::RegisterDevice); !supported)
        return supported;
    const auto registration = workspace.registrations().get(caId, account.id);
    if (!registration)
        return registration.error();
    if (!registration->has_value() || (*registration)->status == RegistrationStatus::Deleted) {
        const auto ca = workspace.cas().get(caId);
        //: %1 is a CA name, %2 a platform account
        return Error {tr("The CA '%1' is not registered with the platform account '%2'; register it first.")
                          .arg(ca ? ca->name : QString::number(caId), account.name),
                      {},
                      QString(ErrorCode::NotRegistered)};
    }
    return {};
}

} // namespace iotca::model
