#include "IssueDevicesCommand.h"

#include "CaKeyUnlock.h"
#include "DeviceRegistrationRun.h"
#include "ui/Prompter.h"
#include "ui/dialogs/IssueDevicesDialog.h"
#include "ui/dialogs/JobProgressDialog.h"
#include "ui/widgets/KeyAlgorithmCombo.h"

#include "crypto/Certificate.h"

#include "model/jobs/DeviceBatchParameters.h"
#include "model/jobs/DeviceProfile.h"
#include "model/jobs/IssueDeviceCertificatesJob.h"
#include "model/platform/DeviceConnectionDetails.h"
#include "model/workspace/CaRecord.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/PlatformAccountRecord.h"
#include "model/workspace/PlatformAccountRepository.h"
#include "model/workspace/Workspace.h"

#include <QDir>
#include <QEventLoop>

#include <memory>
#include <utility>

namespace iotca::ui {

namespace {
model::DeviceProfile profileForPlatform(const QString& platformId)
{
    using Id = model::DeviceProfile::Id;
    if (platformId == QLatin1String("aliyun-iot"))
        return model::DeviceProfile(Id::AlibabaIot);
    if (platformId == QLatin1String("apsaramq-mqtt"))
        return model::DeviceProfile(Id::ApsaraMq);
    if (platformId == QLatin1String("tencent-iothub"))
        return model::DeviceProfile(Id::TencentIotHub);
    return model::DeviceProfile(Id::Generic);
}

AccountChoice choiceFor(const model::DeviceProfile& profile, QString id, QString name, QString product)
{
    AccountChoice choice;
    choice.id = std::move(id);
    choice.displayName = std::move(name);
    choice.productKey = std::move(product);
    choice.profileId = profile.name();
    for (const crypto::KeyAlgorithm algorithm : KeyAlgorithmCombo::everyAlgorithm()) {
        if (profile.checkKeyAlgorithm(algorithm))
            choice.deviceKeyAlgorithms << algorithm;
    }
    return choice;
}
} // namespace

IssueDevicesCommand::IssueDevicesCommand(model::Workspace& workspace, model::SecretStore& secrets, Prompter& prompter,
                                         QWidget* window, qint64 caId, qint64 accountId)
    : Command(workspace, secrets, prompter, window)
    , m_caId(caId)
    , m_accountId(accountId)
{ }

IssueDevicesCommand::~IssueDevicesCommand() = default;

void IssueDevicesCommand::doStart()
{
    const auto ca = workspace().cas().get(m_caId);
    if (!ca) {
        fail(ca.error());
        return;
    }
    QList<AccountChoice> choices;
    QHash<QString, model::DeviceProfile> profileOfAccount;
    const auto accounts = workspace().accounts().list();
    if (accounts) {
        for (const auto& account : accounts.value()) {
            const model::DeviceProfile profile = profileForPlatform(account.platformId);
            //: %1 is an account name, %2 a platform such as "Alibaba Cloud IoT Platform"
            AccountChoice choice = choiceFor(profile, QString::number(account.id),
                                             tr("%1 (%2)").arg(account.name, profile.displayName()), account.product);
            if (const auto target = DeviceRegistrationRun::target(workspace(), m_caId, account.id, true))
                choice.registerPlatformName = target->platformName;
            profileOfAccount.insert(choice.id, profile);
            if (account.id == m_accountId)
                choices.prepend(choice);
            else
                choices.append(choice);
        }
    }
    const model::DeviceProfile generic(model::DeviceProfile::Id::Generic);
    choices << choiceFor(generic, QString(), tr("Workspace only (generic file names)"), QString());
    profileOfAccount.insert(QString(), generic);

    QList<IssueDevicesDialog::Profile> profiles;
    for (const model::DeviceProfile& profile : model::DeviceProfile::all())
        profiles << IssueDevicesDialog::Profile {profile.name(), profile.displayName()};

    IssueDevicesDialog dialog(prompter(), ca->name, choices, profiles, window());
    if (prompter().exec(dialog) != QDialog::Accepted) {
        cancel();
        return;
    }
    const IssueDevicesRequest request = dialog.request();

    model::DeviceBatchParameters parameters;
    parameters.caId = m_caId;
    parameters.productKey = request.productKey;
    parameters.profile =
        model::DeviceProfile::fromName(request.profile).value_or(profileOfAccount.value(request.accountId));
    parameters.outputFolder = request.outputFolder;
    // An archive holds its own CSV.
    parameters.archivePath = request.archivePath;
    if (request.archivePath.isEmpty())
        parameters.csvPath = QDir(request.outputFolder).filePath(request.productKey + QStringLiteral("-devices.csv"));
    parameters.validityDays = request.validityDays;
    if (const Status valid = model::IssueDeviceCertificatesJob::validate(workspace(), parameters, request.deviceNames,
                                                                         request.algorithm);
        !valid) {
        fail(valid.error());
        return;
    }

    // The CA key: from the keychain when remembered, else asked for until it is right or the user gives up; the
    // decryption runs on the thread pool, and a window closed meanwhile takes this command and the unlock with it.
    auto* unlock = new CaKeyUnlock(workspace(), secrets(), prompter(), m_caId, this);
    unlock->setDialogParent(window());
    connect(unlock, &CaKeyUnlock::unlocking, this, [this] { setBusy(true); });
    unlock->start([this, request](Result<crypto::PrivateKey> key) {
        if (!key) {
            failOrCancel(key.error());
            return;
        }
        runJob(request, std::move(key.value()));
    });
}

void IssueDevicesCommand::runJob(const IssueDevicesRequest& request, crypto::PrivateKey caKey)
{
    model::DeviceBatchParameters parameters;
    parameters.caId = m_caId;
    parameters.productKey = request.productKey;
    parameters.profile = model::DeviceProfile::fromName(request.profile).value_or(model::DeviceProfile());
    parameters.outputFolder = request.outputFolder;
    // An archive holds its own CSV.
    parameters.archivePath = request.archivePath;
    if (request.archivePath.isEmpty())
        parameters.csvPath = QDir(request.outputFolder).filePath(request.productKey + QStringLiteral("-devices.csv"));
    parameters.validityDays = request.validityDays;

    // Owned here, not by the command: once it finished, its items, its commit thread and that thread's workspace
    // connection (with its page cache) go at once instead of living as long as the window.
    const auto owned = std::make_unique<model::IssueDeviceCertificatesJob>(workspace(), parameters, request.deviceNames,
                                                                           request.algorithm, std::move(caKey));
    model::IssueDeviceCertificatesJob* job = owned.get();
    JobProgressDialog progress(
        job, tr("Issuing Device Certificates"),
        //: %Ln is a formatted number, %1 a product
        tr("Issuing %Ln device certificates for product %1…", nullptr, static_cast<int>(request.deviceNames.size()))
            .arg(request.productKey),
        window());
    connect(job, &model::Job::finished, &progress,
            [&progress, job, folder = request.outputFolder, archive = request.archivePath] {
                // The paths go below a blank line: JobProgressDialog shows them in its details area, where they wrap.
                QStringList where {archive.isEmpty() ? //: %1 is a folder
                                       tr("Folder: %1").arg(QDir::toNativeSeparators(folder))
                                                     : //: %1 is a ZIP file
                                       tr("Archive: %1").arg(QDir::toNativeSeparators(archive))};
                for (const QString& csv : job->csvFiles())
                    //: %1 is a file path
                    where << tr("Association CSV: %1").arg(QDir::toNativeSeparators(csv));
                //: %Ln is a formatted number
                progress.setSummary(tr("Issued %Ln device certificates.", nullptr, static_cast<int>(job->issuedCount()))
                                    + QStringLiteral("\n\n") + where.join(QLatin1Char('\n')));
            });
    Q_EMIT jobStarted(job);
    job->start();
    setBusy(true);
    (void)prompter().exec(progress);
    if (!job->isFinished()) {
        // The dialog was closed another way (window closing): stop the job and let it finish cleanly.
        job->cancel();
        QEventLoop wait;
        connect(job, &model::Job::finished, &wait, &QEventLoop::quit);
        if (!job->isFinished())
            wait.exec();
    }
    const Status outcome = job->status();
    const qint64 issued = job->issuedCount();
    const QStringList csvFiles = job->csvFiles();
    QStringList serials;
    for (const model::IssuedDeviceFiles& files : job->issued())
        serials << files.serialHex;
    if (!outcome) {
        fail(outcome.error());
        return;
    }
    //: %Ln is a formatted number, %1 a list of files
    QString issuedMessage = tr("Issued %Ln device certificates; association CSV: %1", nullptr, static_cast<int>(issued))
                                .arg(csvFiles.join(QStringLiteral(", ")));
    if (!request.archivePath.isEmpty()) {
        //: %Ln is a formatted number, %1 a ZIP file
        succeed(tr("Issued %Ln device certificates into the archive %1.", nullptr, static_cast<int>(issued))
                    .arg(QDir::toNativeSeparators(request.archivePath)));
        return;
    }
    if (!request.accountId.isEmpty()) {
        // What the devices need to connect to the account's platform, beside their files (as `device connection`).
        const auto written = writeConnectionDetails(request);
        if (!written) {
            Error error = written.error();
            error.message = issuedMessage + QLatin1Char('\n') + error.message;
            fail(error);
            return;
        }
        //: %1 is a list of files
        issuedMessage += QLatin1Char('\n') + tr("Connection details: %1").arg(written->join(QStringLiteral(", ")));
    }
    if (!request.registerOnPlatform || serials.isEmpty()) {
        succeed(issuedMessage);
        return;
    }
    registerIssued(request, serials, issuedMessage);
}

Result<QStringList> IssueDevicesCommand::writeConnectionDetails(const IssueDevicesRequest& request) const
{
    const auto account = workspace().accounts().get(request.accountId.toLongLong());
    if (!account)
        return account.error();
    const auto details = model::DeviceConnectionDetails::forAccountRecord(*account);
    if (!details)
        return details.error();
    const auto ca = workspace().cas().get(m_caId);
    if (!ca)
        return ca.error();
    const auto certificate = crypto::Certificate::fromDer(ca->certificateDer);
    if (!certificate)
        return certificate.error();
    return details->write(request.outputFolder, *certificate, true);
}

void IssueDevicesCommand::registerIssued(const IssueDevicesRequest& request, const QStringList& serials,
                                         const QString& issuedMessage)
{
    // The certificates are issued and recorded whatever happens next; the registration is a second step with its
    // own progress and Cancel, and Devices → Register on Platform… repeats it safely.
    const auto target = DeviceRegistrationRun::target(workspace(), m_caId, request.accountId.toLongLong(), true);
    if (!target) {
        Error error = target.error();
        error.message = issuedMessage + QLatin1Char('\n') + error.message;
        fail(error);
        return;
    }
    auto* run = new DeviceRegistrationRun(workspace(), secrets(), prompter(), window(), this);
    connect(run, &DeviceRegistrationRun::jobStarted, this, &IssueDevicesCommand::registrationStarted);
    const DeviceRegistrationRun::Report report = run->run(*target, serials);
    reportPlatformContact(target->accountId, report.status);
    Error problem;
    if (!report.status)
        problem = report.status.error();
    else if (report.partial)
        problem = report.failures;
    if (!problem.message.isEmpty()) {
        //: %1 says what was issued; %2 why the registration that followed did not complete
        problem.message = tr("%1\nRegistering them on the platform did not complete: %2. Devices → Register on "
                             "Platform… takes it up again.")
                              .arg(issuedMessage, problem.message);
        fail(problem);
        return;
    }
    succeed(issuedMessage + QLatin1Char('\n') + report.message);
}

} // namespace iotca::ui
