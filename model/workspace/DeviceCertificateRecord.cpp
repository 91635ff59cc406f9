#include "DeviceCertificateRecord.h"

#include <QCoreApplication>

namespace iotca::model {

namespace {
constexpr DeviceCertificateStatus allStatuses[] = {DeviceCertificateStatus::Issued, DeviceCertificateStatus::Associated,
                                                   DeviceCertificateStatus::Inactivated,
                                                   DeviceCertificateStatus::Deleted};
}

QString deviceCertificateStatusName(DeviceCertificateStatus status)
{
    switch (status) {
    case DeviceCertificateStatus::Issued:
        return QStringLiteral("Issued");
    case DeviceCertificateStatus::Associated:
        return QStringLiteral("Associated");
    case DeviceCertificateStatus::Inactivated:
        return QStringLiteral("Inactivated");
    case DeviceCertificateStatus::Deleted:
        return QStringLiteral("Deleted");
    }
    return {};
}

bool deviceCertificateStatusFromName(const QString& name, DeviceCertificateStatus* status)
{
    for (const DeviceCertificateStatus candidate : allStatuses) {
        if (name == deviceCertificateStatusName(candidate)) {
            *status = candidate;
            return true;
        }
    }
    return false;
}

QString deviceCertificateStatusDisplayName(DeviceCertificateStatus status)
{
    switch (status) {
    case DeviceCertificateStatus::Issued:
        //: Status of a device certificate: issued here, not yet associated with a device on a platform
        return QCoreApplication::translate("DeviceCertificateStatus", "Issued");
    case DeviceCertificateStatus::Associated:
        //: Status of a device certificate: associated with its device on a platform
        return QCoreApplication::translate("DeviceCertificateStatus", "Associated");
    case DeviceCertificateStatus::Inactivated:
        //: Status of a device certificate
        return QCoreApplication::translate("DeviceCertificateStatus", "Inactivated");
    case DeviceCertificateStatus::Deleted:
        //: Status of a device certificate
        return QCoreApplication::translate("DeviceCertificateStatus", "Deleted");
    }
    return {};
}

} // namespace iotca::model
