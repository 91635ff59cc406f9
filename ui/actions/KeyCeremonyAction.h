#pragma once

#include <QObject>

class QAction;

namespace iotca::ui {

/// The File menu's "Key Ceremony…" action (objectName "keyCeremonyAction"), opening CeremonyWizard; kept apart from
/// MainActions so that the ceremony adds one line per place to the main window. Needs a writable workspace.
class KeyCeremonyAction : public QObject
{
    Q_OBJECT
public:
    explicit KeyCeremonyAction(QObject* parent = nullptr);

    [[nodiscard]] QAction* action() const { return m_action; }
    void retranslate();
    void update(bool writableWorkspace);

private:
    QAction* m_action;
};

} // namespace iotca::ui
