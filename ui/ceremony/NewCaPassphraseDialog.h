#pragma once

#include "ui/dialogs/ValidatingDialog.h"

#include "crypto/SecureBuffer.h"

class QLabel;
class QLineEdit;

namespace iotca::ui {

class PassphraseStrengthHint;

/// Asks, when the ceremony is about to create a CA, for the passphrase its key is stored under: twice, with the
/// strength hint and the minimum length of File → New CA. Passphrases are never in the ceremony script; this dialog
/// is where the officer types them, at the step that needs them. The passphrase leaves only as a SecureBuffer.
class NewCaPassphraseDialog : public ValidatingDialog
{
    Q_OBJECT
public:
    explicit NewCaPassphraseDialog(const QString& caName, QWidget* parent = nullptr);

    [[nodiscard]] crypto::SecureBuffer passphrase() const;

    void done(int result) override;

protected:
    [[nodiscard]] std::optional<FieldError> validate() const override;

private:
    QLabel* m_prompt;
    QLineEdit* m_passphrase;
    QLineEdit* m_repeat;
    PassphraseStrengthHint* m_strength;
};

} // namespace iotca::ui
