#include "CaDetailsPane.h"

#include "crypto/Certificate.h"
#include "model/ca/CertificateText.h"
#include "model/platform/DeviceConnectionDetails.h"
#include "model/workspace/CaRecord.h"
#include "model/workspace/CaRegistrationRecord.h"
#include "model/workspace/CaRegistrationRepository.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/DeviceCertificateRecord.h"
#include "model/workspace/DeviceCertificateRepository.h"
#include "model/workspace/PlatformAccountRecord.h"
#include "model/workspace/PlatformAccountRepository.h"
#include "model/workspace/Workspace.h"

#include <QApplication>
#include <QClipboard>
#include <QCryptographicHash>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace iotca::ui {

namespace {
QString formatDateTime(const QDateTime& when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : QString();
}

/// "AB:CD:…" as shown: a line break after every eighth byte, so a long digest wraps instead of being cut off
/// (a label wraps only at spaces). Removing the line breaks gives the value back.
QString wrappedHex(const QByteArray& bytes, qsizetype bytesPerLine = 8)
{
    const QString hex = QString::fromLatin1(bytes.toHex(':').toUpper());
    QString shown;
    for (qsizetype i = 0; i < bytes.size(); i += bytesPerLine) {
        if (i > 0)
            shown += QLatin1Char('\n');
        shown += hex.mid(i * 3, bytesPerLine * 3);
    }
    return shown;
}

QString hexId(const QByteArray& id)
{
    return wrappedHex(id, 5); // in the value column beside a caption: 20 bytes as 4 short lines
}

/// Shows `text` (lines of wrappedHex()) in `label` and keeps the label at least as wide as its longest line: the
/// lines have no break opportunity, so a narrower label would cut them (the fixed-width font is not the same
/// width everywhere, e.g. at 200 %).
void showHex(QLabel* label, const QString& text)
{
    label->setText(text);
    int widest = 0;
    for (const QString& line : text.split(QLatin1Char('\n')))
        widest = std::max(widest, label->fontMetrics().horizontalAdvance(line));
    label->setMinimumWidth(widest + 2 * label->margin() + 2);
}
} // namespace

