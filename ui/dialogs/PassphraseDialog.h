#pragma once

#include "ValidatingDialog.h"

#include "crypto/SecureBuffer.h"

class QCheckBox;
class QLabel;
class QLineEdit;

namespace iotca::ui {

/// Asks for the passphrase of one CA key, for example before signing. Optionally offers to remember it in the
/// system keychain. The passphrase leaves the dialog only as a SecureBuffer.
class PassphraseDialog : public ValidatingDialog
{
    Q_OBJECT
public:
    /// `caName` names the key in the prompt; `offerRemember` shows the keychain check box.
    PassphraseDialog(const QString& caName, bool offerRemember, QWidget* parent = nullptr);

    /// Shown above the field after a wrong passphrase, e.g. "The passphrase is wrong. Try again."
    void setRetryMessage(const QString& message);

    [[nodiscard]] crypto::SecureBuffer passphrase() const;
    [[nodiscard]] bool rememberPassphrase() const;
    /// Shows "Remember until IoT CA Desk quits" (for a CA whose passphrase is not in the keychain).
    void setOfferSessionMemory(bool offer);
    [[nodiscard]] bool rememberForSession() const;

    void done(int result) override;

protected:
    [[nodiscard]] std::optional<FieldError> validate() const override;

private:
    QLabel* m_prompt;
    QLineEdit* m_passphrase;
    QCheckBox* m_remember;
    QCheckBox* m_rememberForSession;
};

} // namespace iotca::ui
