#pragma once

#include "ValidatingDialog.h"

class QSpinBox;

namespace iotca::ui {

/// CA → Renew CA…: the new validity in days, with what renewal keeps (subject, key, so the device certificates it
/// issued keep verifying) and what it changes. Returns values; RenewCaCommand renews.
class RenewCaDialog : public ValidatingDialog
{
    Q_OBJECT
public:
    /// `signerName`: the CA whose key signs (the CA itself for a root, its issuer for an intermediate).
    RenewCaDialog(const QString& caName, const QString& signerName, bool registered, QWidget* parent = nullptr);

    [[nodiscard]] int validityDays() const;

protected:
    [[nodiscard]] std::optional<FieldError> validate() const override;

private:
    QSpinBox* m_days;
};

} // namespace iotca::ui