CaDetailsPane::CaDetailsPane(QWidget* parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_name(new QLabel(this))
    , m_form(new QFormLayout)
    , m_extensionsTitle(new QLabel(this))
    , m_extensionsForm(new QFormLayout)
    , m_registrationsTitle(new QLabel(this))
    , m_registrations(new QTreeWidget(this))
    , m_sync(new QPushButton(this))
    , m_connectionTitle(new QLabel(this))
    , m_connection(new QLabel(this))
    , m_devicesTitle(new QLabel(this))
    , m_deviceCounts(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("caDetailsPane"));

    m_placeholder->setObjectName(QStringLiteral("caDetailsPlaceholder"));
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);

    auto* details = new QWidget(this);
    m_name->setObjectName(QStringLiteral("caNameLabel"));
    QFont big = m_name->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_name->setFont(big);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_name->setWordWrap(true);

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_subject = addValue(m_form, QStringLiteral("subjectValue"));
    m_issuer = addValue(m_form, QStringLiteral("issuerValue"));
    m_serial = addValue(m_form, QStringLiteral("serialValue"));
    m_notBefore = addValue(m_form, QStringLiteral("notBeforeValue"));
    m_notAfter = addValue(m_form, QStringLiteral("notAfterValue"));
    m_keyAlgorithm = addValue(m_form, QStringLiteral("keyAlgorithmValue"));
    m_keyStorage = addValue(m_form, QStringLiteral("keyStorageValue"));
    m_sha256 = new QLabel(this);
    m_sha1 = new QLabel(this);
    // Across both columns: a line of eight bytes needs the pane's whole width.
    m_form->addRow(fingerprintRow(m_sha256, QStringLiteral("sha256Value")));
    m_form->addRow(fingerprintRow(m_sha1, QStringLiteral("sha1Value")));

    QFont bold = font();
    bold.setBold(true);
    m_extensionsTitle->setObjectName(QStringLiteral("extensionsTitle"));
    m_extensionsTitle->setFont(bold);
    m_extensionsForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_basicConstraints = addValue(m_extensionsForm, QStringLiteral("basicConstraintsValue"));
    m_keyUsage = addValue(m_extensionsForm, QStringLiteral("keyUsageValue"));
    m_extendedKeyUsage = addValue(m_extensionsForm, QStringLiteral("extendedKeyUsageValue"));
    m_subjectKeyId = addValue(m_extensionsForm, QStringLiteral("subjectKeyIdValue"));
    m_authorityKeyId = addValue(m_extensionsForm, QStringLiteral("authorityKeyIdValue"));
    m_subjectAltNames = addValue(m_extensionsForm, QStringLiteral("subjectAltNamesValue"));
    for (QLabel* id : {m_subjectKeyId, m_authorityKeyId})
        id->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    m_registrationsTitle->setObjectName(QStringLiteral("registrationsTitle"));
    m_registrationsTitle->setFont(bold);
    m_registrationsTitle->setBuddy(m_registrations);
    m_registrations->setObjectName(QStringLiteral("registrationsView"));
    m_registrations->setRootIsDecorated(false);
    m_registrations->setColumnCount(5);
    m_sync->setObjectName(QStringLiteral("syncButton"));
    connect(m_sync, &QPushButton::clicked, this, [this] {
        if (m_caId != 0)
            Q_EMIT syncRequested(m_caId);
    });
    m_registrations->setMinimumHeight(m_registrations->fontMetrics().height() * 6);
    m_registrations->header()->setStretchLastSection(true);
    m_connectionTitle->setObjectName(QStringLiteral("connectionDetailsTitle"));
    m_connectionTitle->setFont(bold);
    m_connection->setObjectName(QStringLiteral("connectionDetailsLabel"));
    m_connection->setWordWrap(true);
    m_connection->setTextFormat(Qt::PlainText);
    m_connection->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_devicesTitle->setObjectName(QStringLiteral("deviceCountsTitle"));
    m_devicesTitle->setFont(bold);
    m_deviceCounts->setObjectName(QStringLiteral("deviceCountsLabel"));
    m_deviceCounts->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("caDetailsErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a4262c;"));
    m_error->hide();

    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_name);
    detailsLayout->addWidget(m_error);
    detailsLayout->addLayout(m_form);
    detailsLayout->addSpacing(8);
    detailsLayout->addWidget(m_extensionsTitle);
    detailsLayout->addLayout(m_extensionsForm);
    detailsLayout->addSpacing(8);
    auto* registrationsHeader = new QHBoxLayout;
    registrationsHeader->addWidget(m_registrationsTitle, 1);
    registrationsHeader->addWidget(m_sync);
    detailsLayout->addLayout(registrationsHeader);
    detailsLayout->addWidget(m_registrations, 1);
    detailsLayout->addSpacing(8);
    detailsLayout->addWidget(m_connectionTitle);
    detailsLayout->addWidget(m_connection);
    detailsLayout->addSpacing(8);
    detailsLayout->addWidget(m_devicesTitle);
    detailsLayout->addWidget(m_deviceCounts);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("caDetailsScroll"));
    scroll->setWidget(details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(scroll);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_stack);
    retranslateUi();
}

QLabel* CaDetailsPane::addValue(QFormLayout* form, const QString& objectName)
{
    auto* value = new QLabel(this);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setWordWrap(true);
    value->setFocusPolicy(Qt::TabFocus);
    auto* label = new QLabel(this);
    label->setObjectName(objectName + QStringLiteral("Label"));
    label->setBuddy(value);
    form->addRow(label, value);
    return value;
}

QWidget* CaDetailsPane::fingerprintRow(QLabel* value, const QString& objectName)
{
    auto* row = new QWidget(this);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setWordWrap(true);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    value->setFont(mono);
    auto* copy = new QToolButton(row);
    copy->setObjectName(objectName.chopped(5) + QStringLiteral("CopyButton")); // sha256Value -> sha256CopyButton
    copy->setAutoRaise(true);
    auto* caption = new QLabel(row);
    caption->setObjectName(objectName + QStringLiteral("Label"));
    auto* layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    top->addWidget(caption);
    top->addStretch(1);
    top->addWidget(copy);
    layout->addLayout(top);
    layout->addWidget(value);
    connect(copy, &QToolButton::clicked, this, [this, value, caption] {
        QApplication::clipboard()->setText(value->text().remove(QLatin1Char('\n')));
        Q_EMIT copied(caption->text());
    });
    return row;
}

