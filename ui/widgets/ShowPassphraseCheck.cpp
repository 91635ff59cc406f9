#include "ShowPassphraseCheck.h"

#include <QEvent>
#include <QLineEdit>

#include <utility>

namespace iotca::ui {

ShowPassphraseCheck::ShowPassphraseCheck(QList<QLineEdit*> fields, QWidget* parent)
    : QCheckBox(parent)
    , m_fields(std::move(fields))
{
    setObjectName(QStringLiteral("showPassphraseCheck"));
    connect(this, &QCheckBox::toggled, this, [this](bool shown) {
        for (QLineEdit* field : std::as_const(m_fields))
            field->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    retranslateUi();
}

void ShowPassphraseCheck::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QCheckBox::changeEvent(event);
}

void ShowPassphraseCheck::retranslateUi()
{
    setText(tr("S&how passphrase"));
    setAccessibleName(tr("Show passphrase"));
}

} // namespace iotca::ui
