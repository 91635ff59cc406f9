#pragma once

#include <QMetaType>
#include <QString>

namespace iotca::model {

/// What a platform last said about one recorded device certificate, at the last read-back of the CA's device
/// certificates (sync, or the read-back after register, activate, deactivate or delete). Stored beside the
/// workspace's own status (schema step 7) so that a disagreement is shown rather than guessed away.
enum class PlatformDeviceState {
    /// Never read back from a platform.
    Unread,
    /// The platform lists this certificate as active.
    Active,
    /// The platform lists this certificate as inactive (disabled).
    Inactive,
    /// The platform's list of the CA's device certificates does not hold it.
    NotListed,
    /// The platform holds another certificate under this serial number (or device): the workspace cannot tell
    /// which one is right, so its record is left alone and marked.
    OtherCertificate,
};

/// Stable text for the database and JSON: "" (Unread), "Active", "Inactive", "NotListed", "OtherCertificate".
[[nodiscard]] QString platformDeviceStateName(PlatformDeviceState state);
/// Unknown text reads as Unread.
[[nodiscard]] PlatformDeviceState platformDeviceStateFromName(const QString& name);
/// Translated text for people.
[[nodiscard]] QString platformDeviceStateDisplayName(PlatformDeviceState state);

/// One reading for PlatformDeviceStates: the platform's state and whether it disagrees with the recorded status.
struct PlatformDeviceReading
{
    PlatformDeviceState state = PlatformDeviceState::Unread;
    bool differs = false;

    [[nodiscard]] bool operator==(const PlatformDeviceReading& other) const = default;
};

} // namespace iotca::model

Q_DECLARE_METATYPE(iotca::model::PlatformDeviceState)
