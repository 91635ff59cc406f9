#include "NewCaDialog.h"

#include "ui/widgets/KeyAlgorithmCombo.h"
#include "ui/widgets/PassphraseStrengthHint.h"
#include "ui/widgets/ShowPassphraseCheck.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace iotca::ui {

namespace {
constexpr int minimumPassphraseLength = PassphraseStrengthHint::minimumLength;
constexpr int maximumValidityDays = 36500;

QString trimmed(const QLineEdit* edit)
{
    return edit->text().trimmed();
}
} // namespace

NewCaDialog::NewCaDialog(QWidget* parent)
    : ValidatingDialog(parent)
    , m_name(new QLineEdit(this))
    , m_algorithm(new KeyAlgorithmCombo(this))
    , m_signedBy(new QComboBox(this))
    , m_commonName(new QLineEdit(this))
    , m_organization(new QLineEdit(this))
    , m_organizationalUnit(new QLineEdit(this))
    , m_locality(new QLineEdit(this))
    , m_state(new QLineEdit(this))
    , m_country(new QLineEdit(this))
    , m_validityDays(new QSpinBox(this))
    , m_validUntil(new QLabel(this))
    , m_passphrase(new QLineEdit(this))
    , m_passphraseRepeat(new QLineEdit(this))
    , m_strength(new PassphraseStrengthHint(this))
    , m_remember(new QCheckBox(this))
{
    setObjectName(QStringLiteral("newCaDialog"));
    setWindowTitle(tr("New Certificate Authority"));

    auto* caBox = new QGroupBox(tr("Certificate authority"), this);
    auto* caForm = new QFormLayout(caBox);
    m_name->setPlaceholderText(tr("How the CA is listed, e.g. Fleet Root 2026"));
    addField(caForm, tr("&Name:"), m_name, QStringLiteral("nameEdit"));
    addField(caForm, tr("&Key type:"), m_algorithm, QStringLiteral("keyAlgorithmCombo"));
    m_signedBy->addItem(tr("Self-signed (root CA)"), qint64 {0});
    addField(caForm, tr("Signed &by:"), m_signedBy, QStringLiteral("signedByCombo"));
    m_validityDays->setRange(1, maximumValidityDays);
    m_validityDays->setValue(3650);
    //: Suffix of a number of days, with a leading space
    m_validityDays->setSuffix(tr(" days"));
    addField(caForm, tr("&Valid for:"), m_validityDays, QStringLiteral("validityDaysSpin"));
    m_validUntil->setObjectName(QStringLiteral("validUntilLabel"));
    caForm->addRow(QString(), m_validUntil);

    auto* subjectBox = new QGroupBox(tr("Subject"), this);
    auto* subjectForm = new QFormLayout(subjectBox);
    addField(subjectForm, tr("&Common name (CN):"), m_commonName, QStringLiteral("commonNameEdit"));
    addField(subjectForm, tr("&Organization (O):"), m_organization, QStringLiteral("organizationEdit"));
    addField(subjectForm, tr("Organizational &unit (OU):"), m_organizationalUnit,
             QStringLiteral("organizationalUnitEdit"));
    addField(subjectForm, tr("&Locality (L):"), m_locality, QStringLiteral("localityEdit"));
    addField(subjectForm, tr("&State or province (ST):"), m_state, QStringLiteral("stateEdit"));
    m_country->setMaxLength(2);
    m_country->setPlaceholderText(tr("Two letters, e.g. CN"));
    addField(subjectForm, tr("Coun&try (C):"), m_country, QStringLiteral("countryEdit"));

    auto* keyBox = new QGroupBox(tr("Private key protection"), this);
    auto* keyForm = new QFormLayout(keyBox);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphraseRepeat->setEchoMode(QLineEdit::Password);
    // The rule is stated before anything is typed, not only after a failure.
    auto* rule = new QLabel(PassphraseStrengthHint::ruleText(), this);
    rule->setObjectName(QStringLiteral("passphraseRuleLabel"));
    rule->setWordWrap(true);
    keyForm->addRow(QString(), rule);
    addField(keyForm, tr("&Passphrase:"), m_passphrase, QStringLiteral("passphraseEdit"));
    keyForm->addRow(QString(), m_strength);
    addField(keyForm, tr("&Repeat passphrase:"), m_passphraseRepeat, QStringLiteral("passphraseRepeatEdit"));
    keyForm->addRow(QString(), new ShowPassphraseCheck({m_passphrase, m_passphraseRepeat}, this));
    m_remember->setText(tr("Re&member the passphrase in the system keychain"));
    m_remember->setObjectName(QStringLiteral("rememberPassphraseCheck"));
    m_remember->setAccessibleName(tr("Remember the passphrase in the system keychain"));
    keyForm->addRow(QString(), m_remember);

    auto* content = new QVBoxLayout;
    content->addWidget(caBox);
    content->addWidget(subjectBox);
    content->addWidget(keyBox);
    setContent(content);

    connect(m_passphrase, &QLineEdit::textChanged, m_strength, &PassphraseStrengthHint::setPassphrase);
    connect(m_validityDays, &QSpinBox::valueChanged, this, &NewCaDialog::updateValidUntil);
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString& text) {
        // Until the user edits the Common Name, it follows the display name.
        if (!m_commonName->isModified())
            m_commonName->setText(text.trimmed());
    });
    updateValidUntil();
    m_strength->setPassphrase({});
}

