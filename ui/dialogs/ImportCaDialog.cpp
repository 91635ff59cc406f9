#include "ImportCaDialog.h"

#include "ui/widgets/FilePathEdit.h"
#include "ui/widgets/PassphraseStrengthHint.h"
#include "ui/widgets/ShowPassphraseCheck.h"

#include <QCheckBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QVBoxLayout>

#include <utility>

namespace iotca::ui {

namespace {
const auto pemFilter = QStringLiteral("*.pem *.crt *.cer *.der *.key");
}

ImportCaDialog::ImportCaDialog(Prompter& prompter, Check check, QWidget* parent)
    : ValidatingDialog(parent)
    , m_check(std::move(check))
    , m_name(new QLineEdit(this))
    , m_certificate(new FilePathEdit(prompter, FilePathEdit::Mode::OpenFile, this))
    , m_key(new FilePathEdit(prompter, FilePathEdit::Mode::OpenFile, this))
    , m_passphrase(new QLineEdit(this))
    , m_passphraseRepeat(new QLineEdit(this))
    , m_passphraseRepeatLabel(nullptr)
    , m_passphraseRule(new QLabel(PassphraseStrengthHint::ruleText(), this))
    , m_remember(new QCheckBox(this))
{
    setObjectName(QStringLiteral("importCaDialog"));
    setWindowTitle(tr("Import Certificate Authority"));
    setAcceptDrops(true);

    auto* hint = new QLabel(tr("Choose the CA certificate and its private key, or drop both files here."), this);
    hint->setObjectName(QStringLiteral("importHintLabel"));
    hint->setWordWrap(true);

    auto* form = new QFormLayout;
    addField(form, tr("&Name:"), m_name, QStringLiteral("nameEdit"));

    m_certificate->setNames(QStringLiteral("certificatePathEdit"), tr("CA certificate file"));
    m_certificate->setChooser(tr("CA Certificate"), tr("Certificates (%1);;All files (*)").arg(pemFilter));
    auto* certificateLabel = new QLabel(tr("CA &certificate:"), this);
    certificateLabel->setBuddy(m_certificate->lineEdit());
    form->addRow(certificateLabel, m_certificate);

    m_key->setNames(QStringLiteral("keyPathEdit"), tr("Private key file"));
    m_key->setChooser(tr("CA Private Key"), tr("Private keys (%1);;All files (*)").arg(pemFilter));
    auto* keyLabel = new QLabel(tr("Private &key:"), this);
    keyLabel->setBuddy(m_key->lineEdit());
    form->addRow(keyLabel, m_key);

    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("The key is stored encrypted under this passphrase"));
    addField(form, tr("Key &passphrase:"), m_passphrase, QStringLiteral("passphraseEdit"));
    m_passphraseRepeat->setEchoMode(QLineEdit::Password);
    addField(form, tr("&Repeat passphrase:"), m_passphraseRepeat, QStringLiteral("passphraseRepeatEdit"));
    m_passphraseRepeatLabel = qobject_cast<QLabel*>(form->labelForField(m_passphraseRepeat));
    m_passphraseRule->setObjectName(QStringLiteral("passphraseRuleLabel"));
    m_passphraseRule->setWordWrap(true);
    form->addRow(QString(), m_passphraseRule);
    form->addRow(QString(), new ShowPassphraseCheck({m_passphrase, m_passphraseRepeat}, this));
    m_remember->setObjectName(QStringLiteral("rememberPassphraseCheck"));
    m_remember->setText(tr("Re&member the passphrase in the system keychain"));
    m_remember->setAccessibleName(tr("Remember the passphrase in the system keychain"));
    form->addRow(QString(), m_remember);

    auto* content = new QVBoxLayout;
    content->addWidget(hint);
    content->addLayout(form);
    setContent(content);

    // An encrypted key is opened with its own passphrase (asked once); an unencrypted one gets a new passphrase,
    // asked twice and held to the New CA rule.
    const auto followKey = [this] {
        const bool fresh = needsNewPassphrase();
        m_passphraseRepeat->setVisible(fresh);
        if (m_passphraseRepeatLabel)
            m_passphraseRepeatLabel->setVisible(fresh);
        m_passphraseRule->setVisible(fresh);
        m_passphrase->setPlaceholderText(fresh ? tr("A new passphrase the workspace stores the key under")
                                               : tr("The passphrase of the key file"));
    };
    connect(m_key, &FilePathEdit::pathChanged, this, followKey);
    followKey();

