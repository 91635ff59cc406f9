#include "PlatformDeviceState.h"

#include <QCoreApplication>

namespace iotca::model {

QString platformDeviceStateName(PlatformDeviceState state)
{
    switch (state) {
    case PlatformDeviceState::Unread:
        return {};
    case PlatformDeviceState::Active:
        return QStringLiteral("Active");
    case PlatformDeviceState::Inactive:
        return QStringLiteral("Inactive");
    case PlatformDeviceState::NotListed:
        return QStringLiteral("NotListed");
    case PlatformDeviceState::OtherCertificate:
        return QStringLiteral("OtherCertificate");
    }
    return {};
}

PlatformDeviceState platformDeviceStateFromName(const QString& name)
{
    for (const PlatformDeviceState candidate :
         {PlatformDeviceState::Active, PlatformDeviceState::Inactive, PlatformDeviceState::NotListed,
          PlatformDeviceState::OtherCertificate}) {
        if (name == platformDeviceStateName(candidate))
            return candidate;
    }
    return PlatformDeviceState::Unread;
}

QString platformDeviceStateDisplayName(PlatformDeviceState state)
{
    switch (state) {
    case PlatformDeviceState::Unread:
        //: What the platform said about a device certificate: nothing read back yet
        return QCoreApplication::translate("PlatformDeviceState", "Not read");
    case PlatformDeviceState::Active:
        //: What the platform said about a device certificate
        return QCoreApplication::translate("PlatformDeviceState", "Active");
    case PlatformDeviceState::Inactive:
        //: What the platform said about a device certificate
        return QCoreApplication::translate("PlatformDeviceState", "Inactive");
    case PlatformDeviceState::NotListed:
        //: What the platform said about a device certificate: its list of the CA's certificates lacks it
        return QCoreApplication::translate("PlatformDeviceState", "Not on platform");
    case PlatformDeviceState::OtherCertificate:
        //: What the platform said about a device certificate: it holds a different certificate with this serial
        return QCoreApplication::translate("PlatformDeviceState", "Another certificate");
    }
    return {};
}

} // namespace iotca::model