void CaDetailsPane::setWorkspace(model::Workspace* workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (workspace) {
        const auto ifShown = [this](qint64 caId) {
            if (caId == m_caId)
                reload();
        };
        connect(workspace, &model::Workspace::caChanged, this, ifShown);
        connect(workspace, &model::Workspace::caRemoved, this, [this](qint64 caId) {
            if (caId == m_caId)
                showCa(0);
        });
        connect(workspace, &model::Workspace::registrationChanged, this,
                [ifShown](qint64 caId, qint64) { ifShown(caId); });
        connect(workspace, &model::Workspace::deviceCertificatesAdded, this,
                [ifShown](qint64 caId, int) { ifShown(caId); });
        connect(workspace, &model::Workspace::deviceCertificatesChanged, this, ifShown);
        connect(workspace, &model::Workspace::accountsChanged, this, &CaDetailsPane::reload);
    }
    showCa(0);
}

void CaDetailsPane::showCa(qint64 caId)
{
    m_caId = caId;
    reload();
}

QString CaDetailsPane::fingerprint(const QString& algorithm) const
{
    if (m_caId == 0)
        return {};
    return (algorithm == QLatin1String("SHA-1") ? m_sha1->text() : m_sha256->text()).remove(QLatin1Char('\n'));
}

QString CaDetailsPane::formatFingerprint(const QByteArray& digest)
{
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

void CaDetailsPane::reload()
{
    if (!m_workspace || m_caId == 0) {
        m_placeholder->setText(placeholderText());
        m_stack->setCurrentIndex(0);
        return;
    }
    const auto ca = m_workspace->cas().get(m_caId);
    if (!ca) {
        m_stack->setCurrentIndex(0);
        m_placeholder->setText(ca.error().message);
        return;
    }
    fill(ca.value());
    m_stack->setCurrentIndex(1);
}

void CaDetailsPane::fill(const model::CaRecord& ca)
{
    m_name->setText(ca.name);
    m_name->setAccessibleName(ca.name);
    m_subject->setText(ca.subject);
    m_issuer->setText(ca.issuer == ca.subject ? tr("%1 (self-signed)").arg(ca.issuer) : ca.issuer);
    m_serial->setText(ca.serialHex);
    m_notBefore->setText(formatDateTime(ca.notBefore));
    QString until = formatDateTime(ca.notAfter);
    if (ca.notAfter.isValid() && ca.notAfter < QDateTime::currentDateTimeUtc())
        until = tr("%1 (expired)").arg(until);
    m_notAfter->setText(until);
    m_keyAlgorithm->setText(ca.keyAlgorithm);
    if (ca.hasStoredKey())
        m_keyStorage->setText(ca.passphraseKeychainKey.isEmpty()
                                  ? tr("Encrypted in the workspace")
                                  : tr("Encrypted in the workspace; passphrase remembered in the keychain"));
    else
        //: %1 says where the key is kept, e.g. "offline"
        m_keyStorage->setText(tr("Not in the workspace (%1)").arg(ca.keyReference));
    showHex(m_sha256, wrappedHex(QCryptographicHash::hash(ca.certificateDer, QCryptographicHash::Sha256)));
    showHex(m_sha1, wrappedHex(QCryptographicHash::hash(ca.certificateDer, QCryptographicHash::Sha1)));

    QStringList problems;
    if (const auto certificate = crypto::Certificate::fromDer(ca.certificateDer)) {
        fillExtensions(certificate.value());
        // Described now, in the current language (the record keeps the words of the day the CA was created).
        m_keyAlgorithm->setText(certificate->keyDescription());
    } else {
        fillExtensions(crypto::Certificate());
        problems << certificate.error().message;
    }
    m_registrations->clear();
    QHash<qint64, QString> accountNames;
    if (const auto accounts = m_workspace->accounts().list()) {
        for (const auto& account : accounts.value())
            accountNames.insert(account.id, account.name);
    } else {
        problems << accounts.error().message;
    }
    bool live = false;
    QStringList connection;
    if (const auto registrations = m_workspace->registrations().forCa(ca.id)) {
        for (const auto& registration : registrations.value()) {
            if (registration.status != model::RegistrationStatus::Deleted)
                connection << connectionText(registration.accountId);
            auto* item = new QTreeWidgetItem(m_registrations);
            item->setText(0, accountNames.value(registration.accountId));
            item->setText(1, model::registrationStatusDisplayName(registration.status));
            item->setText(2, registration.remoteId);
            item->setText(3, formatDateTime(registration.registeredAt));
            item->setText(4, registration.lastSynced.isValid() ? formatDateTime(registration.lastSynced) : tr("Never"));
            live = live || registration.status != model::RegistrationStatus::Deleted;
        }
    } else {
        problems << registrations.error().message;
    }
    m_sync->setEnabled(live && !m_workspace->isReadOnly());
    m_connectionTitle->setVisible(!connection.isEmpty());
    m_connection->setVisible(!connection.isEmpty());
    m_connection->setText(connection.join(QStringLiteral("\n\n")));
    if (m_registrations->topLevelItemCount() == 0) {
        auto* item = new QTreeWidgetItem(m_registrations);
        item->setText(0, tr("Not registered with any platform account."));
        item->setFirstColumnSpanned(true);
        item->setDisabled(true);
    }

    if (const auto counts = m_workspace->devices().countByStatus(ca.id)) {
        qint64 total = 0;
        QStringList parts;
        const QLocale locale;
        for (auto it = counts.value().cbegin(); it != counts.value().cend(); ++it) {
            total += it.value();
            //: %1 is a certificate status such as "Associated", %2 a number
            parts << tr("%1: %2").arg(model::deviceCertificateStatusDisplayName(it.key()), locale.toString(it.value()));
        }
        //: %Ln is the number of device certificates, formatted
        QString text = tr("%Ln device certificates", nullptr, static_cast<int>(total));
        if (!parts.isEmpty())
            text += QStringLiteral(" — ") + parts.join(QStringLiteral(", "));
        // The CA's own mark: how many of its records the last read-back found differing from the platform.
        if (const auto differing = m_workspace->devices().countDifferingFromPlatform(ca.id); !differing) {
            problems << differing.error().message;
        } else if (*differing > 0) {
            //: %Ln is a number of device certificates; shown under the CA's device counts
            text += QLatin1Char('\n')
                + tr("%Ln differ from the platform (see the Platform column of the device list).", nullptr,
                     static_cast<int>(*differing));
        }
        m_deviceCounts->setText(text);
    } else {
        problems << counts.error().message;
    }
    m_error->setText(problems.join(QLatin1Char('\n')));
    m_error->setVisible(!problems.isEmpty());
}

QString CaDetailsPane::connectionText(qint64 accountId) const
{
    // The same details `iotca device connection` and Issue Device Certificates write beside the device files.
    const auto account = m_workspace->accounts().get(accountId);
    if (!account)
        return account.error().message;
    const auto details = model::DeviceConnectionDetails::forAccountRecord(*account);
    if (!details)
        return details.error().message;
    //: %1 is a platform account, %2 a platform such as "AWS IoT Core"
    return tr("%1 (%2)").arg(account->name, model::platformDisplayName(details->platform)) + QLatin1Char('\n')
        + details->summary();
}

void CaDetailsPane::fillExtensions(const crypto::Certificate& certificate)
{
    const auto critical = [&certificate](const QString& text, const char* shortName) {
        //: %1 is the value of a certificate extension
        return certificate.isExtensionCritical(QString::fromLatin1(shortName)) ? tr("%1 (critical)").arg(text) : text;
    };
    const QString absent = tr("Not present");
    if (certificate.isNull()) {
        for (QLabel* value :
             {m_basicConstraints, m_keyUsage, m_extendedKeyUsage, m_subjectKeyId, m_authorityKeyId, m_subjectAltNames})
            value->clear();
        return;
    }

    const QString basic = model::CertificateText::basicConstraints(certificate.basicConstraints());
    m_basicConstraints->setText(basic.isEmpty() ? absent : critical(basic, "basicConstraints"));

    QString usage = absent;
    if (certificate.hasKeyUsage())
        usage =
            critical(model::CertificateText::keyUsages(certificate.keyUsage()).join(QStringLiteral(", ")), "keyUsage");
    m_keyUsage->setText(usage);

    QStringList purposes;
    for (const QString& purpose : certificate.extendedKeyUsage())
        purposes << model::CertificateText::extendedKeyUsage(purpose);
    m_extendedKeyUsage->setText(purposes.isEmpty() ? absent
                                                   : critical(purposes.join(QStringLiteral(", ")), "extendedKeyUsage"));
    const QByteArray ski = certificate.subjectKeyIdentifier();
    showHex(m_subjectKeyId, ski.isEmpty() ? absent : hexId(ski));
    const QByteArray aki = certificate.authorityKeyIdentifier();
    showHex(m_authorityKeyId, aki.isEmpty() ? absent : hexId(aki));
    const QStringList names = certificate.subjectAlternativeNames();
    m_subjectAltNames->setText(names.isEmpty() ? absent : critical(names.join(QStringLiteral(", ")), "subjectAltName"));
}

void CaDetailsPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QWidget::changeEvent(event);
}

