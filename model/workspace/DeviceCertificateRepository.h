#pragma once

#include "DeviceCertificateRecord.h"
#include "crypto/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QStringList>

#include <optional>

namespace iotca::model {

class Workspace;

/// How device certificates came into the workspace; decides the audit action.
enum class DeviceCertificateOrigin {
    /// Issued by the CA here ("devices.issued").
    Issued,
    /// Imported from an association CSV ("csv.imported").
    CsvImport,
    /// Signed by an interrupted bulk issue and found at the next open (IssuanceRecovery, "devices.recovered").
    Recovered,
};

/// The device certificates of a workspace. Writes emit Workspace::deviceCertificatesAdded(caId, count) or
/// deviceCertificatesChanged(caId, ids) after the commit. Get it from Workspace::devices().
///
/// Serial numbers are normalised to upper-case hexadecimal without separators (normaliseSerial()); (caId, serial)
/// and (productKey, deviceName, generation) are unique. add() records first certificates (generation 1), so a second
/// one for a device is refused; a re-issue adds the next generation through DeviceCertificateHistory.
class DeviceCertificateRepository
{
    Q_DECLARE_TR_FUNCTIONS(DeviceCertificateRepository)
public:
    explicit DeviceCertificateRepository(Workspace& workspace);

    /// "0a:1b 2c" -> "0A1B2C"; an empty string when `serial` is not hexadecimal.
    [[nodiscard]] static QString normaliseSerial(const QString& serial);

    /// Adds a batch as ONE transaction with one audit entry (multi-row INSERTs of bound values: each statement
    /// fires the schema's triggers, which keep the device-name index and the counts). Each record's
    /// caId is set to `caId`; id and created are assigned. Fails and adds nothing when any serial is invalid or
    /// taken for this CA, or any (product, device name) is taken; the message names the first offending record.
    /// Returns the number of rows added.
    [[nodiscard]] Result<int> add(qint64 caId, const QList<DeviceCertificateRecord>& records,
                                  DeviceCertificateOrigin origin = DeviceCertificateOrigin::Issued);

    /// Sets the status of every device certificate of `caId` (the cascade of a CA deactivation or deletion).
    /// Returns the number of rows changed.
    [[nodiscard]] Result<int> setStatusForCa(qint64 caId, DeviceCertificateStatus status);
    /// Sets the status of the listed serials of `caId` ("devices.associated" for Associated). Fails and changes
    /// nothing when a serial is unknown. Returns the number of rows changed.
    [[nodiscard]] Result<int> setStatus(qint64 caId, const QStringList& serials, DeviceCertificateStatus status);
    /// Deletes the listed serials of `caId` from the workspace (not from any platform) as ONE transaction with one
    /// audit entry ("devices.deleted"). Serials are normalised; duplicates count once. Fails with code "NotFound"
    /// and deletes nothing when any serial is unknown for this CA (the message names every unknown serial).
    /// Returns the number of rows deleted.
    [[nodiscard]] Result<int> remove(qint64 caId, const QStringList& serials);
    /// Records what the platform said at a read-back (PlatformDeviceStates.cpp): each listed serial of `caId` gets
    /// its reading; serials the CA does not have are skipped. Not audited (it records the platform's view, not a
    /// change the user made). Writes only rows whose reading changed; returns how many.
    [[nodiscard]] Result<int> recordPlatformReadings(qint64 caId,
                                                     const QHash<QString, PlatformDeviceReading>& readingBySerial);
    /// Records the id the platform answered for each serial of `caId` (AWS certificateId).
    [[nodiscard]] Status recordRemoteIds(qint64 caId, const QHash<QString, QString>& remoteIdBySerial);
    /// How many device certificates of `caId` were marked as differing from the platform at their last read-back.
    [[nodiscard]] Result<qint64> countDifferingFromPlatform(qint64 caId) const;
    /// Records where each serial's files were exported ("devices.exported").
    [[nodiscard]] Status markExported(qint64 caId, const QHash<QString, QString>& exportedPathBySerial);

    /// Lookup for the CSV cross-check; nullopt when the CA has no certificate with this serial.
    [[nodiscard]] Result<std::optional<DeviceCertificateRecord>> find(qint64 caId, const QString& serial) const;
    /// The device's newest certificate (highest generation), revoked or not.
    [[nodiscard]] Result<std::optional<DeviceCertificateRecord>> findByDevice(const QString& productKey,
                                                                              const QString& deviceName) const;
    /// Which of `deviceNames` already have a certificate recorded for `productKey` (any CA, any status), in a few
    /// queries for any number of names: the bulk jobs' pre-flight check.
    [[nodiscard]] Result<QSet<QString>> recordedDeviceNames(const QString& productKey,
                                                            const QStringList& deviceNames) const;
    /// Device certificates of `caId`, optionally only those with `status`, ordered by serial.
    [[nodiscard]] Result<QList<DeviceCertificateRecord>>
    listForCa(qint64 caId, std::optional<DeviceCertificateStatus> status = std::nullopt) const;
    /// How many device certificates `caId` has (0 = all CAs), optionally only with `status`. Reads the counts the
    /// schema's triggers keep (device_certificate_counts): no scan, however many certificates there are.
    [[nodiscard]] Result<qint64> count(qint64 caId = 0,
                                       std::optional<DeviceCertificateStatus> status = std::nullopt) const;
    /// Per-status counts for `caId` (statuses with no certificate are absent).
    [[nodiscard]] Result<QMap<DeviceCertificateStatus, qint64>> countByStatus(qint64 caId) const;

private:
    Workspace& m_workspace;
};

} // namespace iotca::model
