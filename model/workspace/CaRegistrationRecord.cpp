#include "CaRegistrationRecord.h"

#include <QCoreApplication>

namespace iotca::model {

QString registrationStatusName(RegistrationStatus status)
{
    switch (status) {
    case RegistrationStatus::Activated:
        return QStringLiteral("Activated");
    case RegistrationStatus::Inactivated:
        return QStringLiteral("Inactivated");
    case RegistrationStatus::Deleted:
        return QStringLiteral("Deleted");
    }
    return {};
}

bool registrationStatusFromName(const QString& name, RegistrationStatus* status)
{
    for (const RegistrationStatus candidate :
         {RegistrationStatus::Activated, RegistrationStatus::Inactivated, RegistrationStatus::Deleted}) {
        if (name == registrationStatusName(candidate)) {
            *status = candidate;
            return true;
        }
    }
    return false;
}

QString registrationStatusDisplayName(RegistrationStatus status)
{
    switch (status) {
    case RegistrationStatus::Activated:
        //: Status of a CA registered with a cloud platform
        return QCoreApplication::translate("RegistrationStatus", "Activated");
    case RegistrationStatus::Inactivated:
        //: Status of a CA registered with a cloud platform
        return QCoreApplication::translate("RegistrationStatus", "Inactivated");
    case RegistrationStatus::Deleted:
        //: Status of a CA registered with a cloud platform
        return QCoreApplication::translate("RegistrationStatus", "Deleted");
    }
    return {};
}

} // namespace iotca::model
