#pragma once

#include "RegisterCaBackend.h"

#include <QWizard>

#include <optional>

namespace iotca::ui {

class Prompter;
class RegisterAccountPage;
class RegisterBundlePage;
class RegisterCaRunPage;
class RegisterCodePage;
class RegisterConfirmPage;

/// CA → Register with Platform: account (rules checked up front) → registration code (fetched or typed) → for an
/// account without API or with Work Offline on, the upload bundle's folder → confirmation → run with progress and
/// Cancel → result or the specific error with the platform's answer. The wizard only shows and asks; `backend` does the
/// work (RegisterCaCommand). After exec(), outcome() holds what the run gave, if it ran.
class RegisterCaWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { AccountPageId, CodePageId, BundlePageId, ConfirmPageId, RunPageId };

    RegisterCaWizard(RegisterCaBackend& backend, Prompter& prompter, const QString& caName,
                     const QList<RegisterAccountOption>& accounts, qint64 preselectedAccountId,
                     QWidget* parent = nullptr);
    ~RegisterCaWizard() override;

    /// The account chosen on the first page (a default option when there is none).
    [[nodiscard]] RegisterAccountOption currentAccount() const;
    [[nodiscard]] RegisterCaInput input() const;
    /// Set once the run finished (success, failure or cancel).
    [[nodiscard]] const std::optional<Result<RegisterCaOutcome>>& outcome() const;
    [[nodiscard]] bool isRunning() const;

    /// Cancel: while the run is in progress this asks it to stop and closes once it did.
    void reject() override;

private:
    /// Offers Retry and Close after a failed run (`failed`), Finish otherwise.
    void showRetry(bool failed);

    QList<RegisterAccountOption> m_accounts;
    QString m_finishText;
    RegisterAccountPage* m_accountPage;
    RegisterCodePage* m_codePage;
    RegisterBundlePage* m_bundlePage;
    RegisterConfirmPage* m_confirmPage;
    RegisterCaRunPage* m_runPage;
};

} // namespace iotca::ui
