#include "DeviceCertificateDialog.h"

#include "crypto/RevocationReason.h"
#include "model/ca/CertificateText.h"
#include "model/models/AuditLogModel.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace iotca::ui {

namespace {
QString localTime(const QDateTime& time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}
} // namespace

DeviceCertificateDialog::DeviceCertificateDialog(const model::DeviceCertificateDetails& details, QWidget* parent)
    : QDialog(parent)
    , m_details(details)
{
    using model::DeviceCertificateDetails;
    setObjectName(QStringLiteral("deviceCertificateDialog"));
    //: %1 is a device name
    setWindowTitle(tr("Device Certificate – %1").arg(details.device.deviceName));
    resize(760, 640);
    const crypto::Certificate& certificate = details.certificate;

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addRow(form, tr("Device:"), details.device.productKey + QLatin1Char('/') + details.device.deviceName,
           QStringLiteral("deviceValue"));
    addRow(form, tr("Issued by:"), details.ca.name, QStringLiteral("caValue"));
    addRow(form, tr("Subject:"), certificate.subjectString(), QStringLiteral("subjectValue"));
    addRow(form, tr("Issuer:"), certificate.issuerString(), QStringLiteral("issuerValue"));
    addRow(form, tr("Serial number:"), certificate.serialNumberHex(), QStringLiteral("serialValue"));
    //: %1 and %2 are dates and times
    addRow(form, tr("Valid:"),
           tr("%1 to %2").arg(localTime(certificate.notBefore()), localTime(certificate.notAfter())),
           QStringLiteral("validityValue"));
    addRow(form, tr("Key:"), certificate.keyDescription(), QStringLiteral("keyValue"));
    addRow(form, tr("Signature:"), certificate.signatureAlgorithm(), QStringLiteral("signatureValue"));
    using model::CertificateText;
    // An extension the certificate does not carry says so, as in the CA details.
    const auto orAbsent = [](const QString& text) { return text.isEmpty() ? tr("Not present") : text; };
    addRow(form, tr("Basic constraints:"), orAbsent(CertificateText::basicConstraints(certificate.basicConstraints())),
           QStringLiteral("basicConstraintsValue"));
    addRow(form, tr("Key usage:"),
           orAbsent(certificate.hasKeyUsage()
                        ? CertificateText::keyUsages(certificate.keyUsage()).join(QStringLiteral(", "))
                        : QString()),
           QStringLiteral("keyUsageValue"));
    QStringList purposes;
    for (const QString& purpose : certificate.extendedKeyUsage())
        purposes << CertificateText::extendedKeyUsage(purpose);
    addRow(form, tr("Extended key usage:"), orAbsent(purposes.join(QStringLiteral(", "))),
           QStringLiteral("extendedKeyUsageValue"));
    addRow(form, tr("Alternative names:"), orAbsent(certificate.subjectAlternativeNames().join(QStringLiteral(", "))),
           QStringLiteral("subjectAltNamesValue"));
    addRow(form, tr("Subject key ID:"),
           orAbsent(DeviceCertificateDetails::colonHex(certificate.subjectKeyIdentifier())),
           QStringLiteral("subjectKeyIdValue"));
    addRow(form, tr("Authority key ID:"),
           orAbsent(DeviceCertificateDetails::colonHex(certificate.authorityKeyIdentifier())),
           QStringLiteral("authorityKeyIdValue"));
    addRow(form, tr("SHA-256 fingerprint:"), crypto::Certificate::fingerprintText(certificate.sha256Fingerprint()),
           QStringLiteral("sha256Value"));
    addRow(form, tr("SHA-1 fingerprint:"), crypto::Certificate::fingerprintText(certificate.sha1Fingerprint()),
           QStringLiteral("sha1Value"));
    QString revocation = tr("Not revoked");
    if (details.revocation)
        //: %1 is a date and time, %2 an RFC 5280 reason such as "Key compromise"
        revocation = tr("Revoked on %1 (%2)")
                         .arg(localTime(details.revocation->revokedAt),
                              model::CertificateText::revocationReason(details.revocation->reason));
    addRow(form, tr("Revocation:"), revocation, QStringLiteral("revocationValue"));
    QString platform = model::deviceCertificateStatusDisplayName(details.device.status);
    if (details.isOnPlatform())
        //: %1 is a status such as "Associated"
        platform = tr("%1 (the device is registered on a platform)").arg(platform);
    addRow(form, tr("Platform state:"), platform, QStringLiteral("platformStateValue"));
    if (!details.device.exportedPath.isEmpty())
        addRow(form, tr("Exported to:"), details.device.exportedPath, QStringLiteral("exportedToValue"));

    auto* formWidget = new QWidget(this);
    formWidget->setLayout(form);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("detailsArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(formWidget);

    auto* historyTitle = new QLabel(tr("&History:"), this);
    auto* history = new QTreeWidget(this);
    history->setObjectName(QStringLiteral("historyList"));
    history->setAccessibleName(tr("Audit entries of this certificate"));
    history->setRootIsDecorated(false);
    history->setColumnCount(2);
    history->setHeaderLabels({tr("Time"), tr("Action")});
    for (const model::AuditEntry& entry : details.history)
        history->addTopLevelItem(
            new QTreeWidgetItem({localTime(entry.time), model::AuditLogModel::actionDisplayName(entry.action)}));
    history->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    history->setMaximumHeight(fontMetrics().height() * 8);
    historyTitle->setBuddy(history);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    const auto addButton = [&](const QString& text, const QString& name, QDialogButtonBox::ButtonRole role) {
        auto* button = buttons->addButton(text, role);
        button->setObjectName(name);
        button->setAutoDefault(false);
        return button;
    };
    connect(addButton(tr("Export &PEM…"), QStringLiteral("exportPemButton"), QDialogButtonBox::ActionRole),
            &QPushButton::clicked, this, [this] { Q_EMIT exportRequested(Export::Pem); });
    connect(addButton(tr("Export &DER…"), QStringLiteral("exportDerButton"), QDialogButtonBox::ActionRole),
            &QPushButton::clicked, this, [this] { Q_EMIT exportRequested(Export::Der); });
    connect(addButton(tr("Export with &Chain…"), QStringLiteral("exportChainButton"), QDialogButtonBox::ActionRole),
            &QPushButton::clicked, this, [this] { Q_EMIT exportRequested(Export::PemWithChain); });
    connect(addButton(tr("C&opy PEM"), QStringLiteral("copyPemButton"), QDialogButtonBox::ActionRole),
            &QPushButton::clicked, this, &DeviceCertificateDialog::copyPem);
    connect(addButton(tr("De&lete Record…"), QStringLiteral("deleteRecordButton"), QDialogButtonBox::DestructiveRole),
            &QPushButton::clicked, this, &DeviceCertificateDialog::deleteRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(historyTitle);
    layout->addWidget(history);
    layout->addWidget(buttons);
}

QLabel* DeviceCertificateDialog::addRow(QFormLayout* form, const QString& label, const QString& value,
                                        const QString& objectName)
{
    auto* field = new QLabel(value, this);
    field->setObjectName(objectName);
    field->setTextFormat(Qt::PlainText);
    field->setWordWrap(true);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    field->setFocusPolicy(Qt::StrongFocus);
    field->setAccessibleName(QString(label).remove(QLatin1Char(':')));
    form->addRow(label, field);
    return field;
}

void DeviceCertificateDialog::copyPem()
{
    QGuiApplication::clipboard()->setText(QString::fromLatin1(m_details.certificate.toPem()));
    Q_EMIT copied();
}

} // namespace iotca::ui
