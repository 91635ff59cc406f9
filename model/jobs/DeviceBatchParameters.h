#pragma once

#include "DeviceProfile.h"
#include "DeviceValidity.h"

#include <QDateTime>
#include <QString>

namespace iotca::model {

/// What every bulk device-certificate job needs besides its list of devices.
struct DeviceBatchParameters
{
    /// The issuing CA (a CA of the workspace with a stored key, unlocked by the caller).
    qint64 caId = 0;
    /// Product key (Alibaba) or product ID (Tencent); one product per run, as the association CSV requires.
    QString productKey;
    DeviceProfile profile;
    /// Created owner-only (0700) when missing. An existing folder is used only if none of the files to write
    /// already exists in it.
    QString outputFolder;
    /// Association CSV (ProductKey,DeviceName,CertSN) to write; empty for none. Above 10,000 devices it becomes
    /// several files named like AssociationCsvSplitter's parts ("devices-part-001.csv", ...).
    QString csvPath;
    /// `device issue --archive`: one ZIP (DeviceArchiveWriter) holding every device's files under the profile's names,
    /// the association CSV and SHA256SUMS, instead of files in outputFolder (which is then the archive's folder).
    /// All or nothing: the rows commit in one transaction with the archive, or nothing is recorded. Empty: files.
    QString archivePath;
    int validityDays = defaultDeviceValidityDays;
    /// Worker threads; 0 = one per core.
    int threads = 0;
    /// Devices per batch: each batch is one folder sync, one database transaction with one audit entry, and one
    /// append to the CSV.
    int batchSize = 512;
};

/// One device certificate a bulk job issued and recorded.
struct IssuedDeviceFiles
{
    QString deviceName;
    /// As `openssl x509 -noout -serial` prints it (the CSV's CertSN).
    QString serialHex;
    QString certificateFile;
    /// Empty when the device keeps its own key (signed from a CSR).
    QString keyFile;
    QDateTime notAfter;
};

} // namespace iotca::model
