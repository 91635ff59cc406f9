#include "MainWindowTestBase.h"

#include "model/registration/PlatformAccountService.h"
#include "model/workspace/PlatformAccountRepository.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTest>
#include <QThreadPool>

namespace iotca::test {

QString MainWindowTestBase::useThrowawaySettings(const QString& applicationName)
{
    if (!m_settings.isValid())
        return QStringLiteral("no temporary folder for the settings: %1").arg(m_settings.errorString());
    QCoreApplication::setOrganizationName(QStringLiteral("IoT CA Desk tests"));
    QCoreApplication::setApplicationName(applicationName);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    return {};
}

QString MainWindowTestBase::openWindow()
{
    QSettings().clear();
    m_workspace = std::make_unique<UiTestWorkspace>();
    if (!m_workspace->isValid())
        return m_workspace->error();
    m_prompter = std::make_unique<UiScriptedPrompter>();
    m_window = std::make_unique<ui::MainWindow>(m_workspace->path(), &m_workspace->workspace(), m_secrets, *m_prompter);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return QStringLiteral("the main window was never exposed");
    return {};
}

QString MainWindowTestBase::closeWindow()
{
    QString problem;
    if (m_prompter) {
        if (!m_prompter->stuckDialogs.isEmpty())
            problem = QStringLiteral("dialogs left open: ") + m_prompter->stuckDialogs.join(QLatin1Char('\n'));
        else if (!m_prompter->dialogs.isEmpty())
            problem = QStringLiteral("%1 scripted dialog answers were never used").arg(m_prompter->dialogs.size());
    }
    if (m_workspace && m_workspace->isValid()) {
        model::PlatformAccountService accounts(m_workspace->workspace(), m_secrets);
        if (const auto list = m_workspace->workspace().accounts().list()) {
            for (const auto& account : list.value())
                (void)accounts.remove(account.id);
        }
    }
    m_window.reset();
    QThreadPool::globalInstance()->waitForDone();
    m_prompter.reset();
    m_workspace.reset();
    return problem;
}

} // namespace iotca::test
