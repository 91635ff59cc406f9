#pragma once

#include "NewCaRequest.h"
#include "ValidatingDialog.h"

#include <QList>
#include <QStringList>

#include <utility>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace iotca::ui {

class KeyAlgorithmCombo;
class PassphraseStrengthHint;

/// Collects a new CA (a self-signed root, or an intermediate "Signed by" a CA of the workspace): display name, key
/// type, subject, validity, passphrase twice (with a strength hint) and whether to remember the passphrase in the
/// system keychain. Returns a NewCaRequest; creates nothing itself.
class NewCaDialog : public ValidatingDialog
{
    Q_OBJECT
public:
    explicit NewCaDialog(QWidget* parent = nullptr);

    /// Names already used in the workspace; a new CA may not reuse one (compared case-insensitively).
    void setExistingNames(const QStringList& names);
    /// The CAs that may sign the new one ("Signed by"; id and name, those with a stored key). The first entry,
    /// "Self-signed (root CA)", is always there and chosen by default.
    void setIssuers(const QList<std::pair<qint64, QString>>& issuers);

    /// The request built from the fields; meaningful after the dialog was accepted.
    [[nodiscard]] NewCaRequest request() const;

protected:
    [[nodiscard]] std::optional<FieldError> validate() const override;

private:
    void updateValidUntil();

    QLineEdit* m_name;
    KeyAlgorithmCombo* m_algorithm;
    QComboBox* m_signedBy;
    QLineEdit* m_commonName;
    QLineEdit* m_organization;
    QLineEdit* m_organizationalUnit;
    QLineEdit* m_locality;
    QLineEdit* m_state;
    QLineEdit* m_country;
    QSpinBox* m_validityDays;
    QLabel* m_validUntil;
    QLineEdit* m_passphrase;
    QLineEdit* m_passphraseRepeat;
    PassphraseStrengthHint* m_strength;
    QCheckBox* m_remember;
    QStringList m_existingNames;
};

} // namespace iotca::ui
