#pragma once

#include "ValidatingDialog.h"

#include "crypto/RevocationReason.h"

#include <QStringList>

class QComboBox;

namespace iotca::ui {

/// Devices → Revoke…: confirms the revocation of the selected device certificates and asks for the RFC 5280 reason
/// code. Returns values; RevokeDevicesCommand revokes.
class RevokeDialog : public ValidatingDialog
{
    Q_OBJECT
public:
    /// `serials`: the certificates to revoke (at least one); `onPlatform`: how many of them are active on a platform.
    RevokeDialog(const QString& caName, const QStringList& serials, int onPlatform, QWidget* parent = nullptr);

    [[nodiscard]] crypto::RevocationReason reason() const;

protected:
    [[nodiscard]] std::optional<FieldError> validate() const override;

private:
    QComboBox* m_reason;
};

} // namespace iotca::ui
