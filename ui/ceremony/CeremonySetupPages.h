#pragma once

#include "model/ceremony/CeremonyScript.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace iotca::ui {

class CeremonyCaFields;

/// Key Ceremony wizard, page 1: the ceremony's title, its officer and the witnesses (one per line).
class CeremonyPeoplePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit CeremonyPeoplePage(QWidget* parent = nullptr);

    /// Fills title, officer and witnesses; empty ones stay empty, so that the validator names them.
    void apply(model::CeremonyScript& script) const;

private:
    QLineEdit* m_title;
    QLineEdit* m_officer;
    QPlainTextEdit* m_witnesses;
};

/// Page 2: the root CA to create, or a CA of the workspace (one holding its key) to use instead.
class CeremonyRootPage : public QWizardPage
{
    Q_OBJECT
public:
    /// `existingCas`: the names of the workspace's CAs whose key is stored here.
    CeremonyRootPage(const QStringList& existingCas, QWidget* parent = nullptr);

    /// Adds the new root to newCas, or the chosen CA to existingCas.
    void apply(model::CeremonyScript& script) const;
    /// The CA the ceremony starts from: the new root's name, or the existing CA's.
    [[nodiscard]] QString caName() const;
    [[nodiscard]] bool createsRoot() const;

private:
    QRadioButton* m_newRoot;
    QRadioButton* m_existing;
    QComboBox* m_existingCa;
    CeremonyCaFields* m_fields;
};

/// Page 3: optionally an intermediate CA under the page 2's CA; when there is one it signs what follows.
class CeremonyIntermediatePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit CeremonyIntermediatePage(QWidget* parent = nullptr);

    void apply(model::CeremonyScript& script, const QString& issuer) const;
    [[nodiscard]] bool createsIntermediate() const;
    [[nodiscard]] QString caName() const;

private:
    QCheckBox* m_create;
    CeremonyCaFields* m_fields;
};

} // namespace iotca::ui
