#pragma once

#include <QMainWindow>

class QLabel;
class QSplitter;

namespace iotca::ui {

class CaDetailsPane;
class CaListPane;
class DeviceAssociationPane;

/// The main window: CA list | CA details | device association, with menus, toolbar and status bar.
/// Wiring only: every pane, dialog and job lives in its own class.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QString workspacePath, QWidget* parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] CaListPane* caListPane() const { return m_caList; }
    [[nodiscard]] CaDetailsPane* caDetailsPane() const { return m_caDetails; }
    [[nodiscard]] DeviceAssociationPane* deviceAssociationPane() const { return m_devices; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void createStatusBar();
    void restoreLayout();
    void saveLayout() const;

    QString m_workspacePath;
    CaListPane* m_caList;
    CaDetailsPane* m_caDetails;
    DeviceAssociationPane* m_devices;
    QSplitter* m_splitter;
    QLabel* m_workspaceLabel = nullptr;
    QLabel* m_networkLabel = nullptr;
};

} // namespace iotca::ui
