#include "CeremonyOutputPages.h"

#include "ui/widgets/FilePathEdit.h"

#include "model/jobs/DeviceValidity.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace iotca::ui {

namespace {

QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

QLabel* noteLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

// ---- Verification certificates ------------------------------------------------------------------------------------

CeremonyVerificationPage::CeremonyVerificationPage(QWidget* parent)
    : QWizardPage(parent)
{
    setObjectName(QStringLiteral("ceremonyVerificationPage"));
    setTitle(tr("Verification Certificates"));
    setSubTitle(tr("Type the registration code each platform's console shows for this CA. The ceremony's CA signs "
                   "a verification certificate for each, to upload with the CA. Leave a field empty to make none."));
    auto* form = new QFormLayout(this);
    const QList<std::pair<model::PlatformId, QString>> platforms {
        {model::PlatformId::AliyunIot, tr("&Alibaba Cloud IoT Platform:")},
        {model::PlatformId::TencentIotHub, tr("&Tencent Cloud IoT Hub:")},
        {model::PlatformId::AwsIot, tr("A&WS IoT Core:")},
        {model::PlatformId::ApsaraMq, tr("Apsara&MQ for MQTT:")}};
    for (const auto& [platform, label] : platforms) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(model::platformIdName(platform) + QStringLiteral("CodeEdit"));
        //: %1 is a platform such as "AWS IoT Core"
        edit->setAccessibleName(tr("Registration code for %1").arg(model::platformDisplayName(platform)));
        edit->setMaxLength(64);
        form->addRow(buddyLabel(label, edit, this), edit);
        m_codes.emplace(platform, edit);
    }
}

void CeremonyVerificationPage::apply(model::CeremonyScript& script, const QString& ca, const QDir& out) const
{
    for (const auto& [platform, edit] : m_codes) {
        const QString code = edit->text().trimmed();
        if (code.isEmpty())
            continue;
        model::CeremonyVerificationCertificate entry;
        entry.ca = ca;
        entry.code = code;
        entry.platform = model::platformIdName(platform);
        entry.out = out.filePath(QStringLiteral("verification/%1.pem").arg(entry.platform));
        script.verificationCertificates.append(entry);
    }
}

// ---- Device batch -------------------------------------------------------------------------------------------------

CeremonyDevicesPage::CeremonyDevicesPage(QWidget* parent)
    : QWizardPage(parent)
    , m_issue(new QCheckBox(tr("&Issue a batch of device certificates"), this))
    , m_product(new QLineEdit(this))
    , m_count(new QSpinBox(this))
    , m_prefix(new QLineEdit(this))
    , m_days(new QSpinBox(this))
{
    setObjectName(QStringLiteral("ceremonyDevicesPage"));
    setTitle(tr("Device Certificates"));
    setSubTitle(tr("Devices named <prefix>1, <prefix>2, … get a key and a certificate from the ceremony's CA, with "
                   "an association CSV for the platform."));
    m_issue->setObjectName(QStringLiteral("devicesCheck"));
    m_product->setObjectName(QStringLiteral("productEdit"));
    m_product->setAccessibleName(tr("Product key"));
    m_count->setObjectName(QStringLiteral("countSpin"));
    m_count->setAccessibleName(tr("Number of devices"));
    m_count->setRange(1, model::CeremonyScriptParser::maxDevicesPerBatch);
    m_count->setValue(10);
    m_prefix->setObjectName(QStringLiteral("prefixEdit"));
    m_prefix->setAccessibleName(tr("Device name prefix"));
    m_prefix->setText(QStringLiteral("device-"));
    m_days->setObjectName(QStringLiteral("deviceDaysSpin"));
    m_days->setAccessibleName(tr("Validity in days"));
    m_days->setRange(1, 36500);
    m_days->setValue(model::defaultDeviceValidityDays);

    auto* fields = new QWidget(this);
    auto* form = new QFormLayout(fields);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(buddyLabel(tr("&Product key:"), m_product, fields), m_product);
    form->addRow(buddyLabel(tr("&Count:"), m_count, fields), m_count);
    form->addRow(buddyLabel(tr("Name pr&efix:"), m_prefix, fields), m_prefix);
    form->addRow(buddyLabel(tr("&Validity (days):"), m_days, fields), m_days);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_issue);
    layout->addWidget(fields);
    layout->addStretch(1);
    connect(m_issue, &QCheckBox::toggled, fields, &QWidget::setEnabled);
    fields->setEnabled(false);
}

void CeremonyDevicesPage::apply(model::CeremonyScript& script, const QString& ca, const QDir& out) const
{
    if (!m_issue->isChecked())
        return;
    model::CeremonyDeviceBatch batch;
    batch.ca = ca;
    batch.product = m_product->text().trimmed();
    batch.count = m_count->value();
    batch.prefix = m_prefix->text().trimmed();
    batch.days = m_days->value();
    batch.out = out.filePath(QStringLiteral("devices"));
    batch.csv = out.filePath(QStringLiteral("association.csv"));
    script.deviceBatches.append(batch);
}

// ---- Key backup ---------------------------------------------------------------------------------------------------

