#include "AccountDialog.h"

#include "ui/widgets/ErrorBanner.h"

#include <QComboBox>
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
    return {QStringLiteral("cn-shanghai"),    QStringLiteral("cn-beijing"),   QStringLiteral("cn-shenzhen"),
            QStringLiteral("ap-southeast-1"), QStringLiteral("eu-central-1"), QStringLiteral("us-west-1")};
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

AccountDialog::AccountDialog(const PlatformAccountInput& existing, ConnectionTester tester, QWidget* parent)
    : ValidatingDialog(parent)
    , m_isEdit(!existing.platform.isEmpty())
    , m_tester(std::move(tester))
    , m_platform(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_region(new QComboBox(this))
    , m_endpoint(new QLineEdit(this))
    , m_instance(new QLineEdit(this))
    , m_product(new QLineEdit(this))
    , m_accessKeyId(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
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
    addField(form, tr("&Instance ID:"), m_instance, QStringLiteral("instanceEdit"));
    addField(form, tr("Pro&duct:"), m_product, QStringLiteral("productEdit"));
    addField(form, tr("Access &key ID:"), m_accessKeyId, QStringLiteral("accessKeyIdEdit"));
    addField(form, tr("&Secret:"), m_secret, QStringLiteral("secretEdit"));

    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_testButton->setAccessibleName(tr("Test connection"));
    m_testButton->setEnabled(static_cast<bool>(m_tester));
    m_testResult->setObjectName(QStringLiteral("testResultLabel"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_testResult, 1);

    auto* note = new QLabel(tr("The secret is kept in the system keychain, never in the workspace."), this);
    note->setObjectName(QStringLiteral("secretNoteLabel"));
    note->setWordWrap(true);

    auto* content = new QVBoxLayout;
    content->addLayout(form);
    content->addWidget(note);
    content->addLayout(testRow);
    setContent(content);

    connect(m_platform, &QComboBox::currentIndexChanged, this, &AccountDialog::platformChanged);
    connect(m_testButton, &QPushButton::clicked, this, &AccountDialog::testConnection);

    if (m_isEdit) {
        m_platform->setCurrentIndex(std::max(0, m_platform->findData(existing.platform)));
        m_platform->setEnabled(false); // a registration belongs to one platform; a new platform is a new account
    }
    platformChanged();
    m_name->setText(existing.displayName);
    if (!existing.region.isEmpty())
        m_region->setCurrentText(existing.region);
    m_endpoint->setText(existing.endpoint);
    m_instance->setText(existing.instanceId);
    m_product->setText(existing.productKey);
    m_accessKeyId->setText(existing.accessKeyId);
}

void AccountDialog::platformChanged()
{
    const QString platform = m_platform->currentData().toString();
    const QString region = m_region->currentText();
    m_region->clear();
    m_region->addItems(regionsOf(platform));
    if (!region.isEmpty())
        m_region->setCurrentText(region);
    const bool needsInstance = platform == QLatin1String("apsaramq-mqtt");
    m_instance->setPlaceholderText(needsInstance ? tr("Required, e.g. mqtt-cn-0pp12345") : tr("Optional"));
    const bool aws = platform == QLatin1String("aws-iot");
    m_accessKeyId->setPlaceholderText(aws ? tr("Access key ID") : tr("AccessKey ID / SecretId"));
}

std::optional<ValidatingDialog::FieldError> AccountDialog::validateFields(bool forTest) const
{
    Q_UNUSED(forTest)
    if (m_name->text().trimmed().isEmpty())
        return FieldError {m_name, tr("Enter a name for the account.")};
    static const QRegularExpression regionPattern(QStringLiteral("^[a-z]{2}(-[a-z0-9]+)+$"));
    if (!regionPattern.match(m_region->currentText().trimmed()).hasMatch())
        return FieldError {m_region, tr("Enter a region such as cn-shanghai or us-east-1.")};
    const QString endpoint = m_endpoint->text().trimmed();
    if (!endpoint.isEmpty()) {
        const QUrl url(endpoint, QUrl::StrictMode);
        const bool local = url.host() == QLatin1String("127.0.0.1") || url.host() == QLatin1String("localhost")
            || url.host() == QLatin1String("::1");
        if (!url.isValid() || url.host().isEmpty()
            || !(url.scheme() == QLatin1String("https") || (url.scheme() == QLatin1String("http") && local)))
            return FieldError {m_endpoint,
                               tr("The endpoint must be an https:// address (http:// only for this "
                                  "computer, such as the emulator).")};
    }
    if (m_platform->currentData().toString() == QLatin1String("apsaramq-mqtt")
        && m_instance->text().trimmed().isEmpty())
        return FieldError {m_instance, tr("ApsaraMQ for MQTT needs the instance ID.")};
    if (m_accessKeyId->text().trimmed().isEmpty())
        return FieldError {m_accessKeyId, tr("Enter the access key ID.")};
    if (!m_isEdit && m_secret->text().isEmpty())
        return FieldError {m_secret, tr("Enter the secret that belongs to the access key ID.")};
    return std::nullopt;
}

std::optional<ValidatingDialog::FieldError> AccountDialog::validate() const
{
    return validateFields(false);
}

void AccountDialog::testConnection()
{
    if (!m_tester)
        return;
    if (const auto problem = validateFields(true)) {
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
    input.platform = m_platform->currentData().toString();
    input.displayName = m_name->text().trimmed();
    input.region = m_region->currentText().trimmed();
    input.endpoint = m_endpoint->text().trimmed();
    input.instanceId = m_instance->text().trimmed();
    input.productKey = m_product->text().trimmed();
    input.accessKeyId = m_accessKeyId->text().trimmed();
    input.secret = crypto::SecureBuffer::fromString(m_secret->text());
    return input;
}

} // namespace iotca::ui
