#pragma once

#include "ui/dialogs/RegisterCaBackend.h"

#include "crypto/PrivateKey.h"
#include "model/jobs/Job.h"
#include "model/platform/PlatformId.h"
#include "model/workspace/CaRecord.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace iotca::model {
struct PlatformAccountRecord;
class SecretStore;
class Workspace;
} // namespace iotca::model

namespace iotca::ui {

class CaKeyUnlock;
class Prompter;

/// What the register wizard runs for one CA (RegisterCaBackend): the platform's rules before anything is sent, the
/// CA key unlocked (remembered passphrase, else PassphraseDialog; the decryption off the GUI thread), then
/// CaRegistrationService::registerCa on the account's connector, or, for an account without API or with Work Offline
/// on, the upload bundle written with OfflineRegistrationBundleWriter.
class RegisterCaRunner : public QObject, public RegisterCaBackend
{
    Q_OBJECT
public:
    /// Called after each platform call with its account and outcome (for the status bar).
    using PlatformCallObserver = std::function<void(qint64 accountId, const Status& outcome)>;

    RegisterCaRunner(model::Workspace& workspace, model::SecretStore& secrets, Prompter& prompter, model::CaRecord ca,
                     QObject* parent = nullptr);
    ~RegisterCaRunner() override;

    /// The window the passphrase dialog opens over (the wizard).
    void setDialogParent(QWidget* parent) { m_dialogParent = parent; }
    void setPlatformCallObserver(PlatformCallObserver observer) { m_observer = std::move(observer); }
    /// Work Offline: nothing is sent; every account gets the upload bundle instead of a registration.
    void setOffline(bool offline) { m_offline = offline; }

    [[nodiscard]] Status checkRules(qint64 accountId, const QString& remoteName) const override;
    [[nodiscard]] QString suggestedName(qint64 accountId) const override;
    void start(const RegisterCaInput& input, Progress progress, Done done) override;
    void cancel() override;

private:
    /// The CA key through CaKeyUnlock (keychain or PassphraseDialog; decrypted off the GUI thread), then proceed().
    void unlockKey();
    void proceed(crypto::PrivateKey key);
    void registerWithPlatform(crypto::PrivateKey key);
    void writeBundle(const model::PlatformAccountRecord& account, model::PlatformId platform, crypto::PrivateKey key);
    void finish(Result<RegisterCaOutcome> outcome);
    [[nodiscard]] static Error cancelledError();

    model::Workspace& m_workspace;
    model::SecretStore& m_secrets;
    Prompter& m_prompter;
    model::CaRecord m_ca;
    QByteArray m_verificationPem;
    QPointer<QWidget> m_dialogParent;
    PlatformCallObserver m_observer;
    RegisterCaInput m_input;
    Progress m_progress;
    Done m_done;
    QPointer<CaKeyUnlock> m_unlock;
    QPointer<model::Job> m_job;
    bool m_cancelled = false;
    bool m_offline = false;
};

} // namespace iotca::ui
