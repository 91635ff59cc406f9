// The steps that hand the ceremony's results on: the key backup for custody and the transfer bundle for the online
// machine (issue 19, "Key custody" and "Transfer bundle").
#include "CeremonyRunner.h"

namespace iotca::app {

Result<QString> CeremonyRunner::backUpKey(model::Workspace&, QJsonObject&)
{
    return Error {tr("The key backup is not available in this build.")};
}

Result<QString> CeremonyRunner::writeBundle(model::Workspace&, QJsonObject&)
{
    return Error {tr("The transfer bundle is not available in this build.")};
}

} // namespace iotca::app
