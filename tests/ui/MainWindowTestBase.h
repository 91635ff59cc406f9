#pragma once

#include "UiScriptedPrompter.h"
#include "UiTestWorkspace.h"

#include "model/secrets/KeychainSecretStore.h"
#include "ui/MainWindow.h"

#include <QObject>
#include <QTemporaryDir>

#include <memory>

namespace iotca::test {

/// What the main-window GUI tests share: settings in a throwaway folder, the test session's keychain, and per test
/// function a fresh workspace, a scripted prompter and a shown MainWindow. Each helper returns an empty string on
/// success, else what went wrong, for the test's QVERIFY2.
class MainWindowTestBase : public QObject
{
    Q_OBJECT
protected:
    /// Points QSettings (native and INI) at a temporary folder, under `applicationName`. For initTestCase().
    [[nodiscard]] QString useThrowawaySettings(const QString& applicationName);
    /// Clears the settings and opens a new workspace in a shown window. For init().
    [[nodiscard]] QString openWindow();
    /// Closes the window after checking that the prompter's script was used up and no dialog was left open, and
    /// removes the workspace's platform accounts so that no keychain entry outlives the test. For cleanup().
    [[nodiscard]] QString closeWindow();

    QTemporaryDir m_settings;
    model::KeychainSecretStore m_secrets;
    std::unique_ptr<UiTestWorkspace> m_workspace;
    std::unique_ptr<UiScriptedPrompter> m_prompter;
    std::unique_ptr<ui::MainWindow> m_window;
};

} // namespace iotca::test
