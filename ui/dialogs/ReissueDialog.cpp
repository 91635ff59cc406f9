#include "ReissueDialog.h"

#include "ui/widgets/FilePathEdit.h"
#include "ui/widgets/KeyAlgorithmCombo.h"

#include "model/jobs/DeviceProfile.h"
#include "model/jobs/DeviceValidity.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace iotca::ui {

ReissueDialog::ReissueDialog(Prompter& prompter, const Device& device, QWidget* parent)
    : ValidatingDialog(parent)
    , m_device(device)
    , m_newKey(new QCheckBox(tr("Make a &new key pair for the device"), this))
    , m_algorithm(new KeyAlgorithmCombo(this))
    , m_profile(new QComboBox(this))
    , m_days(new QSpinBox(this))
    , m_folder(new FilePathEdit(prompter, FilePathEdit::Mode::Folder, this))
    , m_revokeOld(new QCheckBox(tr("Revoke the old certificate (reason &superseded)"), this))
    , m_consequence(new QLabel(this))
{
    setObjectName(QStringLiteral("reissueDialog"));
    setWindowTitle(tr("Re-issue Device Certificate"));
    okButton()->setText(tr("Re-&issue"));
    //: %1 is product/device, %2 a serial number, %3 a CA name
    auto* intro =
        new QLabel(tr("Issues a new certificate for the device '%1' in place of %2: the same subject, a new "
                      "serial number and validity, signed by '%3'.")
                       .arg(device.productKey + QLatin1Char('/') + device.deviceName, device.serial, device.caName),
                   this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);

    m_newKey->setObjectName(QStringLiteral("newKeyCheck"));
    // A key revoked as compromised must not be certified again.
    m_newKey->setChecked(device.keyCompromised);
    m_newKey->setEnabled(!device.keyCompromised);
    m_algorithm->setAllowedAlgorithms(KeyAlgorithmCombo::everyAlgorithm(), device.keyAlgorithm);
    for (const model::DeviceProfile& profile : model::DeviceProfile::all())
        m_profile->addItem(profile.displayName(), profile.name());
    m_profile->setCurrentIndex(std::max(0, m_profile->findData(QStringLiteral("generic"))));
    // 36,500 days is the longest validity we issue (CertificateProfile).
    m_days->setRange(1, 36500);
    m_days->setValue(model::defaultDeviceValidityDays);
    m_days->setSuffix(tr(" days"));
    m_folder->setNames(QStringLiteral("outputFolderEdit"), tr("Output folder"));
    m_folder->setChooser(tr("Output Folder"));
    m_revokeOld->setObjectName(QStringLiteral("revokeOldCheck"));
    m_revokeOld->setEnabled(!device.revoked);
    m_consequence->setObjectName(QStringLiteral("consequenceLabel"));
    m_consequence->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(m_newKey);
    addField(form, tr("&Key type:"), m_algorithm, QStringLiteral("keyAlgorithmCombo"));
    addField(form, tr("P&rofile:"), m_profile, QStringLiteral("profileCombo"));
    addField(form, tr("&Valid for:"), m_days, QStringLiteral("validityDaysSpin"));
    auto* folderLabel = new QLabel(tr("&Output folder:"), this);
    folderLabel->setBuddy(m_folder->lineEdit());
    form->addRow(folderLabel, m_folder);
    form->addRow(m_revokeOld);
    auto* content = new QVBoxLayout;
    content->addWidget(intro);
    content->addLayout(form);
    content->addWidget(m_consequence);
    setContent(content);

    connect(m_newKey, &QCheckBox::toggled, this, &ReissueDialog::updateConsequence);
    connect(m_revokeOld, &QCheckBox::toggled, this, &ReissueDialog::updateConsequence);
    updateConsequence();
}

void ReissueDialog::updateConsequence()
{
    m_algorithm->setEnabled(m_newKey->isChecked());
    QString text = m_newKey->isChecked()
        ? tr("A new key pair is written beside the certificate, readable by you only; install both on the device.")
        : tr("The new certificate is for the device's present public key: the device keeps its private key, and "
             "only the certificate is written.");
    text += QLatin1Char(' ');
    if (m_device.revoked)
        //: %1 is a serial number
        text += tr("The old certificate %1 is revoked already.").arg(m_device.serial);
    else if (m_revokeOld->isChecked())
        //: %1 is a serial number
        text += tr("The old certificate %1 is revoked (reason superseded): publish a new CRL, and a device still "
                   "using it is refused.")
                    .arg(m_device.serial);
    else
        //: %1 is a serial number
        text += tr("The old certificate %1 stays valid until it expires or you revoke it; the new one becomes the "
                   "device's current certificate.")
                    .arg(m_device.serial);
    m_consequence->setText(text);
}

bool ReissueDialog::newKey() const
{
    return m_newKey->isChecked();
}

crypto::KeyAlgorithm ReissueDialog::keyAlgorithm() const
{
    return m_algorithm->algorithm();
}

QString ReissueDialog::profileName() const
{
    return m_profile->currentData().toString();
}

int ReissueDialog::validityDays() const
{
    return m_days->value();
}

QString ReissueDialog::outputFolder() const
{
    return m_folder->path().trimmed();
}

bool ReissueDialog::revokeOld() const
{
    return m_revokeOld->isEnabled() && m_revokeOld->isChecked();
}

std::optional<ValidatingDialog::FieldError> ReissueDialog::validate() const
{
    if (outputFolder().isEmpty())
        return FieldError {m_folder->lineEdit(), tr("Choose the folder for the new certificate.")};
    return std::nullopt;
}

} // namespace iotca::ui
