#include "KeyCeremonyAction.h"

#include <QAction>

namespace iotca::ui {

KeyCeremonyAction::KeyCeremonyAction(QObject* parent)
    : QObject(parent)
    , m_action(new QAction(this))
{
    m_action->setObjectName(QStringLiteral("keyCeremonyAction"));
    m_action->setEnabled(false);
    retranslate();
}

void KeyCeremonyAction::retranslate()
{
    m_action->setText(tr("&Key Ceremony…"));
    const QString tip = tr("Write a key ceremony script, review it with the witnesses, then run it step by step");
    m_action->setToolTip(tip);
    m_action->setStatusTip(tip);
}

void KeyCeremonyAction::update(bool writableWorkspace)
{
    m_action->setEnabled(writableWorkspace);
}

} // namespace iotca::ui
