#pragma once

#include <QObject>

class QAction;

namespace iotca::ui {

/// The File menu's "Import Bundle…" action (objectName "importBundleAction"), kept apart from MainActions so that the
/// transfer bundle adds one line per place to the main window. Needs a writable workspace.
class ImportBundleAction : public QObject
{
    Q_OBJECT
public:
    explicit ImportBundleAction(QObject* parent = nullptr);

    [[nodiscard]] QAction* action() const { return m_action; }
    void retranslate();
    void update(bool writableWorkspace);

private:
    QAction* m_action;
};

} // namespace iotca::ui
