#include "CeremonyCaFields.h"

#include "ui/dialogs/SubjectFields.h"
#include "ui/widgets/KeyAlgorithmCombo.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace iotca::ui {

CeremonyCaFields::CeremonyCaFields(const QString& prefix, int defaultDays, QWidget* parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
    , m_name(new QLineEdit(this))
    , m_commonName(new QLineEdit(this))
    , m_organization(new QLineEdit(this))
    , m_country(new QLineEdit(this))
    , m_key(new KeyAlgorithmCombo(this))
    , m_days(new QSpinBox(this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    const QList<std::pair<QWidget*, QString>> fields {{m_name, QStringLiteral("NameEdit")},
                                                      {m_commonName, QStringLiteral("CommonNameEdit")},
                                                      {m_organization, QStringLiteral("OrganizationEdit")},
                                                      {m_country, QStringLiteral("CountryEdit")},
                                                      {m_key, QStringLiteral("KeyCombo")},
                                                      {m_days, QStringLiteral("DaysSpin")}};
    for (const auto& [field, suffix] : fields) {
        field->setObjectName(prefix + suffix);
        auto* label = new QLabel(this);
        label->setBuddy(field);
        m_form->addRow(label, field);
    }
    m_country->setMaxLength(2);
    m_key->setAllowedAlgorithms(KeyAlgorithmCombo::everyAlgorithm(), crypto::KeyAlgorithm::EcP384);
    // The ranges the script allows (CeremonyScriptParser: days 1 … 36500).
    m_days->setRange(1, 36500);
    m_days->setValue(defaultDays);
    for (QLineEdit* edit : {m_name, m_commonName, m_organization, m_country})
        connect(edit, &QLineEdit::textChanged, this, &CeremonyCaFields::changed);
    connect(m_key, &QComboBox::currentIndexChanged, this, &CeremonyCaFields::changed);
    connect(m_days, &QSpinBox::valueChanged, this, &CeremonyCaFields::changed);
    retranslateUi();
}

model::CeremonyNewCa CeremonyCaFields::newCa() const
{
    model::CeremonyNewCa ca;
    ca.name = m_name->text().trimmed();
    SubjectFields subject;
    subject.commonName = m_commonName->text().trimmed();
    subject.organization = m_organization->text().trimmed();
    subject.country = m_country->text().trimmed().toUpper();
    ca.subject = subject.toRfc4514();
    ca.key = crypto::keyAlgorithmName(m_key->algorithm());
    ca.days = m_days->value();
    return ca;
}

void CeremonyCaFields::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CeremonyCaFields::retranslateUi()
{
    const QStringList labels {tr("CA na&me:"),     tr("&Common name (CN):"), tr("&Organization (O):"),
                              tr("Co&untry (C):"), tr("&Key type:"),         tr("&Validity (days):")};
    const QStringList names {tr("CA name"),      tr("Common name"), tr("Organization"),
                             tr("Country code"), tr("Key type"),    tr("Validity in days")};
    for (int row = 0; row < m_form->rowCount() && row < labels.size(); ++row) {
        if (auto* label = qobject_cast<QLabel*>(m_form->itemAt(row, QFormLayout::LabelRole)->widget()))
            label->setText(labels.at(row));
        m_form->itemAt(row, QFormLayout::FieldRole)->widget()->setAccessibleName(names.at(row));
    }
    m_name->setPlaceholderText(tr("As the workspace will list it"));
    m_country->setPlaceholderText(tr("Two letters, e.g. CN"));
}

} // namespace iotca::ui
