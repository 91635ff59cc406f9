#include "OfflineCaOutput.h"

#include "Console.h"
#include "JsonOutput.h"

#include "model/workspace/PendingRegistrationRepository.h"
#include "model/workspace/PlatformAccountRepository.h"
#include "model/workspace/Workspace.h"

namespace iotca::app {

void OfflineCaOutput::print(const model::Workspace& workspace, const model::CaRecord& ca)
{
    const model::PendingRegistrationRepository repository(workspace);
    if (auto pending = repository.pendingForCa(ca.id)) {
        for (const model::PendingRegistrationRecord& record : std::as_const(*pending)) {
            if (record.uploadedAt.isValid())
                continue;
            //: %1 a platform id, %2 a registration code; the verification certificate came in a transfer bundle
            Console::out() << tr("Pending registration: %1, code %2 (verification certificate from a transfer "
                                 "bundle; `ca register` uploads it)")
                                  .arg(Console::escaped(record.platformId), Console::escaped(record.registrationCode))
                           << Qt::endl;
        }
    }
    if (auto unconfirmed = repository.unconfirmedForCa(ca.id)) {
        for (const model::UnconfirmedRegistrationRecord& record : std::as_const(*unconfirmed)) {
            const auto account = workspace.accounts().get(record.accountId);
            //: %1 an account name, %2 the platform's id of the CA, %3 a date
            Console::out() << tr("UNCONFIRMED registration: account '%1' as '%2', recorded by hand on %3; the "
                                 "platform has not confirmed it (`ca sync`)")
                                  .arg(Console::escaped(account ? account->name : QString::number(record.accountId)),
                                       Console::escaped(record.remoteId), JsonOutput::time(record.recordedAt))
                           << Qt::endl;
        }
    }
}

} // namespace iotca::app
