#include "CeremonySetupPages.h"

#include "CeremonyCaFields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace iotca::ui {

// ---- Participants -------------------------------------------------------------------------------------------------

CeremonyPeoplePage::CeremonyPeoplePage(QWidget* parent)
    : QWizardPage(parent)
    , m_title(new QLineEdit(this))
    , m_officer(new QLineEdit(this))
    , m_witnesses(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("ceremonyPeoplePage"));
    setTitle(tr("Participants"));
    setSubTitle(tr("Who runs the ceremony and who witnesses it. Their names go into the script and the signed "
                   "record, with lines for their signatures."));
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setAccessibleName(tr("Ceremony title"));
    m_officer->setObjectName(QStringLiteral("officerEdit"));
    m_officer->setAccessibleName(tr("Officer"));
    m_witnesses->setObjectName(QStringLiteral("witnessesEdit"));
    m_witnesses->setAccessibleName(tr("Witnesses, one per line"));
    m_witnesses->setTabChangesFocus(true);
    m_witnesses->setMaximumHeight(m_witnesses->fontMetrics().lineSpacing() * 6);

    auto* form = new QFormLayout;
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    const auto addRow = [&](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(tr("&Title:"), m_title);
    addRow(tr("&Officer:"), m_officer);
    addRow(tr("&Witnesses (one per line):"), m_witnesses);
}

void CeremonyPeoplePage::apply(model::CeremonyScript& script) const
{
    script.title = m_title->text().trimmed();
    script.officer = m_officer->text().trimmed();
    script.witnesses.clear();
    for (const QString& line : m_witnesses->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            script.witnesses.append(line.trimmed());
    }
}

// ---- Root CA ------------------------------------------------------------------------------------------------------

CeremonyRootPage::CeremonyRootPage(const QStringList& existingCas, QWidget* parent)
    : QWizardPage(parent)
    , m_newRoot(new QRadioButton(tr("Create a new &root CA"), this))
    , m_existing(new QRadioButton(tr("Use an &existing CA of this workspace:"), this))
    , m_existingCa(new QComboBox(this))
    , m_fields(new CeremonyCaFields(QStringLiteral("root"), 7300, this))
{
    setObjectName(QStringLiteral("ceremonyRootPage"));
    setTitle(tr("Certificate Authority"));
    setSubTitle(tr("The root CA the ceremony creates, or a CA of this workspace whose key is stored here."));
    m_newRoot->setObjectName(QStringLiteral("newRootRadio"));
    m_existing->setObjectName(QStringLiteral("existingCaRadio"));
    m_existingCa->setObjectName(QStringLiteral("existingCaCombo"));
    m_existingCa->setAccessibleName(tr("Existing CA"));
    m_existingCa->addItems(existingCas);
    m_existing->setEnabled(!existingCas.isEmpty());
    m_newRoot->setChecked(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_newRoot);
    layout->addWidget(m_fields);
    layout->addWidget(m_existing);
    layout->addWidget(m_existingCa);
    layout->addStretch(1);
    const auto update = [this] {
        m_fields->setEnabled(m_newRoot->isChecked());
        m_existingCa->setEnabled(m_existing->isChecked());
    };
    connect(m_newRoot, &QRadioButton::toggled, this, update);
    update();
}

bool CeremonyRootPage::createsRoot() const
{
    return m_newRoot->isChecked();
}

QString CeremonyRootPage::caName() const
{
    return createsRoot() ? m_fields->newCa().name : m_existingCa->currentText();
}

void CeremonyRootPage::apply(model::CeremonyScript& script) const
{
    if (createsRoot())
        script.newCas.append(m_fields->newCa());
    else
        script.existingCas.append(m_existingCa->currentText());
}

// ---- Intermediate CA ----------------------------------------------------------------------------------------------

CeremonyIntermediatePage::CeremonyIntermediatePage(QWidget* parent)
    : QWizardPage(parent)
    , m_create(new QCheckBox(tr("Also create an &intermediate CA under it"), this))
    , m_fields(new CeremonyCaFields(QStringLiteral("intermediate"), 1825, this))
{
    setObjectName(QStringLiteral("ceremonyIntermediatePage"));
    setTitle(tr("Intermediate CA"));
    setSubTitle(tr("An intermediate CA keeps the root's key in the safe: it then signs the verification "
                   "certificates, the devices and the bundle."));
    m_create->setObjectName(QStringLiteral("intermediateCheck"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_create);
    layout->addWidget(m_fields);
    layout->addStretch(1);
    connect(m_create, &QCheckBox::toggled, m_fields, &QWidget::setEnabled);
    m_fields->setEnabled(false);
}

bool CeremonyIntermediatePage::createsIntermediate() const
{
    return m_create->isChecked();
}

QString CeremonyIntermediatePage::caName() const
{
    return m_fields->newCa().name;
}

void CeremonyIntermediatePage::apply(model::CeremonyScript& script, const QString& issuer) const
{
    if (!createsIntermediate())
        return;
    model::CeremonyNewCa ca = m_fields->newCa();
    ca.issuer = issuer;
    // An intermediate that only issues end entities (RFC 5280 section 4.2.1.9: pathLenConstraint 0).
    ca.pathLength = 0;
    script.newCas.append(ca);
}

} // namespace iotca::ui
