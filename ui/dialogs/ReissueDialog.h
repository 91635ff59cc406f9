#pragma once

#include "ValidatingDialog.h"

#include "crypto/KeyAlgorithm.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace iotca::ui {

class FilePathEdit;
class KeyAlgorithmCombo;
class Prompter;

/// Devices → Re-issue…: a new certificate for one device. Asks for the same or a new key, the profile (file names),
/// the validity, the output folder and whether the old certificate is revoked (reason superseded), and says what
/// happens to the old certificate before anything is done. Returns values; ReissueDeviceCommand re-issues.
class ReissueDialog : public ValidatingDialog
{
    Q_OBJECT
public:
    struct Device
    {
        QString productKey;
        QString deviceName;
        QString serial;
        QString caName;
        crypto::KeyAlgorithm keyAlgorithm = crypto::KeyAlgorithm::EcP256;
        /// Revoked for keyCompromise: only a new key may be certified.
        bool keyCompromised = false;
        /// Revoked already: there is nothing left to revoke.
        bool revoked = false;
    };

    ReissueDialog(Prompter& prompter, const Device& device, QWidget* parent = nullptr);

    [[nodiscard]] bool newKey() const;
    [[nodiscard]] crypto::KeyAlgorithm keyAlgorithm() const;
    /// model::DeviceProfile::name() of the chosen profile.
    [[nodiscard]] QString profileName() const;
    [[nodiscard]] int validityDays() const;
    [[nodiscard]] QString outputFolder() const;
    [[nodiscard]] bool revokeOld() const;

protected:
    [[nodiscard]] std::optional<FieldError> validate() const override;

private:
    void updateConsequence();

    Device m_device;
    QCheckBox* m_newKey;
    KeyAlgorithmCombo* m_algorithm;
    QComboBox* m_profile;
    QSpinBox* m_days;
    FilePathEdit* m_folder;
    QCheckBox* m_revokeOld;
    QLabel* m_consequence;
};

} // namespace iotca::ui
