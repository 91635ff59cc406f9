#pragma once

#include "ValidatingDialog.h"

class QLabel;
class QLineEdit;

namespace iotca::ui {

/// Confirms a state change that cascades: activating, deactivating or deleting a CA registration (which does the
/// same to every device certificate the CA issued) or a set of device certificates. The text states the cascade
/// with its count ("Deactivating this CA deactivates its 2,345 device certificates."); deleting a CA requires
/// typing its name.
class ConfirmCascadeDialog : public ValidatingDialog
{
    Q_OBJECT
public:
    enum class Operation { Activate, Deactivate, Delete };
    enum class Target { CaRegistration, DeviceCertificates };

    /// `caName` is the CA concerned; `deviceCount` the device certificates affected (for Target::DeviceCertificates
    /// the selected ones); `accountName` the platform account, empty for a CA only in the workspace.
    ConfirmCascadeDialog(Operation operation, Target target, const QString& caName, qint64 deviceCount,
                         const QString& accountName, QWidget* parent = nullptr);

    /// The sentence that states the consequence, as shown.
    [[nodiscard]] QString consequence() const;
    [[nodiscard]] bool requiresTypedName() const { return m_typedName != nullptr; }

    /// The sentence for an operation: exposed so the CLI wording and tests can rely on one source.
    [[nodiscard]] static QString consequenceText(Operation operation, Target target, const QString& caName,
                                                 qint64 deviceCount, const QString& accountName);

protected:
    [[nodiscard]] std::optional<FieldError> validate() const override;
    /// Enter in the typed-name field confirms once the name matches (the typing was the deliberate step); anywhere
    /// else Enter goes to the default button, which for a destructive operation is Cancel.
    void keyPressEvent(QKeyEvent* event) override;

private:
    QString m_caName;
    QLabel* m_consequence;
    QLineEdit* m_typedName = nullptr;
};

} // namespace iotca::ui
