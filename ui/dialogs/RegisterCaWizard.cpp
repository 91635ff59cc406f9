#include "RegisterCaWizard.h"

#include "RegisterCaPages.h"
#include "RegisterCaRunPage.h"

#include "model/ModelErrorCode.h"

#include <QAbstractButton>
#include <QPushButton>

namespace iotca::ui {

RegisterCaWizard::RegisterCaWizard(RegisterCaBackend& backend, Prompter& prompter, const QString& caName,
                                   const QList<RegisterAccountOption>& accounts, qint64 preselectedAccountId,
                                   QWidget* parent)
    : QWizard(parent)
    , m_accounts(accounts)
    , m_accountPage(new RegisterAccountPage(*this, backend, accounts, preselectedAccountId))
    , m_codePage(new RegisterCodePage(*this))
    , m_bundlePage(new RegisterBundlePage(*this, prompter))
    , m_confirmPage(new RegisterConfirmPage(*this, caName))
    , m_runPage(new RegisterCaRunPage(*this, backend))
{
    setObjectName(QStringLiteral("registerCaWizard"));
    //: %1 is a CA name
    setWindowTitle(tr("Register '%1' with a Platform").arg(caName));
    setOptions(options() | QWizard::NoBackButtonOnLastPage);
    setMinimumSize(620, 440);
    setPage(AccountPageId, m_accountPage);
    setPage(CodePageId, m_codePage);
    setPage(BundlePageId, m_bundlePage);
    setPage(ConfirmPageId, m_confirmPage);
    setPage(RunPageId, m_runPage);
    setStartId(AccountPageId);

    const std::pair<WizardButton, const char*> names[] = {
        {BackButton, "backButton"},     {NextButton, "nextButton"},     {CommitButton, "commitButton"},
        {FinishButton, "finishButton"}, {CancelButton, "cancelButton"},
    };
    for (const auto& [which, name] : names) {
        if (QAbstractButton* b = button(which)) {
            b->setObjectName(QString::fromLatin1(name));
            QString plain = b->text();
            plain.remove(QLatin1Char('&'));
            b->setAccessibleName(plain.remove(QLatin1Char('<')).remove(QLatin1Char('>')).trimmed());
        }
    }

    m_finishText = buttonText(FinishButton);
    // After a failed run the wizard offers Retry (the same input again) and Close; Finish is for a success.
    setButtonText(CustomButton1, tr("&Retry"));
    button(CustomButton1)->setObjectName(QStringLiteral("retryButton"));
    button(CustomButton1)->setAccessibleName(tr("Retry"));
    setButtonLayout({Stretch, CustomButton1, BackButton, NextButton, CommitButton, FinishButton, CancelButton});
    button(CustomButton1)->hide(); // a custom layout shows its custom buttons; showRetry() decides
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which != CustomButton1)
            return;
        showRetry(false);
        m_runPage->retry();
    });

    connect(m_runPage, &RegisterCaRunPage::runFinished, this, [this](bool cancelled) {
        button(CancelButton)->setEnabled(true);
        if (cancelled) {
            QWizard::reject();
            return;
        }
        showRetry(m_runPage->outcome() && !m_runPage->outcome()->ok()
                  && m_runPage->outcome()->error().code != model::ErrorCode::Cancelled);
    });
}

RegisterCaWizard::~RegisterCaWizard() = default;

void RegisterCaWizard::showRetry(bool failed)
{
    button(CustomButton1)->setVisible(failed);
    setButtonText(FinishButton, failed ? tr("&Close") : m_finishText);
    if (QAbstractButton* finish = button(FinishButton)) {
        QString plain = finish->text();
        finish->setAccessibleName(plain.remove(QLatin1Char('&')));
    }
    if (failed) {
        if (auto* retry = qobject_cast<QPushButton*>(button(CustomButton1))) {
            retry->setDefault(true);
            retry->setFocus();
        }
    }
}

RegisterAccountOption RegisterCaWizard::currentAccount() const
{
    const qint64 id = m_accountPage->accountId();
    for (const RegisterAccountOption& account : m_accounts) {
        if (account.id == id)
            return account;
    }
    return {};
}

RegisterCaInput RegisterCaWizard::input() const
{
    RegisterCaInput input;
    input.accountId = m_accountPage->accountId();
    input.remoteName = m_accountPage->remoteName();
    input.registrationCode = m_codePage->registrationCode();
    if (currentAccount().writesBundle)
        input.bundleFolder = m_bundlePage->folder();
    return input;
}

const std::optional<Result<RegisterCaOutcome>>& RegisterCaWizard::outcome() const
{
    return m_runPage->outcome();
}

bool RegisterCaWizard::isRunning() const
{
    return m_runPage->isRunning();
}

void RegisterCaWizard::reject()
{
    if (m_runPage->isRunning()) {
        button(CancelButton)->setEnabled(false);
        m_runPage->requestCancel();
        return;
    }
    QWizard::reject();
}

} // namespace iotca::ui
