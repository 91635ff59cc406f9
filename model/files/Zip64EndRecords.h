#pragma once

#include "crypto/Result.h"

#include <QCoreApplication>
#include <QString>

namespace iotca::model {

/// Gives a finished ZIP file of more than 65,534 entries the ZIP64 end of central directory record and locator
/// (PKWARE APPNOTE.TXT 6.3, sections 4.3.14 and 4.3.15) that Debian's minizip 1.1 leaves out: it writes those only
/// for archives past 4 GiB and otherwise puts the entry count, cut to 16 bits, into the classic end record
/// (4.3.16), which Info-ZIP `unzip` then refuses ("expected central file header signature not found"). A
/// DeviceArchiveWriter archive reaches that count at about 32,000 devices.
///
/// Counts the entries by walking the central directory, so it does not trust the cut count; leaves a file that already
/// has the ZIP64 records, or has fewer entries, as it is. Works on a file with no archive comment (minizip is given
/// none). Reads the central directory one header at a time (constant memory).
class Zip64EndRecords
{
    Q_DECLARE_TR_FUNCTIONS(Zip64EndRecords)
public:
    [[nodiscard]] static Status addWhereNeeded(const QString& zipPath);
};

} // namespace iotca::model