    connect(m_certificate, &FilePathEdit::pathChanged, this, [this](const QString& path) {
        if (m_name->text().trimmed().isEmpty() || !m_name->isModified())
            m_name->setText(QFileInfo(path).completeBaseName());
    });
}

bool ImportCaDialog::needsNewPassphrase() const
{
    QFile file(m_key->path());
    if (m_key->path().isEmpty() || !file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(64 * 1024);
    // PKCS#8 "ENCRYPTED PRIVATE KEY" or a traditional PEM key with "Proc-Type: 4,ENCRYPTED" (RFC 1421).
    return head.contains("PRIVATE KEY-----") && !head.contains("ENCRYPTED");
}

ImportCaDialog::FileKind ImportCaDialog::classify(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return FileKind::Unknown;
    const QByteArray head = file.read(64 * 1024);
    if (head.contains("-----BEGIN CERTIFICATE-----"))
        return FileKind::Certificate;
    if (head.contains("PRIVATE KEY-----"))
        return FileKind::PrivateKey;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("crt") || suffix == QLatin1String("cer"))
        return FileKind::Certificate;
    if (suffix == QLatin1String("key"))
        return FileKind::PrivateKey;
    return FileKind::Unknown;
}

void ImportCaDialog::dragEnterEvent(QDragEnterEvent* event)
{
    const auto urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.size() <= 2 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void ImportCaDialog::dropEvent(QDropEvent* event)
{
    QStringList unknown;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (!url.isLocalFile())
            continue;
        const QString path = url.toLocalFile();
        switch (classify(path)) {
        case FileKind::Certificate:
            m_certificate->setPath(path);
            break;
        case FileKind::PrivateKey:
            m_key->setPath(path);
            break;
        case FileKind::Unknown:
            unknown << QFileInfo(path).fileName();
            break;
        }
    }
    if (!unknown.isEmpty())
        //: %1 is a list of file names
        showProblem(
            tr("%1: neither a certificate nor a private key in PEM form.").arg(unknown.join(QLatin1String(", "))));
    event->acceptProposedAction();
}

std::optional<ValidatingDialog::FieldError> ImportCaDialog::validate() const
{
    if (m_name->text().trimmed().isEmpty())
        return FieldError {m_name, tr("Enter a name for the certificate authority.")};
    if (m_certificate->path().isEmpty())
        return FieldError {m_certificate->lineEdit(), tr("Choose the CA certificate file.")};
    if (!QFileInfo(m_certificate->path()).isFile())
        //: %1 is a file path
        return FieldError {
            m_certificate->lineEdit(),
            tr("The certificate file '%1' does not exist.").arg(QDir::toNativeSeparators(m_certificate->path()))};
    if (m_key->path().isEmpty())
        return FieldError {m_key->lineEdit(), tr("Choose the private key file of the CA.")};
    if (!QFileInfo(m_key->path()).isFile())
        return FieldError {m_key->lineEdit(),
                           tr("The key file '%1' does not exist.").arg(QDir::toNativeSeparators(m_key->path()))};
    if (m_passphrase->text().isEmpty())
        return FieldError {m_passphrase,
                           tr("Enter a passphrase: the key's own, or for an unencrypted key file a new "
                              "one that the workspace stores it under.")};
    if (m_check) {
        if (const Status checked = m_check(request()); !checked)
            return FieldError {m_key->lineEdit(), checked.error().message};
    }
    if (needsNewPassphrase()) {
        if (m_passphrase->text().size() < PassphraseStrengthHint::minimumLength)
            return FieldError {
                m_passphrase,
                tr("The new passphrase must have at least %1 characters.").arg(PassphraseStrengthHint::minimumLength)};
        if (m_passphraseRepeat->text() != m_passphrase->text())
            return FieldError {m_passphraseRepeat, tr("The two passphrases are not the same.")};
    }
    return std::nullopt;
}

ImportCaRequest ImportCaDialog::request() const
{
    ImportCaRequest request;
    request.name = m_name->text().trimmed();
    request.certificatePath = m_certificate->path();
    request.keyPath = m_key->path();
    request.keyPassphrase = crypto::SecureBuffer::fromString(m_passphrase->text());
    request.rememberPassphrase = m_remember->isChecked();
    return request;
}

} // namespace iotca::ui
