#include "PendingVerification.h"

#include "Console.h"

#include "crypto/Certificate.h"
#include "model/ModelErrorCode.h"
#include "model/platform/PlatformId.h"
#include "model/workspace/PendingRegistrationRepository.h"

namespace iotca::app {

Result<std::optional<PendingVerification>> PendingVerification::find(const model::Workspace& workspace,
                                                                     const model::CaRecord& ca,
                                                                     const model::PlatformAccountRecord& account,
                                                                     const QString& givenCode)
{
    if (ca.hasStoredKey())
        return std::optional<PendingVerification>();
    // Both sides hold the canonical platform id (platformIdName()); an older account row may hold an alias.
    const auto platform = model::parsePlatformId(account.platformId);
    const QString platformId = platform ? model::platformIdName(*platform) : account.platformId;
    auto pending = model::PendingRegistrationRepository(workspace).nextPending(ca.id, platformId);
    if (!pending)
        return pending.error();
    if (!pending->has_value())
        //: %1 is a CA name, %2 where its key is kept, %3 a platform id
        return Error {tr("The private key of the CA '%1' is not in this workspace (%2), and no transfer bundle brought "
                         "a verification certificate for %3 that is not used yet. Make one on the machine that holds "
                         "the key (`iotca bundle export --registration-code CODE --platform %3`) and import it.")
                          .arg(ca.name, ca.keyReference, platformId),
                      {},
                      model::ErrorCode::CaKey};
    const model::PendingRegistrationRecord& record = **pending;
    if (!givenCode.isEmpty() && givenCode != record.registrationCode)
        //: %1 is a CA name, %2 a registration code
        return Error {tr("The verification certificate of the CA '%1' from its transfer bundle was made for the "
                         "registration code '%2'; --code names another.")
                          .arg(ca.name, record.registrationCode),
                      {},
                      model::ErrorCode::RegistrationCode};
    auto certificate = crypto::Certificate::fromDer(record.verificationDer);
    if (!certificate)
        return certificate.error();
    PendingVerification found;
    found.id = record.id;
    found.registrationCode = record.registrationCode;
    found.verificationPem = certificate->toPem();
    return std::optional<PendingVerification>(std::move(found));
}

void PendingVerification::markUsed(const model::Workspace& workspace, const PendingVerification& pending,
                                   qint64 accountId)
{
    if (Status marked = model::PendingRegistrationRepository(workspace).markUploaded(pending.id, accountId); !marked)
        Console::printWarning(marked.error().message);
}

} // namespace iotca::app
