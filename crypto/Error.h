#pragma once

#include <QString>

namespace iotca {

/// What went wrong, for people and for the record.
///
/// `message` is one translated sentence that says what failed and where ("line 37, column CertSN: 'XYZ' is not a
/// hexadecimal serial number"). `detail` holds what a person does not need at first sight but a support engineer
/// does: OpenSSL's reason strings, a platform's raw response. Neither ever contains secret material.
struct Error
{
    QString message;
    QString detail = {};
    /// A stable machine-readable code where the source has one (a platform error code, "WrongPassphrase", ...).
    QString code = {};

    [[nodiscard]] QString fullText() const
    {
        return detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + QLatin1Char(')');
    }
};

} // namespace iotca
