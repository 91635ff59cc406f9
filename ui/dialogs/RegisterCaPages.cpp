#include "RegisterCaPages.h"

#include "RegisterCaWizard.h"
#include "ui/widgets/FilePathEdit.h"

#include "model/ModelErrorCode.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace iotca::ui {

namespace {
QLabel* wrappedLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

// ---- Account ------------------------------------------------------------------------------------------------------

RegisterAccountPage::RegisterAccountPage(RegisterCaWizard& wizard, RegisterCaBackend& backend,
                                         const QList<RegisterAccountOption>& accounts, qint64 preselectedAccountId)
    : QWizardPage(&wizard)
    , m_backend(backend)
    , m_accounts(accounts)
    , m_account(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_nameRule(wrappedLabel(this, QStringLiteral("nameRuleLabel")))
    , m_rules(wrappedLabel(this, QStringLiteral("rulesLabel")))
    , m_note(wrappedLabel(this, QStringLiteral("accountNoteLabel")))
{
    setObjectName(QStringLiteral("registerAccountPage"));
    setTitle(tr("Platform Account"));
    setSubTitle(tr("Choose the account to register the CA with. Its platform's rules for this CA are checked "
                   "before anything is sent."));

    for (const RegisterAccountOption& account : std::as_const(m_accounts))
        //: %1 is an account name, %2 a platform such as "ApsaraMQ for MQTT"
        m_account->addItem(tr("%1 (%2)").arg(account.name, account.platformName), account.id);
    m_account->setObjectName(QStringLiteral("accountCombo"));
    m_account->setAccessibleName(tr("Platform account"));
    m_name->setObjectName(QStringLiteral("remoteNameEdit"));
    m_name->setAccessibleName(tr("Name on the platform"));
    m_rules->setAccessibleName(tr("Platform rules"));

    auto* accountLabel = new QLabel(tr("&Account:"), this);
    accountLabel->setBuddy(m_account);
    auto* nameLabel = new QLabel(tr("Name on the &platform:"), this);
    nameLabel->setBuddy(m_name);
    auto* form = new QFormLayout;
    form->addRow(accountLabel, m_account);
    form->addRow(nameLabel, m_name);
    form->addRow(QString(), m_nameRule);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_rules);
    layout->addWidget(m_note);
    layout->addStretch(1);

    const int preselected = m_account->findData(preselectedAccountId);
    m_account->setCurrentIndex(preselected >= 0 ? preselected : (m_account->count() > 0 ? 0 : -1));
    connect(m_account, &QComboBox::currentIndexChanged, this, &RegisterAccountPage::accountChanged);
    connect(m_name, &QLineEdit::textChanged, this, &RegisterAccountPage::recheck);
    accountChanged();
}

qint64 RegisterAccountPage::accountId() const
{
    return m_account->currentIndex() >= 0 ? m_account->currentData().toLongLong() : 0;
}

QString RegisterAccountPage::remoteName() const
{
    return m_name->text().trimmed();
}

void RegisterAccountPage::accountChanged()
{
    const qint64 id = accountId();
    const auto option = std::find_if(m_accounts.cbegin(), m_accounts.cend(),
                                     [id](const RegisterAccountOption& account) { return account.id == id; });
    if (option == m_accounts.cend()) {
        m_name->clear();
        m_name->setEnabled(false);
        m_nameRule->clear();
        m_note->clear();
        recheck();
        return;
    }
    m_name->setEnabled(true);
    {
        const QSignalBlocker blocker(m_name);
        m_name->setText(m_backend.suggestedName(id));
    }
    m_nameRule->setText(option->nameRule);
    m_nameRule->setVisible(!option->nameRule.isEmpty());
    if (!option->writesBundle) {
        m_note->clear();
    } else if (!option->hasApi) {
        //: %1 is a platform such as "Alibaba Cloud IoT Platform"
        m_note->setText(tr("%1 has no API for CA certificates: the wizard writes an upload bundle for its console "
                           "instead (CA certificate, verification certificate, association CSV template and a README "
                           "with the steps).")
                            .arg(option->platformName));
    } else {
        //: %1 is a platform such as "AWS IoT Core"
        m_note->setText(tr("Work Offline is on: nothing is sent to %1. The wizard writes an upload bundle instead (CA "
                           "certificate, verification certificate and a README with the call that finishes the "
                           "registration on a connected machine).")
                            .arg(option->platformName));
    }
    m_note->setVisible(option->writesBundle);
    recheck();
}

void RegisterAccountPage::recheck()
{
    m_problem.clear();
    if (m_accounts.isEmpty()) {
        m_problem = tr("There is no platform account yet: add one in Tools → Platform Accounts.");
    } else if (const Status rules = m_backend.checkRules(accountId(), remoteName()); !rules) {
        m_problem = rules.error().message;
        if (rules.error().code == model::ErrorCode::CaName)
            //: Follows the platform's refusal of the CA's name; "Name on the platform" is the field above
            m_problem += QLatin1Char('\n')
                + tr("Enter a name the platform accepts in “Name on the platform”; the CA keeps its name in the "
                     "workspace.");
    }
    m_ok = m_problem.isEmpty();
    m_rules->setText(m_ok ? tr("The platform accepts this CA: its key type, name and serial number follow the "
                               "platform's rules.")
                          : m_problem);
    m_rules->setStyleSheet(m_ok ? QString() : QStringLiteral("color: #a4262c;"));
    m_rules->setAccessibleDescription(m_rules->text());
    Q_EMIT completeChanged();
}

bool RegisterAccountPage::isComplete() const
{
    return m_ok && accountId() != 0;
}

// ---- Registration code --------------------------------------------------------------------------------------------

RegisterCodePage::RegisterCodePage(RegisterCaWizard& wizard)
    : QWizardPage(&wizard)
    , m_wizard(wizard)
    , m_fetch(new QRadioButton(tr("&Fetch it from the platform while registering"), this))
    , m_type(new QRadioButton(tr("&Enter the code shown in the platform's console:"), this))
    , m_code(new QLineEdit(this))
    , m_hint(wrappedLabel(this, QStringLiteral("codeHintLabel")))
{
    setObjectName(QStringLiteral("registerCodePage"));
    setTitle(tr("Registration Code"));
    setSubTitle(tr("The verification certificate carries the platform's registration code as its Common Name; it "
                   "proves that you hold the CA's private key."));
    m_fetch->setObjectName(QStringLiteral("fetchCodeRadio"));
    m_type->setObjectName(QStringLiteral("typeCodeRadio"));
    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_code->setAccessibleName(tr("Registration code"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_fetch);
    group->addButton(m_type);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_fetch);
    layout->addWidget(m_type);
    layout->addWidget(m_code);
    layout->addWidget(m_hint);
    layout->addStretch(1);

    connect(m_fetch, &QRadioButton::toggled, this, &RegisterCodePage::updateState);
    connect(m_code, &QLineEdit::textChanged, this, &RegisterCodePage::completeChanged);
}

void RegisterCodePage::initializePage()
{
    const RegisterAccountOption account = m_wizard.currentAccount();
    m_fetch->setEnabled(account.codeFromApi);
    if (account.codeFromApi) {
        m_fetch->setChecked(true);
        m_hint->setText(tr("Fetching is the usual way. Type a code only when you already took one from the console."));
    } else if (account.hasApi && account.writesBundle) {
        m_type->setChecked(true);
        //: %1 is a platform such as "AWS IoT Core"
        m_hint->setText(tr("Work Offline is on, so nothing is fetched: type the registration code that %1 gave you. "
                           "The verification certificate is made for exactly this code.")
                            .arg(account.platformName));
    } else {
        m_type->setChecked(true);
        //: %1 is a platform such as "Alibaba Cloud IoT Platform"
        m_hint->setText(tr("%1 hands out the registration code in its console only: open the CA certificate page "
                           "there, copy the code and paste it here.")
                            .arg(account.platformName));
    }
    updateState();
}

void RegisterCodePage::updateState()
{
    m_code->setEnabled(m_type->isChecked());
    if (m_type->isChecked())
        m_code->setFocus();
    Q_EMIT completeChanged();
}

bool RegisterCodePage::isComplete() const
{
    return m_fetch->isChecked() || !m_code->text().trimmed().isEmpty();
}

int RegisterCodePage::nextId() const
{
    return m_wizard.currentAccount().writesBundle ? RegisterCaWizard::BundlePageId : RegisterCaWizard::ConfirmPageId;
}

QString RegisterCodePage::registrationCode() const
{
    return m_type->isChecked() ? m_code->text().trimmed() : QString();
}

// ---- Upload bundle folder -----------------------------------------------------------------------------------------

RegisterBundlePage::RegisterBundlePage(RegisterCaWizard& wizard, Prompter& prompter)
    : QWizardPage(&wizard)
    , m_wizard(wizard)
    , m_folder(new FilePathEdit(prompter, FilePathEdit::Mode::Folder, this))
{
    setObjectName(QStringLiteral("registerBundlePage"));
    setTitle(tr("Upload Bundle"));
    m_folder->setNames(QStringLiteral("bundleFolderEdit"), tr("Bundle folder"));
    m_folder->setChooser(tr("Folder for the Upload Bundle"));
    auto* label = new QLabel(tr("&Folder:"), this);
    label->setBuddy(m_folder->lineEdit());
    auto* form = new QFormLayout(this);
    form->addRow(label, m_folder);
    connect(m_folder, &FilePathEdit::pathChanged, this, &RegisterBundlePage::completeChanged);
}

void RegisterBundlePage::initializePage()
{
    if (m_wizard.currentAccount().hasApi) {
        setSubTitle(tr("Work Offline is on. The wizard writes ca.pem, verification.pem and a README.txt with the API "
                       "call and its parameters that finish the registration on a connected machine. The folder "
                       "must not hold these files yet; no private key is written."));
    } else {
        setSubTitle(tr("The platform has no API for CA certificates. The wizard writes what its console asks for into "
                       "a folder: ca.pem, verification.pem, the association CSV template and a README with the "
                       "steps."));
    }
}

bool RegisterBundlePage::isComplete() const
{
    return !m_folder->path().isEmpty();
}

QString RegisterBundlePage::folder() const
{
    return m_folder->path().isEmpty() ? QString() : QDir::cleanPath(m_folder->path());
}

// ---- Confirmation -------------------------------------------------------------------------------------------------

RegisterConfirmPage::RegisterConfirmPage(RegisterCaWizard& wizard, const QString& caName)
    : QWizardPage(&wizard)
    , m_wizard(wizard)
    , m_caName(caName)
    , m_summary(wrappedLabel(this, QStringLiteral("summaryLabel")))
{
    setObjectName(QStringLiteral("registerConfirmPage"));
    setTitle(tr("Ready"));
    setCommitPage(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addStretch(1);
}

void RegisterConfirmPage::initializePage()
{
    const RegisterAccountOption account = m_wizard.currentAccount();
    const RegisterCaInput input = m_wizard.input();
    QStringList parts;
    if (!account.writesBundle) {
        //: %1 is a CA name, %2 an account, %3 a platform, %4 the CA's name on the platform
        parts << tr("Register '%1' with the account %2 (%3) as '%4', active.")
                     .arg(m_caName, account.name, account.platformName, input.remoteName);
        parts << (input.registrationCode.isEmpty()
                      ? tr("The registration code is fetched from the platform.")
                      : tr("The verification certificate is made for the code '%1'.").arg(input.registrationCode));
        parts << tr("The CA's private key signs the verification certificate: you may be asked for its passphrase.");
        setButtonText(QWizard::CommitButton, tr("&Register"));
    } else {
        //: %1 is a CA name, %2 a registration code, %3 a folder
        parts << tr("Write the upload bundle of '%1' for the code '%2' into %3.")
                     .arg(m_caName, input.registrationCode, QDir::toNativeSeparators(input.bundleFolder));
        parts << tr("The CA's private key signs the verification certificate: you may be asked for its passphrase.");
        parts << (account.hasApi ? tr("Nothing is sent (Work Offline): you finish the registration on a connected "
                                      "machine, as the bundle's README says.")
                                 : tr("Nothing is sent: you upload the bundle in the platform's console."));
        setButtonText(QWizard::CommitButton, tr("&Write Bundle"));
    }
    m_summary->setText(parts.join(QLatin1Char('\n')));
    m_summary->setAccessibleName(m_summary->text());
}

QString RegisterConfirmPage::summary() const
{
    return m_summary->text();
}

} // namespace iotca::ui
