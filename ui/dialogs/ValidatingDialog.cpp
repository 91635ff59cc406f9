#include "ValidatingDialog.h"

#include "ui/widgets/ErrorBanner.h"
#include "ui/widgets/FitToContents.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace iotca::ui {

ValidatingDialog::ValidatingDialog(QWidget* parent)
    : QDialog(parent)
    , m_banner(new ErrorBanner(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    auto* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("okButton"));
    ok->setAccessibleName(ok->text().remove(QLatin1Char('&')));
    auto* cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(cancel->text().remove(QLatin1Char('&')));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ValidatingDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ValidatingDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_buttons);
}

QString ValidatingDialog::validationMessage() const
{
    return m_banner->isHidden() ? QString() : m_banner->message();
}

QPushButton* ValidatingDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void ValidatingDialog::accept()
{
    if (const auto problem = validate()) {
        showProblem(problem->message);
        if (problem->field)
            problem->field->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_banner->clear();
    QDialog::accept();
}

void ValidatingDialog::setContent(QWidget* content)
{
    auto* box = static_cast<QVBoxLayout*>(layout());
    box->insertWidget(0, content, 1);
}

void ValidatingDialog::setContent(QLayout* content)
{
    auto* box = static_cast<QVBoxLayout*>(layout());
    box->insertLayout(0, content, 1);
}

void ValidatingDialog::addField(QFormLayout* form, const QString& label, QWidget* field, const QString& objectName)
{
    field->setObjectName(objectName);
    QString plain = label;
    plain.remove(QLatin1Char('&'));
    if (plain.endsWith(QLatin1Char(':')) || plain.endsWith(QChar(0xff1a)))
        plain.chop(1);
    field->setAccessibleName(plain);
    auto* labelWidget = new QLabel(label, this);
    labelWidget->setBuddy(field);
    form->addRow(labelWidget, field);
    // A problem shown for the last OK is stale once the user edits a field: it goes rather than sit beside, say,
    // "Very strong".
    if (auto* edit = qobject_cast<QLineEdit*>(field))
        connect(edit, &QLineEdit::textEdited, m_banner, &ErrorBanner::clear);
}

void ValidatingDialog::showProblem(const QString& message)
{
    m_banner->showError(Error {message});
    if (isVisible())
        fitToContents(this);
}

void ValidatingDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    fitToContents(this);
}

} // namespace iotca::ui
