#pragma once

#include "crypto/Result.h"
#include "model/csv/AssociationRow.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace iotca::model {

/// One device-association file of an Alibaba Cloud IoT Platform upload bundle: its name in the folder and its rows.
struct AliyunAssociationFile
{
    QString fileName;
    QList<AssociationRow> rows;
};

/// The console's "Associate Certificate to Devices" takes at most 10,000 rows of one product per file: this checks
/// the rows (ProductKey present, DeviceName per the platform's rule, CertSN hexadecimal, no device or serial twice)
/// and groups them into such files, `association.csv` when one is enough, else
/// `association-<ProductKey>-<nnn>.csv`. CertSN comes out normalised (upper-case hex).
class AliyunAssociationFiles
{
    Q_DECLARE_TR_FUNCTIONS(AliyunAssociationFiles)

public:
    /// The console's limit of rows per association file.
    static constexpr int maxRows = 10'000;

    [[nodiscard]] static Result<QList<AliyunAssociationFile>> plan(const QList<AssociationRow>& rows,
                                                                   int rowsPerFile = maxRows);
};

} // namespace iotca::model
