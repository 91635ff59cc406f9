#pragma once

#include "crypto/Result.h"
#include "model/workspace/CaRecord.h"
#include "model/workspace/PlatformAccountRecord.h"

#include <QCoreApplication>

#include <optional>

namespace iotca::model {
class Workspace;
}

namespace iotca::app {

/// `ca register` for a CA whose key is held offline: the verification certificate a transfer bundle brought for
/// the account's platform (model::PendingRegistrationRepository) stands in for the one the key would sign.
class PendingVerification
{
    Q_DECLARE_TR_FUNCTIONS(PendingVerification)
public:
    qint64 id = 0;
    QString registrationCode;
    QByteArray verificationPem;

    /// Nothing for a CA with its key in the workspace. For one without, the pending registration for the account's
    /// platform, or an error that says why the CA cannot be registered here (no bundle brought one; `givenCode`
    /// differs from the code it was made for).
    [[nodiscard]] static Result<std::optional<PendingVerification>> find(const model::Workspace& workspace,
                                                                         const model::CaRecord& ca,
                                                                         const model::PlatformAccountRecord& account,
                                                                         const QString& givenCode);
    /// Records that a registration used it (a failure to record is printed as a warning: the platform has the CA).
    static void markUsed(const model::Workspace& workspace, const PendingVerification& pending, qint64 accountId);
};

} // namespace iotca::app