CeremonyBackupPage::CeremonyBackupPage(Prompter& prompter, QWidget* parent)
    : QWizardPage(parent)
    , m_backUp(new QCheckBox(tr("Back up the CA's &key, its passphrase split into shares"), this))
    , m_folder(new FilePathEdit(prompter, FilePathEdit::Mode::Folder, this))
    , m_sharesFolder(new FilePathEdit(prompter, FilePathEdit::Mode::Folder, this))
    , m_threshold(new QSpinBox(this))
    , m_shares(new QSpinBox(this))
{
    setObjectName(QStringLiteral("ceremonyBackupPage"));
    setTitle(tr("Key Backup"));
    setSubTitle(tr("The starting CA's key, encrypted, on removable media; the passphrase nobody sees, split into "
                   "share sheets for custodians. Any M of the N shares restore it."));
    m_backUp->setObjectName(QStringLiteral("backupCheck"));
    m_folder->setNames(QStringLiteral("backupFolderEdit"), tr("Backup folder"));
    m_folder->setChooser(tr("Backup Folder"));
    m_sharesFolder->setNames(QStringLiteral("sharesFolderEdit"), tr("Share sheets folder"));
    m_sharesFolder->setChooser(tr("Share Sheets Folder"));
    // 2 ≤ M ≤ N ≤ 16 (docs/ceremony.md, "Key custody"); M > N is left to the validator, which names it on review.
    m_threshold->setObjectName(QStringLiteral("thresholdSpin"));
    m_threshold->setAccessibleName(tr("Shares needed"));
    m_threshold->setRange(2, 16);
    m_threshold->setValue(2);
    m_shares->setObjectName(QStringLiteral("sharesSpin"));
    m_shares->setAccessibleName(tr("Shares made"));
    m_shares->setRange(2, 16);
    m_shares->setValue(3);

    auto* fields = new QWidget(this);
    auto* form = new QFormLayout(fields);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(buddyLabel(tr("Backup &folder:"), m_folder->lineEdit(), fields), m_folder);
    form->addRow(buddyLabel(tr("&Share sheets folder:"), m_sharesFolder->lineEdit(), fields), m_sharesFolder);
    form->addRow(buddyLabel(tr("Shares re&quired (M):"), m_threshold, fields), m_threshold);
    form->addRow(buddyLabel(tr("Shares &made (N):"), m_shares, fields), m_shares);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_backUp);
    layout->addWidget(fields);
    layout->addWidget(noteLabel(tr("Keep the two folders apart: whoever holds the backup medium must not hold the "
                                   "shares. Print the sheets, hand them out, then delete their folder."),
                                this));
    layout->addStretch(1);
    connect(m_backUp, &QCheckBox::toggled, fields, &QWidget::setEnabled);
    fields->setEnabled(false);
}

void CeremonyBackupPage::apply(model::CeremonyScript& script, const QString& ca) const
{
    if (!m_backUp->isChecked())
        return;
    model::CeremonyCustody custody;
    custody.ca = ca;
    const auto absolute = [](const QString& path) {
        return path.trimmed().isEmpty() ? QString() : QFileInfo(path.trimmed()).absoluteFilePath();
    };
    custody.out = absolute(m_folder->path());
    custody.sharesOut = absolute(m_sharesFolder->path());
    custody.threshold = m_threshold->value();
    custody.shares = m_shares->value();
    script.custody = custody;
}

// ---- Outputs ------------------------------------------------------------------------------------------------------

CeremonyOutputsPage::CeremonyOutputsPage(Prompter& prompter, QWidget* parent)
    : QWizardPage(parent)
    , m_folder(new FilePathEdit(prompter, FilePathEdit::Mode::Folder, this))
    , m_bundle(new QCheckBox(tr("&Write a transfer bundle for the online machine"), this))
{
    setObjectName(QStringLiteral("ceremonyOutputsPage"));
    setTitle(tr("Outputs"));
    setSubTitle(tr("One folder for the script and everything the ceremony writes, except the key backup."));
    m_folder->setNames(QStringLiteral("outputFolderEdit"), tr("Output folder"));
    m_folder->setChooser(tr("Output Folder"));
    m_bundle->setObjectName(QStringLiteral("bundleCheck"));
    m_bundle->setChecked(true);
    auto* form = new QFormLayout;
    form->addRow(buddyLabel(tr("&Output folder:"), m_folder->lineEdit(), this), m_folder);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_bundle);
    layout->addWidget(
        noteLabel(tr("The record goes to record/ and the bundle to transfer-bundle/; every subfolder the "
                     "ceremony writes must be new or empty. The bundle carries the CA certificate and "
                     "chain, the verification certificates, the association CSV and the record, signed by "
                     "the CA; never a private key."),
                  this));
    layout->addStretch(1);
    connect(m_folder, &FilePathEdit::pathChanged, this, &QWizardPage::completeChanged);
}

QString CeremonyOutputsPage::folder() const
{
    const QString path = m_folder->path().trimmed();
    return path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
}

bool CeremonyOutputsPage::isComplete() const
{
    return !folder().isEmpty();
}

void CeremonyOutputsPage::apply(model::CeremonyScript& script, const QString& ca) const
{
    const QDir out(folder());
    script.recordOut = out.filePath(QStringLiteral("record"));
    if (!m_bundle->isChecked())
        return;
    model::CeremonyBundle bundle;
    bundle.ca = ca;
    bundle.out = out.filePath(QStringLiteral("transfer-bundle"));
    for (const model::CeremonyVerificationCertificate& entry : std::as_const(script.verificationCertificates))
        bundle.verificationCertificates.append(entry.out);
    for (const model::CeremonyDeviceBatch& batch : std::as_const(script.deviceBatches)) {
        if (!batch.csv.isEmpty())
            bundle.csvs.append(batch.csv);
    }
    script.bundle = bundle;
}

} // namespace iotca::ui