void NewCaDialog::setExistingNames(const QStringList& names)
{
    m_existingNames = names;
}

void NewCaDialog::setIssuers(const QList<std::pair<qint64, QString>>& issuers)
{
    while (m_signedBy->count() > 1)
        m_signedBy->removeItem(1);
    for (const auto& [id, name] : issuers)
        m_signedBy->addItem(name, id);
}

void NewCaDialog::updateValidUntil()
{
    const QDate until = QDate::currentDate().addDays(m_validityDays->value());
    //: %1 is a date
    m_validUntil->setText(tr("Valid until %1").arg(QLocale().toString(until, QLocale::LongFormat)));
}

std::optional<ValidatingDialog::FieldError> NewCaDialog::validate() const
{
    const QString name = trimmed(m_name);
    if (name.isEmpty())
        return FieldError {m_name, tr("Enter a name for the certificate authority.")};
    if (name.size() > 64)
        return FieldError {m_name, tr("The name is longer than 64 characters.")};
    for (const QString& existing : m_existingNames) {
        if (existing.compare(name, Qt::CaseInsensitive) == 0)
            //: %1 is a CA name
            return FieldError {m_name, tr("A certificate authority named '%1' already exists.").arg(existing)};
    }
    if (trimmed(m_commonName).isEmpty())
        return FieldError {m_commonName, tr("Enter the common name (CN) of the CA certificate.")};

    const struct
    {
        QLineEdit* edit;
        int maximum;
        QString what;
    } lengths[] = {
        {m_commonName, 64, tr("common name")},
        {m_organization, 64, tr("organization")},
        {m_organizationalUnit, 64, tr("organizational unit")},
        {m_locality, 128, tr("locality")},
        {m_state, 128, tr("state or province")},
    };
    for (const auto& field : lengths) {
        if (trimmed(field.edit).size() > field.maximum)
            //: %1 is a subject field such as "organization", %2 a number
            return FieldError {field.edit,
                               tr("The %1 is longer than %2 characters.").arg(field.what).arg(field.maximum)};
    }
    static const QRegularExpression countryPattern(QStringLiteral("^[A-Za-z]{2}$"));
    const QString country = trimmed(m_country);
    if (!country.isEmpty() && !countryPattern.match(country).hasMatch())
        return FieldError {m_country, tr("The country must be a two-letter code such as CN or US.")};

    const QString passphrase = m_passphrase->text();
    if (passphrase.isEmpty())
        return FieldError {m_passphrase, tr("Enter a passphrase to protect the CA's private key.")};
    if (passphrase.size() < minimumPassphraseLength)
        return FieldError {m_passphrase,
                           tr("The passphrase must have at least %1 characters.").arg(minimumPassphraseLength)};
    if (PassphraseStrengthHint::classify(PassphraseStrengthHint::estimateBits(passphrase))
        == PassphraseStrengthHint::Strength::Weak)
        return FieldError {m_passphrase,
                           tr("The passphrase is too easy to guess. Make it longer or mix letters, "
                              "digits and symbols.")};
    if (m_passphraseRepeat->text() != passphrase)
        return FieldError {m_passphraseRepeat, tr("The two passphrases are not the same.")};
    return std::nullopt;
}

NewCaRequest NewCaDialog::request() const
{
    NewCaRequest request;
    request.name = trimmed(m_name);
    request.algorithm = m_algorithm->algorithm();
    request.subject.commonName = trimmed(m_commonName);
    request.subject.organization = trimmed(m_organization);
    request.subject.organizationalUnit = trimmed(m_organizationalUnit);
    request.subject.locality = trimmed(m_locality);
    request.subject.state = trimmed(m_state);
    request.subject.country = trimmed(m_country).toUpper();
    request.validityDays = m_validityDays->value();
    request.passphrase = crypto::SecureBuffer::fromString(m_passphrase->text());
    request.rememberPassphrase = m_remember->isChecked();
    request.issuerCaId = m_signedBy->currentData().toLongLong();
    return request;
}

} // namespace iotca::ui
