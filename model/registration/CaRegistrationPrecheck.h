#pragma once

#include "crypto/Result.h"
#include "model/csv/AssociationRow.h"
#include "model/workspace/CaRecord.h"
#include "model/workspace/PlatformAccountRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace iotca::model {

class Workspace;

/// The key-free checks before a CA is registered with a platform account, through the API or as an upload bundle:
/// one implementation for the Register CA wizard and for `iotca ca register` (with or without --out). Errors have
/// the codes of model/ModelErrorCode.h ("Preflight.<Rule>"), checked in the order a person fixes them:
/// - the platform registers CAs (its API, or its console through a bundle);
/// - the CA's key is in the workspace (the verification certificate is signed with it);
/// - where the platform has an API: the CA is not already registered with this account in the workspace;
/// - the certificate is a CA, valid now, with a key the platform accepts (Alibaba Cloud IoT Platform: RSA only);
/// - the name on the platform follows the platform's rule, the serial number its length;
/// - `registrationCode`, when given, looks like a registration code (empty: not known yet).
/// The checks that need the key or the platform's answer are CaRegistrationPreflight's.
class CaRegistrationPrecheck
{
    Q_DECLARE_TR_FUNCTIONS(CaRegistrationPrecheck)
public:
    /// `verificationRecorded`: a verification certificate made offline is there (a pending registration from a
    /// transfer bundle), so the CA key need not be in the workspace.
    [[nodiscard]] static Status check(const Workspace& workspace, const CaRecord& ca,
                                      const PlatformAccountRecord& account, const QString& remoteName,
                                      const QString& registrationCode = {}, bool verificationRecorded = false);

    /// The CA's name on the platform: `remoteName`, or the CA's own name when that is empty.
    [[nodiscard]] static QString nameOnPlatform(const CaRecord& ca, const QString& remoteName);

    /// Alibaba Cloud IoT Platform associates device certificates with devices by CSV in its console: the CA's device
    /// certificates still "Issued" (not yet associated) that name a product, for the upload bundle. Empty for the
    /// other platforms, which take device certificates another way.
    [[nodiscard]] static Result<QList<AssociationRow>> bundleAssociations(const Workspace& workspace, qint64 caId,
                                                                          const PlatformAccountRecord& account);
};

} // namespace iotca::model
