#pragma once

#include "model/ceremony/CeremonyScript.h"

#include <QWidget>

class QFormLayout;
class QLineEdit;
class QSpinBox;

namespace iotca::ui {

class KeyAlgorithmCombo;

/// The fields of a CA the ceremony creates, as the Key Ceremony wizard's root and intermediate pages show them: its
/// name in the workspace, its subject (CN, O, C), key type and validity. `prefix` names the widgets ("root" →
/// "rootNameEdit", "rootKeyCombo", …) for tests and assistive tools.
class CeremonyCaFields : public QWidget
{
    Q_OBJECT
public:
    CeremonyCaFields(const QString& prefix, int defaultDays, QWidget* parent = nullptr);

    /// The script's entry (issuer left empty: the page knows it). The subject is RFC 4514 text, as the file has it.
    [[nodiscard]] model::CeremonyNewCa newCa() const;

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QFormLayout* m_form;
    QLineEdit* m_name;
    QLineEdit* m_commonName;
    QLineEdit* m_organization;
    QLineEdit* m_country;
    KeyAlgorithmCombo* m_key;
    QSpinBox* m_days;
};

} // namespace iotca::ui
