#pragma once

#include "RegisterCaBackend.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace iotca::ui {

class FilePathEdit;
class Prompter;
class RegisterCaWizard;

/// Register wizard, step 1: the account (the toolbar's preselected) and the CA's name on the platform, with the
/// platform's rules for this CA checked at once and stated in words. Next stays disabled while a rule is broken.
class RegisterAccountPage : public QWizardPage
{
    Q_OBJECT
public:
    RegisterAccountPage(RegisterCaWizard& wizard, RegisterCaBackend& backend,
                        const QList<RegisterAccountOption>& accounts, qint64 preselectedAccountId);

    [[nodiscard]] qint64 accountId() const;
    [[nodiscard]] QString remoteName() const;
    [[nodiscard]] bool isComplete() const override;
    /// The rule check as shown ("" while it passes).
    [[nodiscard]] QString ruleProblem() const { return m_problem; }

private:
    void accountChanged();
    void recheck();

    RegisterCaBackend& m_backend;
    QList<RegisterAccountOption> m_accounts;
    QComboBox* m_account;
    QLineEdit* m_name;
    QLabel* m_nameRule;
    QLabel* m_rules;
    QLabel* m_note;
    QString m_problem;
    bool m_ok = false;
};

/// Step 2: the registration code, fetched from the platform during registration or typed from the console (the
/// only way for platforms without that API, such as Alibaba Cloud IoT Platform, and with Work Offline on).
class RegisterCodePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit RegisterCodePage(RegisterCaWizard& wizard);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] int nextId() const override;
    /// Empty when the code is to be fetched.
    [[nodiscard]] QString registrationCode() const;

private:
    void updateState();

    RegisterCaWizard& m_wizard;
    QRadioButton* m_fetch;
    QRadioButton* m_type;
    QLineEdit* m_code;
    QLabel* m_hint;
};

/// Step 2b, accounts without API or with Work Offline on: the folder the upload bundle goes to.
class RegisterBundlePage : public QWizardPage
{
    Q_OBJECT
public:
    RegisterBundlePage(RegisterCaWizard& wizard, Prompter& prompter);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] QString folder() const;

private:
    RegisterCaWizard& m_wizard;
    FilePathEdit* m_folder;
};

/// Step 3: what is about to happen, in one paragraph; its button ("Register" / "Write Bundle") commits.
class RegisterConfirmPage : public QWizardPage
{
    Q_OBJECT
public:
    RegisterConfirmPage(RegisterCaWizard& wizard, const QString& caName);

    void initializePage() override;
    [[nodiscard]] QString summary() const;

private:
    RegisterCaWizard& m_wizard;
    QString m_caName;
    QLabel* m_summary;
};

} // namespace iotca::ui
