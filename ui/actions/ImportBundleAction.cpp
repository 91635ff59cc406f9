#include "ImportBundleAction.h"

#include <QAction>

namespace iotca::ui {

ImportBundleAction::ImportBundleAction(QObject* parent)
    : QObject(parent)
    , m_action(new QAction(this))
{
    m_action->setObjectName(QStringLiteral("importBundleAction"));
    m_action->setEnabled(false);
    retranslate();
}

void ImportBundleAction::retranslate()
{
    m_action->setText(tr("Import Bun&dle…"));
    const QString tip = tr("Import a transfer bundle from an offline key ceremony: its CA and pending registrations");
    m_action->setToolTip(tip);
    m_action->setStatusTip(tip);
}

void ImportBundleAction::update(bool writableWorkspace)
{
    m_action->setEnabled(writableWorkspace);
}

} // namespace iotca::ui
