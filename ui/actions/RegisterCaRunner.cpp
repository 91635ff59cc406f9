#include "RegisterCaRunner.h"

#include "BackgroundTask.h"
#include "CaKeyUnlock.h"
#include "ui/Prompter.h"

#include "crypto/Certificate.h"
#include "model/ModelErrorCode.h"
#include "model/platform/OfflineRegistrationBundleWriter.h"
#include "model/platform/PlatformCapabilities.h"
#include "model/platform/PreflightChecker.h"
#include "model/registration/CaRegistrationPrecheck.h"
#include "model/registration/RegistrationJobs.h"
#include "model/workspace/CaRegistrationRecord.h"
#include "model/workspace/CaRegistrationRepository.h"
#include "model/workspace/DeviceCertificateRecord.h"
#include "model/workspace/DeviceCertificateRepository.h"
#include "model/workspace/PlatformAccountRecord.h"
#include "model/workspace/PlatformAccountRepository.h"
#include "model/workspace/VerificationCertificateLedger.h"
#include "model/workspace/Workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QWidget>

#include <memory>
#include <utility>

namespace iotca::ui {

namespace {
Result<model::PlatformCapabilities> capabilitiesOf(const model::PlatformAccountRecord& account)
{
    const auto platform = model::parsePlatformId(account.platformId);
    if (!platform)
        //: %1 is an account name, %2 the stored platform id
        return Error {RegisterCaRunner::tr("The platform account '%1' names an unknown platform '%2'.")
                          .arg(account.name, account.platformId)};
    return model::PlatformCapabilities::forPlatform(*platform);
}
} // namespace

RegisterCaRunner::RegisterCaRunner(model::Workspace& workspace, model::SecretStore& secrets, Prompter& prompter,
                                   model::CaRecord ca, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_secrets(secrets)
    , m_prompter(prompter)
    , m_ca(std::move(ca))
{ }

RegisterCaRunner::~RegisterCaRunner() = default;

Error RegisterCaRunner::cancelledError()
{
    return Error {tr("Cancelled: nothing was registered."), {}, model::ErrorCode::Cancelled};
}

Status RegisterCaRunner::checkRules(qint64 accountId, const QString& remoteName) const
{
    const auto account = m_workspace.accounts().get(accountId);
    if (!account)
        return account.error();
    return model::CaRegistrationPrecheck::check(m_workspace, m_ca, *account, remoteName);
}

QString RegisterCaRunner::suggestedName(qint64 accountId) const
{
    const auto account = m_workspace.accounts().get(accountId);
    if (!account)
        return m_ca.name;
    const auto caps = capabilitiesOf(*account);
    if (!caps)
        return m_ca.name;
    const model::PreflightChecker rules(*caps);
    if (rules.checkCaName(m_ca.name))
        return m_ca.name;
    // Keep what the rule allows, character by character; what it refuses becomes '_' (or '-') when allowed.
    const auto allowed = [&rules](const QString& text) { return bool(rules.checkCaName(text.repeated(8))); };
    QString replacement;
    if (allowed(QStringLiteral("_")))
        replacement = QStringLiteral("_");
    else if (allowed(QStringLiteral("-")))
        replacement = QStringLiteral("-");
    QString name;
    for (const QChar c : m_ca.name) {
        if (allowed(QString(c)))
            name += c;
        else if (!replacement.isEmpty() && !name.endsWith(replacement))
            name += replacement;
    }
    name = name.left(caps->caNameMaxLength);
    while (name.size() < caps->caNameMinLength && !replacement.isEmpty())
        name += replacement;
    return rules.checkCaName(name) ? name : m_ca.name;
}

void RegisterCaRunner::start(const RegisterCaInput& input, Progress progress, Done done)
{
    m_input = input;
    m_progress = std::move(progress);
    m_done = std::move(done);
    m_cancelled = false;
    unlockKey();
}

void RegisterCaRunner::cancel()
{
    m_cancelled = true;
    if (m_unlock)
        m_unlock->cancel();
    if (m_job)
        m_job->cancel();
}

void RegisterCaRunner::unlockKey()
{
    auto* unlock = new CaKeyUnlock(m_workspace, m_secrets, m_prompter, m_ca.id, this);
    unlock->setDialogParent(m_dialogParent);
    m_unlock = unlock;
    connect(unlock, &CaKeyUnlock::unlocking, this, [this](bool remembered) {
        m_progress(0, 0,
                   remembered ? tr("Unlocking the CA key with the remembered passphrase…")
                              : tr("Unlocking the CA key…"));
    });
    unlock->start([this, unlock](Result<crypto::PrivateKey> key) {
        unlock->deleteLater();
        if (m_cancelled || (!key && CaKeyUnlock::isCancelled(key.error()))) {
            finish(cancelledError());
            return;
        }
        if (!key) {
            finish(key.error());
            return;
        }
        proceed(std::move(key.value()));
    });
}

void RegisterCaRunner::proceed(crypto::PrivateKey key)
{
    const auto account = m_workspace.accounts().get(m_input.accountId);
    if (!account) {
        finish(account.error());
        return;
    }
    const auto caps = capabilitiesOf(*account);
    if (!caps) {
        finish(caps.error());
        return;
    }
    if (caps->supports(model::PlatformCapabilities::Operation::RegisterCa) && !m_offline)
        registerWithPlatform(std::move(key));
    else
        writeBundle(*account, caps->platform, std::move(key));
}

void RegisterCaRunner::registerWithPlatform(crypto::PrivateKey key)
{
    if (m_cancelled) {
        finish(cancelledError());
        return;
    }
    model::RegisterCaRequest request;
    request.caId = m_ca.id;
    request.registrationCode = m_input.registrationCode;
    request.remoteName = m_input.remoteName;
    request.caKey = std::move(key);
    request.activate = true;
    const qint64 accountId = m_input.accountId;
    // The job opens the account itself: the credentials are read from the keychain without blocking.
    auto* job = new model::RegisterCaJob(model::AccountAccess::toOpen(m_workspace, m_secrets, accountId),
                                         std::move(request), this);
    m_job = job;
    connect(job, &model::RegistrationJob::step, this, [this](qint64 done, qint64 total, const QString& step) {
        if (m_progress)
            m_progress(static_cast<int>(done), static_cast<int>(total), step);
    });
    connect(job, &model::RegistrationJob::verificationCertificateMade, this,
            [this](const QByteArray& pem) { m_verificationPem = pem; });
    connect(job, &model::Job::finished, this, [this, job, accountId](const Status& status) {
        job->deleteLater();
        if (m_observer)
            m_observer(accountId, status);
        if (!status) {
            finish(status.error());
            return;
        }
        const model::CaRegistrationRecord& registered = job->result();
        RegisterCaOutcome outcome;
        outcome.remoteId = registered.remoteId;
        outcome.status = model::registrationStatusDisplayName(registered.status);
        outcome.registrationCode = registered.registrationCode;
        outcome.verificationPem = m_verificationPem;
        finish(outcome);
    });
    job->start();
}

void RegisterCaRunner::writeBundle(const model::PlatformAccountRecord& account, model::PlatformId platform,
                                   crypto::PrivateKey key)
{
    auto certificate = crypto::Certificate::fromDer(m_ca.certificateDer);
    if (!certificate) {
        finish(certificate.error());
        return;
    }
    model::OfflineRegistrationRequest request;
    request.platform = platform;
    request.folder = m_input.bundleFolder;
    request.caName = m_input.remoteName.isEmpty() ? m_ca.name : m_input.remoteName;
    request.caCertificate = certificate.value();
    request.caKey = std::move(key);
    request.registrationCode = m_input.registrationCode;
    request.region = account.region;
    request.instanceId = account.instanceId;
    auto associations = model::CaRegistrationPrecheck::bundleAssociations(m_workspace, m_ca.id, account);
    if (!associations) {
        finish(associations.error());
        return;
    }
    request.associations = std::move(associations.value());
    request.recordVerificationCertificate =
        model::VerificationCertificateLedger(m_workspace)
            .recorder(m_ca.id, model::VerificationCertificatePurpose::OfflineRegistration);
    request.reserveVerificationSerial = model::VerificationCertificateLedger(m_workspace).serialReserver(m_ca.id);
    m_progress(0, 0, tr("Writing the upload bundle…"));
    auto shared = std::make_shared<model::OfflineRegistrationRequest>(std::move(request));
    runInBackground<Result<model::OfflineRegistrationBundle>>(
        this, [shared] { return model::OfflineRegistrationBundleWriter::write(*shared); },
        [this, folder = m_input.bundleFolder,
         code = m_input.registrationCode](Result<model::OfflineRegistrationBundle> written) {
            if (!written) {
                finish(written.error());
                return;
            }
            RegisterCaOutcome outcome;
            outcome.bundle = true;
            outcome.folder = folder;
            outcome.registrationCode = code;
            for (const QString& file : written->files())
                outcome.files << QFileInfo(file).fileName();
            if (QFile verification(written->verificationCertificatePath); verification.open(QIODevice::ReadOnly))
                outcome.verificationPem = verification.readAll();
            finish(outcome);
        });
}

void RegisterCaRunner::finish(Result<RegisterCaOutcome> outcome)
{
    if (Done done = std::exchange(m_done, {}))
        done(std::move(outcome));
}

} // namespace iotca::ui
