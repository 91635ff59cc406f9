#pragma once

#include <QString>

namespace iotca::model {

/// One data row of an Alibaba Cloud IoT Platform device-association CSV (`ProductKey,DeviceName,CertSN`).
struct AssociationRow
{
    /// Physical line (1-based) in the file it was read from; 0 for a row that did not come from a file.
    int line = 0;
    QString productKey;
    QString deviceName;
    /// The certificate serial number as `openssl x509 -noout -serial` prints it: upper-case hex, two digits per
    /// byte, no separators ("0ABC", "05"). Rows with an invalid serial keep the text as read.
    QString certSn;

    friend bool operator==(const AssociationRow&, const AssociationRow&) = default;
};

} // namespace iotca::model
