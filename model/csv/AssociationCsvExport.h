#pragma once

#include "crypto/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace iotca::model {

class Workspace;

/// The association CSV (ProductKey,DeviceName,CertSN, as AssociationCsvWriter writes it) of the device certificates
/// a CA has recorded, at any time: after a bulk issue that was interrupted or whose CSV was lost, or for another
/// upload. `iotca csv export` and the GUI's Devices → Export Association CSV.
///
/// One product per file (the platform's CSV names one product; AssociationCsvValidator refuses foreign ProductKeys),
/// so a CA with devices of several products needs `productKey`. One row per device, with its current certificate
/// (DeviceCertificateHistory: the newest that is not revoked); certificates marked Deleted (on the platform), revoked
/// ones and those a re-issue superseded are left out. Above AssociationCsvValidator::platformRowLimit rows the file
/// becomes parts named like AssociationCsvSplitter's ("devices-part-001.csv", ...). All files or none (FileSetWriter:
/// QSaveFile each, nothing committed until every file is written); an existing file is never replaced.
class AssociationCsvExport
{
    Q_DECLARE_TR_FUNCTIONS(AssociationCsvExport)

public:
    struct Outcome
    {
        QString productKey;
        int rowCount = 0;
        /// The files written, in order.
        QStringList files;
    };

    /// The products of the devices `caId` has recorded (not Deleted), sorted: what a front end offers to choose.
    [[nodiscard]] static Result<QStringList> products(const Workspace& workspace, qint64 caId);

    /// Error codes: "SeveralProducts" (give a product), "NoDevices" (nothing recorded to export), "FileExists".
    [[nodiscard]] static Result<Outcome> write(const Workspace& workspace, qint64 caId, const QString& productKey,
                                               const QString& path);
};

} // namespace iotca::model
