#pragma once

#include "ImportCaRequest.h"
#include "ValidatingDialog.h"

#include "crypto/Result.h"

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace iotca::ui {

class FilePathEdit;
class Prompter;

/// Collects a CA to import: its certificate file and key file (chosen, typed or dropped anywhere on the dialog;
/// a dropped file goes to the field its PEM content belongs to), the key's passphrase and a display name.
///
/// accept() runs the injected check, which loads both files and reports a wrong passphrase or a key that does not
/// match the certificate, so the dialog stays open with the problem shown instead of failing later.
class ImportCaDialog : public ValidatingDialog
{
    Q_OBJECT
public:
    using Check = std::function<Status(const ImportCaRequest&)>;

    ImportCaDialog(Prompter& prompter, Check check, QWidget* parent = nullptr);

    [[nodiscard]] ImportCaRequest request() const;

    /// What a dropped file holds, judged from its PEM/DER content.
    enum class FileKind { Certificate, PrivateKey, Unknown };
    [[nodiscard]] static FileKind classify(const QString& path);
    /// The key file sets a new passphrase: a PEM key without encryption (or a file that cannot be read yet).
    [[nodiscard]] bool needsNewPassphrase() const;

protected:
    [[nodiscard]] std::optional<FieldError> validate() const override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    Check m_check;
    QLineEdit* m_name;
    FilePathEdit* m_certificate;
    FilePathEdit* m_key;
    QLineEdit* m_passphrase;
    /// Shown only for an unencrypted key file: the passphrase is then a new one, typed twice like in New CA.
    QLineEdit* m_passphraseRepeat;
    QLabel* m_passphraseRepeatLabel;
    QLabel* m_passphraseRule;
    QCheckBox* m_remember;
};

} // namespace iotca::ui
