#include "AccountDialog.h"

#include "ui/widgets/ErrorBanner.h"
#include "ui/widgets/FilePathEdit.h"
#include "ui/widgets/FitToContents.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QUrl>
#include <QVBoxLayout>

#include <utility>

namespace iotca::ui {

namespace {
QStringList regionsOf(const QString& platform)
{
    if (platform == QLatin1String("aws-iot"))
        return {QStringLiteral("us-east-1"), QStringLiteral("us-west-2"), QStringLiteral("eu-central-1"),
                QStringLiteral("ap-southeast-1"), QStringLiteral("cn-north-1")};
    if (platform == QLatin1String("tencent-iothub"))
        return {QStringLiteral("ap-guangzhou"), QStringLiteral("ap-shanghai"), QStringLiteral("ap-beijing")};
    // Private CAs only in China (Shanghai) (seeds 000 / 003); PlatformAccountService refuses any other region.
    if (platform == QLatin1String("aliyun-iot"))
        return {QStringLiteral("cn-shanghai")};
    return {QStringLiteral("cn-shanghai"), QStringLiteral("cn-hangzhou"),    QStringLiteral("cn-beijing"),
            QStringLiteral("cn-shenzhen"), QStringLiteral("ap-southeast-1"), QStringLiteral("eu-central-1"),
            QStringLiteral("us-west-1")};
}
} // namespace

QList<std::pair<QString, QString>> AccountDialog::platforms()
{
    return {
        {QStringLiteral("aliyun-iot"), tr("Alibaba Cloud IoT Platform")},
        {QStringLiteral("apsaramq-mqtt"), tr("ApsaraMQ for MQTT")},
        {QStringLiteral("tencent-iothub"), tr("Tencent Cloud IoT Hub")},
        {QStringLiteral("aws-iot"), tr("AWS IoT Core")},
    };
}

AccountDialog::AccountDialog(Prompter& prompter, const PlatformAccountInput& existing, ConnectionTester tester,
                             QWidget* parent)
    : ValidatingDialog(parent)
    , m_isEdit(!existing.platform.isEmpty())
    , m_originalAccessKeyId(existing.accessKeyId)
    , m_tester(std::move(tester))
    , m_preset(EmulatorPreset::fromEnvironment())
    , m_platform(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_region(new QComboBox(this))
    , m_endpoint(new QLineEdit(this))
    , m_caBundle(new FilePathEdit(prompter, FilePathEdit::Mode::OpenFile, this))
    , m_instance(new QLineEdit(this))
    , m_product(new QLineEdit(this))
    , m_accessKeyId(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_emulatorButton(new QPushButton(tr("Use &Local Emulator"), this))
    , m_testButton(new QPushButton(tr("&Test Connection"), this))
    , m_testResult(new QLabel(this))
{
    setObjectName(QStringLiteral("accountDialog"));
    setWindowTitle(m_isEdit ? tr("Edit Platform Account") : tr("Add Platform Account"));

    for (const auto& [id, label] : platforms())
        m_platform->addItem(label, id);
    m_region->setEditable(true);
    m_endpoint->setPlaceholderText(tr("Leave empty for the platform's default"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(m_isEdit ? tr("Unchanged") : QString());

    auto* form = new QFormLayout;
    addField(form, tr("&Platform:"), m_platform, QStringLiteral("platformCombo"));
    addField(form, tr("&Name:"), m_name, QStringLiteral("accountNameEdit"));
    addField(form, tr("&Region:"), m_region, QStringLiteral("regionCombo"));
    addField(form, tr("&Endpoint:"), m_endpoint, QStringLiteral("endpointEdit"));
    m_caBundle->setNames(QStringLiteral("caBundleEdit"), tr("CA bundle"));
    m_caBundle->setChooser(tr("CA Bundle"), tr("PEM certificates (*.pem *.crt);;All files (*)"));
    m_caBundle->lineEdit()->setPlaceholderText(tr("Optional: extra trusted roots for a private endpoint"));
    auto* caBundleLabel = new QLabel(tr("CA &bundle:"), this);
    caBundleLabel->setBuddy(m_caBundle->lineEdit());
    form->addRow(caBundleLabel, m_caBundle);
    addField(form, tr("&Instance ID:"), m_instance, QStringLiteral("instanceEdit"));
    addField(form, tr("Pro&duct:"), m_product, QStringLiteral("productEdit"));
    addField(form, tr("Access &key ID:"), m_accessKeyId, QStringLiteral("accessKeyIdEdit"));
    addField(form, tr("&Secret:"), m_secret, QStringLiteral("secretEdit"));

    m_emulatorButton->setObjectName(QStringLiteral("localEmulatorButton"));
    m_emulatorButton->setAccessibleName(tr("Use local emulator"));
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_testButton->setAccessibleName(tr("Test connection"));
    m_testResult->setObjectName(QStringLiteral("testResultLabel"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_emulatorButton);
    buttonRow->addWidget(m_testButton);
    buttonRow->addWidget(m_testResult, 1);

    auto* note = new QLabel(tr("The secret is kept in the system keychain, never in the workspace."), this);
    note->setObjectName(QStringLiteral("secretNoteLabel"));
    note->setWordWrap(true);

    auto* content = new QVBoxLayout;
    content->addLayout(form);
    content->addWidget(note);
    content->addLayout(buttonRow);
    setContent(content);

    setTabOrder(m_platform, m_name);
    setTabOrder(m_name, m_region);
    setTabOrder(m_region, m_endpoint);
    setTabOrder(m_endpoint, m_caBundle->lineEdit());
    setTabOrder(m_caBundle->lineEdit(), m_instance);
    setTabOrder(m_instance, m_product);
    setTabOrder(m_product, m_accessKeyId);
    setTabOrder(m_accessKeyId, m_secret);
    setTabOrder(m_secret, m_emulatorButton);
    setTabOrder(m_emulatorButton, m_testButton);

    connect(m_platform, &QComboBox::currentIndexChanged, this, &AccountDialog::platformChanged);
    connect(m_testButton, &QPushButton::clicked, this, &AccountDialog::testConnection);
    connect(m_emulatorButton, &QPushButton::clicked, this, &AccountDialog::applyEmulatorPreset);

    if (m_isEdit) {
        m_platform->setCurrentIndex(std::max(0, m_platform->findData(existing.platform)));
        m_platform->setEnabled(false); // a registration belongs to one platform; a new platform is a new account
    } else {
        m_platform->setCurrentIndex(std::max(0, m_platform->findData(QStringLiteral("apsaramq-mqtt"))));
    }
    platformChanged();
    m_name->setText(existing.displayName);
    if (!existing.region.isEmpty())
        m_region->setCurrentText(existing.region);
    m_endpoint->setText(existing.endpoint);
    m_caBundle->setPath(existing.caBundlePath);
    m_instance->setText(existing.instanceId);
    m_product->setText(existing.productKey);
    m_accessKeyId->setText(existing.accessKeyId);
}

QString AccountDialog::platform() const
{
    return m_platform->currentData().toString();
}

bool AccountDialog::platformHasApi() const
{
    return platform() != QLatin1String("aliyun-iot");
}

void AccountDialog::setEmulatorPreset(EmulatorPreset preset)
{
    m_preset = std::move(preset);
    updateButtons();
}

void AccountDialog::updateButtons()
{
    const bool emulated = EmulatorPreset::emulates(platform());
    m_emulatorButton->setEnabled(m_preset.isAvailable() && emulated);
    if (!emulated)
        m_emulatorButton->setToolTip(tr("The local emulator does not emulate this platform."));
    else if (!m_preset.isAvailable())
        m_emulatorButton->setToolTip(tr("No local emulator is running: start the app with scripts/run."));
    else
        //: %1 is a URL such as https://127.0.0.1:18443
        m_emulatorButton->setToolTip(
            tr("Fill in the local emulator at %1 and its demo credentials.").arg(m_preset.url));
    m_testButton->setEnabled(static_cast<bool>(m_tester) && platformHasApi());
    m_testButton->setToolTip(platformHasApi() ? QString()
                                              : tr("Alibaba Cloud IoT Platform has no API to test: registration "
                                                   "writes an upload bundle for its console."));
}

void AccountDialog::platformChanged()
{
    const QString id = platform();
    const QString region = m_region->currentText();
    m_region->clear();
    m_region->addItems(regionsOf(id));
    if (!region.isEmpty())
        m_region->setCurrentText(region);
    const bool needsInstance = id == QLatin1String("apsaramq-mqtt");
    m_instance->setPlaceholderText(needsInstance ? tr("Required, e.g. mqtt-cn-0pp12345") : tr("Optional"));
    if (!platformHasApi())
        m_accessKeyId->setPlaceholderText(tr("Optional: the platform has no API"));
    else
        m_accessKeyId->setPlaceholderText(id == QLatin1String("aws-iot") ? tr("Access key ID")
                                                                         : tr("AccessKey ID / SecretId"));
    updateButtons();
    if (isVisible())
        fitToContents(this); // the placeholders changed with the platform
}

void AccountDialog::applyEmulatorPreset()
{
    if (!m_preset.isAvailable() || !EmulatorPreset::emulates(platform()))
        return;
    const QString id = platform();
    if (m_name->text().trimmed().isEmpty())
        //: %1 is a platform such as "ApsaraMQ for MQTT"
        m_name->setText(tr("Local emulator (%1)").arg(m_platform->currentText()));
    m_region->setCurrentText(EmulatorPreset::regionFor(id));
    m_endpoint->setText(m_preset.url);
    m_caBundle->setPath(m_preset.caBundlePath);
    m_instance->setText(EmulatorPreset::instanceIdFor(id));
    m_product->setText(EmulatorPreset::productFor(id));
    m_accessKeyId->setText(m_preset.accessKeyId);
    m_secret->setText(QString::fromUtf8(m_preset.secret.view().toByteArray()));
    m_testResult->clear();
    errorBanner()->clear();
}

std::optional<ValidatingDialog::FieldError> AccountDialog::validate() const
{
    if (m_name->text().trimmed().isEmpty())
        return FieldError {m_name, tr("Enter a name for the account.")};
    static const QRegularExpression regionPattern(QStringLiteral("^[a-z]{2}(-[a-z0-9]+)+$"));
    if (!regionPattern.match(m_region->currentText().trimmed()).hasMatch())
        return FieldError {m_region, tr("Enter a region such as cn-shanghai or us-east-1.")};
    const QString endpoint = m_endpoint->text().trimmed();
    if (!endpoint.isEmpty()) {
        const QUrl url(endpoint, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() || url.scheme() != QLatin1String("https") || url.hasQuery())
            return FieldError {m_endpoint,
                               tr("The endpoint must be an https:// address, such as https://127.0.0.1:8443 for "
                                  "the local emulator.")};
    }
    const QString bundle = m_caBundle->path();
    if (!bundle.isEmpty() && !QFileInfo(bundle).isFile())
        return FieldError {m_caBundle->lineEdit(), tr("The CA bundle must be an existing PEM file.")};
    if (platform() == QLatin1String("apsaramq-mqtt") && m_instance->text().trimmed().isEmpty())
        return FieldError {m_instance, tr("ApsaraMQ for MQTT needs the instance ID.")};

    const QString keyId = m_accessKeyId->text().trimmed();
    const bool credentialsOptional = !platformHasApi();
    if (credentialsOptional && keyId.isEmpty() && m_secret->text().isEmpty())
        return std::nullopt;
    if (keyId.isEmpty())
        return FieldError {m_accessKeyId, tr("Enter the access key ID.")};
    const bool keyIdChanged = keyId != m_originalAccessKeyId;
    if ((!m_isEdit || keyIdChanged) && m_secret->text().isEmpty())
        return FieldError {m_secret, tr("Enter the secret that belongs to the access key ID.")};
    return std::nullopt;
}

void AccountDialog::accept()
{
    if (validate() || !m_saver) {
        ValidatingDialog::accept(); // shows the problem, or closes
        return;
    }
    if (const Status saved = m_saver(input()); !saved) {
        errorBanner()->showError(saved.error());
        return;
    }
    ValidatingDialog::accept();
}

void AccountDialog::testConnection()
{
    if (!m_tester || !platformHasApi())
        return;
    if (const auto problem = validate()) {
        showProblem(problem->message);
        problem->field->setFocus();
        return;
    }
    errorBanner()->clear();
    m_testButton->setEnabled(false);
    m_testResult->setText(tr("Connecting…"));
    const int generation = ++m_testGeneration;
    QPointer<AccountDialog> self(this);
    m_tester(input(), [self, generation](Status status) {
        if (!self || generation != self->m_testGeneration)
            return;
        self->m_testButton->setEnabled(true);
        if (status) {
            self->m_testResult->setText(tr("Connected: the credentials work."));
        } else {
            self->m_testResult->setText(tr("Not connected."));
            self->errorBanner()->showError(status.error());
        }
        self->m_testResult->setAccessibleName(self->m_testResult->text());
    });
}

PlatformAccountInput AccountDialog::input() const
{
    PlatformAccountInput input;
    input.platform = platform();
    input.displayName = m_name->text().trimmed();
    input.region = m_region->currentText().trimmed();
    input.endpoint = m_endpoint->text().trimmed();
    input.caBundlePath = m_caBundle->path();
    input.instanceId = m_instance->text().trimmed();
    input.productKey = m_product->text().trimmed();
    input.accessKeyId = m_accessKeyId->text().trimmed();
    input.secret = crypto::SecureBuffer::fromString(m_secret->text());
    return input;
}

} // namespace iotca::ui
