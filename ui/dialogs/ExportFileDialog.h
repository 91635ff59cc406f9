#pragma once

#include "ValidatingDialog.h"

#include "crypto/SecureBuffer.h"

#include <QList>
#include <QString>
#include <utility>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QSpinBox;

namespace iotca::ui {

/// Asks for a file to write, and where the caller wants it a format and a number of days (a CRL's validity). Refuses
/// an existing file or link, so nothing is overwritten by a slip. Returns values; the command writes the file.
class ExportFileDialog : public ValidatingDialog
{
    Q_OBJECT
public:
    /// `objectName` names the dialog for tests and assistive tools; `intro` is one or two sentences above the form.
    ExportFileDialog(const QString& objectName, const QString& title, const QString& intro,
                     const QString& defaultFileName, QWidget* parent = nullptr);

    /// Adds a "Format" combo: (shown text, id) pairs, the first chosen.
    void setFormats(const QList<std::pair<QString, QString>>& formats);
    /// Adds a "days" spin box ("daysSpin").
    void setDays(const QString& label, int value, int minimum, int maximum);
    /// Adds a required one-line text field ("codeEdit"), placed first: a registration code, for example.
    void askCode(const QString& label, const QString& requiredMessage);
    /// Adds a new passphrase asked twice ("newPassphraseEdit", "newPassphraseRepeatEdit"): at least 8 characters,
    /// both the same. A rejected dialog clears them.
    void askNewPassphrase();
    /// Changes the file name of the default path to match the chosen format's extension (".pem", ".der", ...).
    void setExtensionPerFormat(const QList<QString>& extensions);

    [[nodiscard]] QString filePath() const;
    /// The chosen format's id, empty without formats.
    [[nodiscard]] QString format() const;
    [[nodiscard]] int days() const;
    [[nodiscard]] crypto::SecureBuffer newPassphrase() const;
    /// The text of askCode()'s field, trimmed.
    [[nodiscard]] QString code() const;

    void done(int result) override;

protected:
    [[nodiscard]] std::optional<FieldError> validate() const override;

private:
    void browse();

    QFormLayout* m_form;
    QLineEdit* m_file;
    QComboBox* m_format = nullptr;
    QSpinBox* m_days = nullptr;
    QLineEdit* m_code = nullptr;
    QString m_codeRequired;
    QLineEdit* m_passphrase = nullptr;
    QLineEdit* m_passphraseRepeat = nullptr;
    QList<QString> m_extensions;
};

} // namespace iotca::ui
