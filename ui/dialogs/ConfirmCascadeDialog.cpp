#include "ConfirmCascadeDialog.h"

#include "ui/widgets/DestructiveButton.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace iotca::ui {

ConfirmCascadeDialog::ConfirmCascadeDialog(Operation operation, Target target, const QString& caName,
                                           qint64 deviceCount, const QString& accountName, QWidget* parent)
    : ValidatingDialog(parent)
    , m_caName(caName)
    , m_consequence(new QLabel(this))
{
    setObjectName(QStringLiteral("confirmCascadeDialog"));
    switch (operation) {
    case Operation::Activate:
        setWindowTitle(tr("Activate"));
        okButton()->setText(tr("&Activate"));
        break;
    case Operation::Deactivate:
        setWindowTitle(tr("Deactivate"));
        okButton()->setText(tr("&Deactivate"));
        break;
    case Operation::Delete:
        setWindowTitle(tr("Delete"));
        okButton()->setText(tr("&Delete"));
        break;
    }
    okButton()->setAccessibleName(windowTitle());

    m_consequence->setObjectName(QStringLiteral("consequenceLabel"));
    m_consequence->setWordWrap(true);
    m_consequence->setText(consequenceText(operation, target, caName, deviceCount, accountName));
    m_consequence->setAccessibleName(m_consequence->text());

    auto* content = new QVBoxLayout;
    content->addWidget(m_consequence);
    if (operation == Operation::Delete && target == Target::CaRegistration) {
        m_typedName = new QLineEdit(this);
        auto* form = new QFormLayout;
        //: %1 is a CA name
        addField(form, tr("Type '%1' to confirm:").arg(caName), m_typedName, QStringLiteral("typedNameEdit"));
        content->addLayout(form);
        okButton()->setEnabled(false);
        connect(m_typedName, &QLineEdit::textChanged, this,
                [this](const QString& text) { okButton()->setEnabled(text.trimmed() == m_caName); });
    }
    setContent(content);
    auto* cancel = buttonBox()->button(QDialogButtonBox::Cancel);
    if (operation != Operation::Activate) {
        // Enter must never deactivate or delete by accident: Cancel is the default and, unless a name is to be
        // typed, has the focus.
        markDestructive(okButton(), cancel);
        if (m_typedName)
            m_typedName->setFocus();
        else
            cancel->setFocus();
    }
}

void ConfirmCascadeDialog::keyPressEvent(QKeyEvent* event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && m_typedName && focusWidget() == m_typedName && event->modifiers() == Qt::NoModifier) {
        event->accept();
        accept(); // validate() refuses a wrong name and says why
        return;
    }
    ValidatingDialog::keyPressEvent(event);
}

QString ConfirmCascadeDialog::consequence() const
{
    return m_consequence->text();
}

QString ConfirmCascadeDialog::consequenceText(Operation operation, Target target, const QString& caName,
                                              qint64 deviceCount, const QString& accountName)
{
    const QString count = QLocale().toString(deviceCount);
    const QString account = accountName.isEmpty() ? tr("the workspace") : accountName;
    if (target == Target::DeviceCertificates) {
        switch (operation) {
        case Operation::Activate:
            //: %n is a number of certificates, %1 a CA name
            return tr("Activate %n device certificate(s) of '%1'? Devices using them can connect again.", nullptr,
                      static_cast<int>(deviceCount))
                .arg(caName);
        case Operation::Deactivate:
            return tr("Deactivate %n device certificate(s) of '%1'? Devices using them can no longer connect.", nullptr,
                      static_cast<int>(deviceCount))
                .arg(caName);
        case Operation::Delete:
            return tr("Delete %n device certificate(s) of '%1'? This cannot be undone.", nullptr,
                      static_cast<int>(deviceCount))
                .arg(caName);
        }
    }
    switch (operation) {
    case Operation::Activate:
        //: %1 is a CA name, %2 a platform account, %3 a formatted number such as 2,345
        return tr("Activating '%1' on %2 also activates its %3 device certificates.").arg(caName, account, count);
    case Operation::Deactivate:
        return tr("Deactivating this CA deactivates its %3 device certificates: '%1' on %2 and every device that "
                  "uses one of them can no longer connect.")
            .arg(caName, account, count);
    case Operation::Delete:
        return tr("Deleting '%1' from %2 also deletes its %3 device certificates. This cannot be undone.")
            .arg(caName, account, count);
    }
    return {};
}

std::optional<ValidatingDialog::FieldError> ConfirmCascadeDialog::validate() const
{
    if (m_typedName && m_typedName->text().trimmed() != m_caName)
        //: %1 is a CA name
        return FieldError {m_typedName, tr("Type the name '%1' exactly to confirm the deletion.").arg(m_caName)};
    return std::nullopt;
}

} // namespace iotca::ui