QString CaDetailsPane::placeholderText() const
{
    // First start: nothing to select yet, so say how to get a CA instead (issue 18, item 9).
    const auto cas = m_workspace ? m_workspace->cas().list() : Result<QList<model::CaRecord>>(QList<model::CaRecord>());
    if (cas && cas->isEmpty())
        return tr("No certificate authority yet. Create one with File → New CA… or import one with File → Import "
                  "CA…");
    return tr("Select a certificate authority to see its certificate, registrations and devices.");
}

void CaDetailsPane::retranslateUi()
{
    setAccessibleName(tr("Certificate authority details"));
    m_placeholder->setText(placeholderText());
    const std::pair<QLabel*, QString> labels[] = {
        {m_subject, tr("Subject:")},        {m_issuer, tr("Issuer:")},        {m_serial, tr("Serial number:")},
        {m_notBefore, tr("Valid from:")},   {m_notAfter, tr("Valid until:")}, {m_keyAlgorithm, tr("Key:")},
        {m_keyStorage, tr("Private key:")},
    };
    for (const auto& [value, text] : labels) {
        if (auto* label = qobject_cast<QLabel*>(m_form->labelForField(value)))
            label->setText(text);
        QString plain = text;
        plain.chop(1);
        value->setAccessibleName(plain);
    }
    const std::pair<QLabel*, QString> extensions[] = {
        {m_basicConstraints, tr("Basic constraints:")},  {m_keyUsage, tr("Key usage:")},
        {m_extendedKeyUsage, tr("Extended key usage:")}, {m_subjectKeyId, tr("Subject key ID:")},
        {m_authorityKeyId, tr("Authority key ID:")},     {m_subjectAltNames, tr("Alternative names:")},
    };
    for (const auto& [value, text] : extensions) {
        if (auto* label = qobject_cast<QLabel*>(m_extensionsForm->labelForField(value)))
            label->setText(text);
        QString plain = text;
        plain.chop(1);
        value->setAccessibleName(plain);
    }
    const std::pair<QLabel*, QString> prints[] = {{m_sha256, tr("SHA-256 fingerprint")},
                                                  {m_sha1, tr("SHA-1 fingerprint")}};
    for (const auto& [value, text] : prints) {
        value->setAccessibleName(text);
        if (auto* caption = findChild<QLabel*>(value->objectName() + QStringLiteral("Label")))
            caption->setText(text);
        if (auto* copy = findChild<QToolButton*>(value->objectName().chopped(5) + QStringLiteral("CopyButton"))) {
            copy->setText(tr("Copy"));
            copy->setAccessibleName(tr("Copy %1").arg(text));
            copy->setToolTip(tr("Copy %1 to the clipboard").arg(text));
        }
    }
    m_extensionsTitle->setText(tr("Extensions"));
    m_registrationsTitle->setText(tr("&Registrations"));
    m_registrations->setHeaderLabels(
        {tr("Account"), tr("Status"), tr("Platform ID"), tr("Registered"), tr("Last sync")});
    m_sync->setText(tr("S&ync"));
    m_sync->setAccessibleName(tr("Sync registrations with the platforms"));
    m_sync->setToolTip(tr("Read this CA's status from every platform account it is registered with"));
    m_registrations->setAccessibleName(tr("Registrations per platform account"));
    //: Title of the CA details section on what devices need to connect to the platforms the CA is registered with
    m_connectionTitle->setText(tr("Device connection"));
    m_connection->setAccessibleName(tr("What devices need to connect"));
    m_devicesTitle->setText(tr("Device certificates"));
    m_deviceCounts->setAccessibleName(tr("Device certificate counts"));
}

} // namespace iotca::ui
