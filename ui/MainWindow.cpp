#include "MainWindow.h"

#include "OtherSessionsRefresh.h"
#include "Prompter.h"
#include "actions/AccountsCommand.h"
#include "actions/BackgroundTask.h"
#include "actions/ChangeStateCommand.h"
#include "actions/CsvImportCommand.h"
#include "actions/DeleteCaCommand.h"
#include "actions/ExportAssociationCsvCommand.h"
#include "actions/ImportBundleAction.h"
#include "actions/ImportBundleCommand.h"
#include "actions/ImportCaCommand.h"
#include "actions/IssueDevicesCommand.h"
#include "actions/KeyCeremonyAction.h"
#include "actions/MainActions.h"
#include "actions/NewCaCommand.h"
#include "actions/PkiActions.h"
#include "actions/RegisterCaCommand.h"
#include "actions/RegisterDevicesCommand.h"
#include "actions/SyncCommand.h"
#include "actions/WorkspaceActions.h"
#include "ceremony/CeremonyWizard.h"
#include "dialogs/AuditLogDialog.h"
#include "dialogs/ConfirmCascadeDialog.h"
#include "dialogs/IssueDevicesDialog.h"
#include "dialogs/TeamWorkspaceDialog.h"
#include "panes/CaDetailsPane.h"
#include "panes/CaListPane.h"
#include "panes/DeviceAssociationPane.h"
#include "widgets/EmptyListHint.h"
#include "widgets/ErrorBanner.h"

#include "crypto/RuntimeVersions.h"
#include "model/models/CaListModel.h"
#include "model/models/DeviceCertificateModel.h"
#include "model/platform/PlatformId.h"
#include "model/workspace/CaRecord.h"
#include "model/workspace/CaRegistrationRepository.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/DeviceCertificateRepository.h"
#include "model/workspace/PlatformAccountRecord.h"
#include "model/workspace/PlatformAccountRepository.h"
#include "model/workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace iotca::ui {

namespace {
const auto geometryKey = QStringLiteral("mainWindow/geometry");
const auto stateKey = QStringLiteral("mainWindow/state");
const auto splitterKey = QStringLiteral("mainWindow/splitter");
const auto accountKey = QStringLiteral("mainWindow/account");
const auto languageKey = QStringLiteral("ui/language");
const auto workOfflineKey = QStringLiteral("mainWindow/workOffline");
const auto headerKey = QStringLiteral("mainWindow/columns/%1");
const auto headerColumnsKey = QStringLiteral("mainWindow/columns/%1Count");

/// The first-start size: fits a 1280×800 screen with its panels and frame, and never exceeds the screen it opens on.
QSize defaultSize(const QWidget* window)
{
    QSize size(1200, 740);
    if (const QScreen* screen = window->screen())
        size = size.boundedTo(screen->availableGeometry().size() - QSize(40, 60));
    return size;
}
} // namespace

MainWindow::MainWindow(QString workspacePath, model::Workspace* workspace, model::SecretStore& secrets,
                       Prompter& prompter, QWidget* parent)
    : QMainWindow(parent)
    , m_workspacePath(std::move(workspacePath))
    , m_workspace(workspace)
    , m_secrets(secrets)
    , m_prompter(prompter)
    , m_actions(new MainActions(this))
    , m_workspaceActions(new WorkspaceActions(this))
    , m_importBundle(new ImportBundleAction(this))
    , m_keyCeremony(new KeyCeremonyAction(this))
    , m_banner(new ErrorBanner(this))
    , m_caList(new CaListPane(this))
    , m_caDetails(new CaDetailsPane(this))
    , m_devices(new DeviceAssociationPane(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/iotca-desk.svg")));

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_caList);
    m_splitter->addWidget(m_caDetails);
    m_splitter->addWidget(m_devices);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 3);
    auto* central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralWidget"));
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    if (m_workspace) {
        m_caModel = new model::CaListModel(m_workspace, this);
        m_deviceModel = new model::DeviceCertificateModel(m_workspace, this);
        // A list that could not be read says so in the banner instead of looking empty or "Not registered".
        connect(m_caModel, &model::CaListModel::loadFailed, this, &MainWindow::showError);
        connect(m_deviceModel, &model::DeviceCertificateModel::loadFailed, this, &MainWindow::showError);
        connect(m_workspace, &model::Workspace::accountsChanged, this, &MainWindow::reloadAccounts);
        connect(m_workspace, &model::Workspace::caChanged, this, &MainWindow::updateActions);
        connect(m_workspace, &model::Workspace::registrationChanged, this, &MainWindow::updateActions);
        // A team workspace: what other operators commit shows up here without anyone pressing Refresh.
        new OtherSessionsRefresh(
            *m_workspace, [this] { refreshFromOtherSessions(); }, this);
    }
    m_caList->setModel(m_caModel);
    m_devices->setModel(m_deviceModel);
    m_caDetails->setWorkspace(m_workspace);
    m_caListHint = new EmptyListHint(m_caList->view());
    m_pki = new PkiActions(m_workspace, m_secrets, m_prompter, this, m_caList, m_devices,
                           [this](Command* command) { run(command); });

    createMenus();
    createToolBar();
    createStatusBar();
    connectActions();
    retranslateUi();
    reloadAccounts();
    restoreLayout();
    m_actions->setCurrentLanguage(QSettings().value(languageKey).toString());
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    using A = MainActions;
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addActions({m_actions->action(A::NewCa), m_actions->action(A::ImportCa), m_importBundle->action()});
    m_fileMenu->addAction(m_keyCeremony->action());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_actions->action(A::ImportCsv));
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({m_workspaceActions->open(), m_workspaceActions->openTeam(), m_workspaceActions->backup(),
                            m_workspaceActions->restore()});
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_actions->action(A::Quit));

    m_caMenu = menuBar()->addMenu(QString());
    m_caMenu->setObjectName(QStringLiteral("caMenu"));
    m_caMenu->addAction(m_actions->action(A::RegisterCa));
    m_caMenu->addActions({m_actions->action(A::ActivateCa), m_actions->action(A::DeactivateCa),
                          m_actions->action(A::DeleteRegistration)});
    m_caMenu->addSeparator();
    m_caMenu->addAction(m_actions->action(A::IssueDevices));
    m_caMenu->addSeparator();
    m_caMenu->addAction(m_actions->action(A::DeleteCa));

    m_devicesMenu = menuBar()->addMenu(QString());
    m_devicesMenu->setObjectName(QStringLiteral("devicesMenu"));
    m_devicesMenu->addActions({m_actions->action(A::RegisterDevices), m_actions->action(A::ActivateDevices),
                               m_actions->action(A::DeactivateDevices), m_actions->action(A::DeleteDevices)});
    m_devicesMenu->addSeparator();
    m_devicesMenu->addAction(m_actions->action(A::ExportAssociationCsv));

    m_toolsMenu = menuBar()->addMenu(QString());
    m_toolsMenu->setObjectName(QStringLiteral("toolsMenu"));
    m_toolsMenu->addActions({m_actions->action(A::Accounts), m_actions->action(A::AuditLog)});

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addAction(m_actions->action(A::Refresh));
    m_viewMenu->addAction(m_actions->action(A::WorkOffline));
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageMenu->addActions({m_actions->action(A::LanguageSystem), m_actions->action(A::LanguageEnglish),
                                m_actions->action(A::LanguageChinese)});

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_actions->action(A::About));

    m_pki->addToMenus(m_caMenu, m_devicesMenu);

    // The CA and device actions also sit on the lists' context menus (the same QActions, so the same state).
    m_caList->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_caList->view()->addActions(m_caMenu->actions());
    m_devices->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_devices->view()->addActions(m_devicesMenu->actions());
}

void MainWindow::createToolBar()
{
    using A = MainActions;
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addActions({m_actions->action(A::NewCa), m_actions->action(A::ImportCa)});
    m_toolBar->addSeparator();
    m_toolBar->addActions(
        {m_actions->action(A::RegisterCa), m_actions->action(A::IssueDevices), m_actions->action(A::ImportCsv)});
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_actions->action(A::Accounts), m_actions->action(A::AuditLog)});
    // Icons only for these two (QAction::LowPriority under ToolButtonTextBesideIcon), so that the account box stays
    // on the toolbar instead of the overflow menu at 1200 px, in Chinese too.
    m_actions->action(A::Accounts)->setPriority(QAction::LowPriority);
    m_actions->action(A::AuditLog)->setPriority(QAction::LowPriority);
    auto* spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_accountComboLabel = new QLabel(m_toolBar);
    m_accountComboLabel->setObjectName(QStringLiteral("accountComboLabel"));
    m_accountCombo = new QComboBox(m_toolBar);
    m_accountCombo->setObjectName(QStringLiteral("accountCombo"));
    m_accountCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_accountComboLabel->setBuddy(m_accountCombo);
    m_toolBar->addWidget(m_accountComboLabel);
    m_toolBar->addWidget(m_accountCombo);
    connect(m_accountCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_accountCombo->currentIndex() >= 0)
            QSettings().setValue(accountKey, m_accountCombo->currentData());
        // A new choice is what the status bar reports on until a platform call uses some account.
        m_lastUsedAccountId = 0;
        retranslateUi();
    });
}

void MainWindow::createStatusBar()
{
    m_workspaceLabel = new QLabel(this);
    m_workspaceLabel->setObjectName(QStringLiteral("workspaceLabel"));
    m_workspaceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_busyIndicator = new QProgressBar(this);
    m_busyIndicator->setObjectName(QStringLiteral("busyIndicator"));
    m_busyIndicator->setRange(0, 0);
    m_busyIndicator->setMaximumWidth(120);
    m_busyIndicator->setMaximumHeight(fontMetrics().height());
    m_busyIndicator->hide();
    m_accountLabel = new QLabel(this);
    m_accountLabel->setObjectName(QStringLiteral("accountLabel"));
    m_networkLabel = new QLabel(this);
    m_networkLabel->setObjectName(QStringLiteral("networkLabel"));
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addWidget(m_workspaceLabel, 1);
    statusBar()->addPermanentWidget(m_busyIndicator);
    statusBar()->addPermanentWidget(m_accountLabel);
    statusBar()->addPermanentWidget(m_networkLabel);
}

void MainWindow::connectActions()
{
    using A = MainActions;
    connect(m_actions->action(A::Quit), &QAction::triggered, this, &QWidget::close);
    connect(m_actions->action(A::About), &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_actions->action(A::WorkOffline), &QAction::toggled, this, &MainWindow::retranslateUi);
    connect(m_actions->action(A::WorkOffline), &QAction::triggered, this, &MainWindow::rememberOffline);
    for (A::Id id : {A::LanguageSystem, A::LanguageEnglish, A::LanguageChinese}) {
        connect(m_actions->action(id), &QAction::triggered, this,
                [this, id] { chooseLanguage(MainActions::languageOf(id)); });
    }
    connect(m_caList, &CaListPane::currentCaChanged, this, &MainWindow::onCurrentCaChanged);
    connect(m_devices, &DeviceAssociationPane::selectionChanged, this, &MainWindow::updateActions);
    connect(m_devices, &DeviceAssociationPane::csvFileDropped, this, &MainWindow::importAssociationCsv);
    connect(m_caDetails, &CaDetailsPane::copied, this,
            [this](const QString& what) { statusBar()->showMessage(tr("Copied the %1.").arg(what), 4000); });
    connect(m_caDetails, &CaDetailsPane::syncRequested, this, &MainWindow::syncCa);
    connect(m_workspaceActions->open(), &QAction::triggered, this, &MainWindow::openWorkspace);
    connect(m_workspaceActions->openTeam(), &QAction::triggered, this, &MainWindow::openTeamWorkspace);
    connect(m_workspaceActions->backup(), &QAction::triggered, this, &MainWindow::backupWorkspace);
    connect(m_workspaceActions->restore(), &QAction::triggered, this, &MainWindow::restoreWorkspace);
    if (!m_workspace)
        return;

    connect(m_actions->action(A::NewCa), &QAction::triggered, this, [this] {
        auto* command = new NewCaCommand(*m_workspace, m_secrets, m_prompter, this);
        connect(command, &NewCaCommand::caCreated, m_caList, &CaListPane::selectCa);
        run(command);
    });
    connect(m_importBundle->action(), &QAction::triggered, this, [this] {
        auto* command = new ImportBundleCommand(*m_workspace, m_secrets, m_prompter, this);
        connect(command, &ImportBundleCommand::caImported, m_caList, &CaListPane::selectCa);
        run(command);
    });
    connect(m_keyCeremony->action(), &QAction::triggered, this, [this] {
        CeremonyWizard wizard(*m_workspace, m_secrets, m_prompter, this);
        (void)m_prompter.exec(wizard);
        // The ceremony created CAs and devices (or some of them, when it stopped): show them.
        m_caModel->reload();
        m_deviceModel->reload();
    });
    connect(m_actions->action(A::ImportCa), &QAction::triggered, this, [this] {
        auto* command = new ImportCaCommand(*m_workspace, m_secrets, m_prompter, this);
        connect(command, &ImportCaCommand::caImported, m_caList, &CaListPane::selectCa);
        run(command);
    });
    connect(m_actions->action(A::ImportCsv), &QAction::triggered, this, [this] { importAssociationCsv({}); });
    connect(m_actions->action(A::DeleteCa), &QAction::triggered, this, &MainWindow::deleteCurrentCa);
    connect(m_actions->action(A::RegisterCa), &QAction::triggered, this, &MainWindow::registerCurrentCa);
    connect(m_actions->action(A::ActivateCa), &QAction::triggered, this,
            [this] { confirmCaState(int(ConfirmCascadeDialog::Operation::Activate)); });
    connect(m_actions->action(A::DeactivateCa), &QAction::triggered, this,
            [this] { confirmCaState(int(ConfirmCascadeDialog::Operation::Deactivate)); });
    connect(m_actions->action(A::DeleteRegistration), &QAction::triggered, this,
            [this] { confirmCaState(int(ConfirmCascadeDialog::Operation::Delete)); });
    connect(m_actions->action(A::RegisterDevices), &QAction::triggered, this, [this] {
        const qint64 caId = m_caList->currentCaId();
        if (caId == 0 || !m_workspace || refuseWhenOffline())
            return;
        run(new RegisterDevicesCommand(*m_workspace, m_secrets, m_prompter, this, caId, m_devices->selectedSerials(),
                                       currentAccountId()));
    });
    connect(m_actions->action(A::ActivateDevices), &QAction::triggered, this,
            [this] { confirmDeviceState(int(ConfirmCascadeDialog::Operation::Activate)); });
    connect(m_actions->action(A::DeactivateDevices), &QAction::triggered, this,
            [this] { confirmDeviceState(int(ConfirmCascadeDialog::Operation::Deactivate)); });
    connect(m_actions->action(A::DeleteDevices), &QAction::triggered, this,
            [this] { confirmDeviceState(int(ConfirmCascadeDialog::Operation::Delete)); });
    connect(m_actions->action(A::IssueDevices), &QAction::triggered, this, &MainWindow::issueDevices);
    connect(m_actions->action(A::ExportAssociationCsv), &QAction::triggered, this, [this] {
        if (const qint64 caId = m_caList->currentCaId(); caId > 0)
            run(new ExportAssociationCsvCommand(*m_workspace, m_secrets, m_prompter, this, caId,
                                                m_caList->currentCaName()));
    });
    connect(m_actions->action(A::AuditLog), &QAction::triggered, this, &MainWindow::showAuditLog);
    connect(m_actions->action(A::Accounts), &QAction::triggered, this, &MainWindow::showAccounts);
    connect(m_actions->action(A::Refresh), &QAction::triggered, this, [this] {
        m_caModel->reload();
        m_deviceModel->reload();
        m_caDetails->showCa(m_caList->currentCaId());
        reloadAccounts();
    });
}

void MainWindow::refreshFromOtherSessions()
{
    // Merges, never resets: the selected CA and devices stay selected while they exist, and open dialogs stay open.
    m_caModel->refresh();
    m_deviceModel->refresh();
    m_caDetails->showCa(m_caList->currentCaId());
    reloadAccounts();
    updateActions();
}

void MainWindow::run(Command* command)
{
    m_banner->clear();
    connect(command, &Command::busyChanged, this, [this](bool busy) {
        m_busyCommands += busy ? 1 : -1;
        m_busyIndicator->setVisible(m_busyCommands > 0);
    });
    connect(command, &Command::failed, this, [this](const Error& error) {
        showError(error);
        Q_EMIT commandFinished();
    });
    connect(command, &Command::succeeded, this, [this](const QString& message) {
        // One line fits the status bar; longer reports were shown in the command's own dialog.
        statusBar()->showMessage(message.section(QLatin1Char('\n'), 0, 0), 10000);
        Q_EMIT commandFinished();
    });
    connect(command, &Command::canceled, this, &MainWindow::commandFinished);
    connect(command, &Command::platformContacted, this, &MainWindow::onPlatformContacted);
    command->start();
}

void MainWindow::importAssociationCsv(const QString& path)
{
    if (!m_workspace)
        return;
    const qint64 caId = m_caList->currentCaId();
    if (caId == 0) {
        showError(Error {tr("Select the certificate authority whose device certificates the file associates.")});
        return;
    }
    run(new CsvImportCommand(*m_workspace, m_secrets, m_prompter, this, caId, m_caList->currentCaName(), path));
}

void MainWindow::showError(const Error& error)
{
    m_banner->showError(error);
}

void MainWindow::onCurrentCaChanged(qint64 caId)
{
    m_caDetails->showCa(caId);
    m_devices->setCaId(caId);
    updateActions();
}

void MainWindow::updateActions()
{
    MainActions::Context context;
    context.writableWorkspace = m_workspace && !m_workspace->isReadOnly();
    const qint64 caId = m_caList->currentCaId();
    context.caSelected = caId != 0;
    if (context.caSelected && m_workspace) {
        if (const auto ca = m_workspace->cas().get(caId))
            context.caHasStoredKey = ca->hasStoredKey();
        if (const auto registrations = m_workspace->registrations().forCa(caId)) {
            context.caRegistered = std::any_of(registrations->cbegin(), registrations->cend(), [](const auto& r) {
                return r.status != model::RegistrationStatus::Deleted;
            });
            for (const auto& registration : registrations.value()) {
                context.caActive |= registration.status == model::RegistrationStatus::Activated;
                context.caInactive |= registration.status == model::RegistrationStatus::Inactivated;
            }
        }
    }
    context.selectedDevices = static_cast<int>(m_devices->selectedSerials().size());
    m_actions->update(context);
    m_workspaceActions->update(m_workspace != nullptr, context.writableWorkspace);
    m_importBundle->update(context.writableWorkspace);
    m_keyCeremony->update(context.writableWorkspace);
    m_pki->update(context);
}

void MainWindow::reloadAccounts()
{
    const QVariant previous =
        m_accountCombo->currentIndex() >= 0 ? m_accountCombo->currentData() : QSettings().value(accountKey);
    const QSignalBlocker blocker(m_accountCombo);
    m_accountCombo->clear();
    if (m_workspace) {
        if (const auto accounts = m_workspace->accounts().list()) {
            for (const auto& account : accounts.value())
                m_accountCombo->addItem(account.name, account.id);
        }
    }
    const int index = m_accountCombo->findData(previous);
    m_accountCombo->setCurrentIndex(index >= 0 ? index : (m_accountCombo->count() > 0 ? 0 : -1));
    m_accountCombo->setEnabled(m_accountCombo->count() > 0);
    applyRememberedOffline();
    retranslateUi();
}

void MainWindow::applyRememberedOffline()
{
    QAction* offline = m_actions->action(MainActions::WorkOffline);
    const QVariant chosen = QSettings().value(workOfflineKey);
    const QSignalBlocker blocker(offline);
    offline->setChecked(chosen.isValid() ? chosen.toBool() : m_accountCombo->count() == 0);
}

void MainWindow::rememberOffline(bool offline)
{
    QSettings().setValue(workOfflineKey, offline);
}

bool MainWindow::isOffline() const
{
    return m_actions->action(MainActions::WorkOffline)->isChecked();
}

bool MainWindow::refuseWhenOffline()
{
    if (!isOffline())
        return false;
    showError(Error {tr("Work Offline is on, so nothing is sent to a platform. Turn it off in View → Work Offline.")});
    return true;
}

qint64 MainWindow::currentAccountId() const
{
    return m_accountCombo->currentIndex() >= 0 ? m_accountCombo->currentData().toLongLong() : 0;
}

qint64 MainWindow::statusAccountId() const
{
    return m_lastUsedAccountId != 0 && m_accountCombo->findData(m_lastUsedAccountId) >= 0 ? m_lastUsedAccountId
                                                                                          : currentAccountId();
}

bool MainWindow::selectAccount(qint64 accountId)
{
    const int index = m_accountCombo->findData(accountId);
    if (index < 0)
        return false;
    m_accountCombo->setCurrentIndex(index);
    return true;
}

void MainWindow::onPlatformContacted(qint64 accountId, bool answered, const QString& message)
{
    m_contacts.insert(accountId, Contact {QDateTime::currentDateTime(), answered, message});
    if (accountId != 0)
        m_lastUsedAccountId = accountId;
    retranslateUi();
}

void MainWindow::updatePlatformLabel()
{
    // Only what was checked: the last call made to the selected account's platform, and when.
    QString text;
    QString tip;
    const qint64 accountId = statusAccountId();
    if (isOffline()) {
        text = m_accountCombo->count() == 0 && !QSettings().contains(workOfflineKey)
            ? tr("Offline: no platform account yet")
            : tr("Offline (by choice)");
        tip = tr("Nothing is sent to a platform while View → Work Offline is on.");
    } else if (accountId == 0) {
        text.clear();
    } else if (const auto contact = m_contacts.constFind(accountId); contact == m_contacts.cend()) {
        text = tr("Platform: not contacted yet");
        tip = tr("Nothing has been sent to this account's platform since the app started.");
    } else {
        const QString when = QLocale().toString(contact->when.time(), QLocale::ShortFormat);
        if (contact->answered) {
            //: %1 is a time of day
            text = tr("Platform answered at %1").arg(when);
        } else {
            //: %1 is a time of day
            text = tr("Platform did not answer at %1").arg(when);
            tip = contact->message;
        }
    }
    m_networkLabel->setText(text);
    m_networkLabel->setToolTip(tip);
    m_networkLabel->setAccessibleName(text);
}

void MainWindow::chooseLanguage(const QString& bcp47Name)
{
    QSettings settings;
    if (bcp47Name.isEmpty())
        settings.remove(languageKey);
    else
        settings.setValue(languageKey, bcp47Name);
    Q_EMIT languageChangeRequested(bcp47Name);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    // The platform adds the application's display name ("workspace — IoT CA Desk"); the title adds only what
    // differs between windows: the workspace, and whether nothing goes to a platform.
    const QString workspaceName = m_workspace ? QDir(m_workspacePath).dirName() : tr("No workspace");
    //: %1 is the workspace folder's name
    setWindowTitle(isOffline() ? tr("%1 (offline)").arg(workspaceName) : workspaceName);
    m_actions->retranslate();
    m_workspaceActions->retranslate();
    m_importBundle->retranslate();
    m_keyCeremony->retranslate();
    m_caListHint->setText(m_workspace ? tr("No certificate authority yet.\n\nCreate one with File → New CA… or "
                                           "import one with File → Import CA….")
                                      : tr("No workspace is open. Open one with File → Open Workspace…."));
    m_pki->retranslate();
    m_fileMenu->setTitle(tr("&File"));
    m_caMenu->setTitle(tr("&CA"));
    m_devicesMenu->setTitle(tr("&Devices"));
    m_toolsMenu->setTitle(tr("&Tools"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main toolbar"));
    m_accountCombo->setAccessibleName(tr("Platform account"));
    m_accountCombo->setToolTip(tr("The platform account that registration and issuing use"));
    m_accountCombo->setPlaceholderText(tr("None yet: Tools → Platform Accounts…"));
    m_accountComboLabel->setText(tr("Account:"));
    //: %1 is a folder path
    m_workspaceLabel->setText(tr("Workspace: %1").arg(QDir::toNativeSeparators(m_workspacePath)));
    m_workspaceLabel->setAccessibleName(m_workspaceLabel->text());
    m_busyIndicator->setAccessibleName(tr("Working"));
    QString account = tr("No platform account");
    if (const qint64 shown = statusAccountId(); shown != 0) {
        //: %1 is the name of a platform account
        account = tr("Account: %1").arg(m_accountCombo->itemText(m_accountCombo->findData(shown)));
        if (m_workspace) {
            if (const auto record = m_workspace->accounts().get(shown)) {
                if (const auto platform = model::parsePlatformId(record->platformId))
                    //: %1 is the name of a platform account, %2 a platform such as "AWS IoT Core"
                    account = tr("Account: %1 (%2)").arg(record->name, model::platformDisplayName(*platform));
            }
        }
    }
    m_accountLabel->setText(account);
    m_accountLabel->setAccessibleName(account);
    updatePlatformLabel();
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
        resize(defaultSize(this));
    restoreState(settings.value(stateKey).toByteArray());
    if (!m_splitter->restoreState(settings.value(splitterKey).toByteArray()))
        m_splitter->setSizes({340, 380, 380});
    // Column widths and order of every list, by the list's name; only when it still has the columns it had.
    for (QHeaderView* header : findChildren<QHeaderView*>()) {
        const QString name = header->parent() ? header->parent()->objectName() : QString();
        if (header->orientation() != Qt::Horizontal || name.isEmpty() || !header->model())
            continue;
        if (settings.value(headerColumnsKey.arg(name)).toInt() == header->model()->columnCount())
            header->restoreState(settings.value(headerKey.arg(name)).toByteArray());
    }
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(splitterKey, m_splitter->saveState());
    for (const QHeaderView* header : findChildren<QHeaderView*>()) {
        const QString name = header->parent() ? header->parent()->objectName() : QString();
        if (header->orientation() != Qt::Horizontal || name.isEmpty() || !header->model())
            continue;
        settings.setValue(headerKey.arg(name), header->saveState());
        settings.setValue(headerColumnsKey.arg(name), header->model()->columnCount());
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    event->accept();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About IoT CA Desk"),
                       tr("<p><b>IoT CA Desk %1</b></p><p>Private certificate authorities for IoT fleets: keys, "
                          "CA and device certificates, and their registration with cloud IoT platforms.</p>"
                          "<p>%2</p>")
                           .arg(QApplication::applicationVersion(), crypto::runtimeLibraryVersions().toHtmlEscaped()));
}

void MainWindow::deleteCurrentCa()
{
    const qint64 caId = m_caList->currentCaId();
    if (caId == 0 || !m_workspace)
        return;
    auto* command = new DeleteCaCommand(*m_workspace, m_secrets, m_prompter, this, caId);
    connect(command, &DeleteCaCommand::backupRequested, m_pki->action(PkiActions::ExportPrivateKey), &QAction::trigger,
            Qt::QueuedConnection);
    run(command);
}

void MainWindow::registerCurrentCa()
{
    const qint64 caId = m_caList->currentCaId();
    if (caId == 0 || !m_workspace)
        return;
    run(new RegisterCaCommand(*m_workspace, m_secrets, m_prompter, this, caId, currentAccountId(), isOffline()));
}

void MainWindow::confirmCaState(int operation)
{
    const qint64 caId = m_caList->currentCaId();
    if (caId == 0 || !m_workspace || refuseWhenOffline())
        return;
    run(new ChangeStateCommand(*m_workspace, m_secrets, m_prompter, this, caId,
                               static_cast<ConfirmCascadeDialog::Operation>(operation),
                               ConfirmCascadeDialog::Target::CaRegistration, {}, currentAccountId()));
}

void MainWindow::confirmDeviceState(int operation)
{
    const qint64 caId = m_caList->currentCaId();
    if (caId == 0 || !m_workspace || refuseWhenOffline())
        return;
    run(new ChangeStateCommand(
        *m_workspace, m_secrets, m_prompter, this, caId, static_cast<ConfirmCascadeDialog::Operation>(operation),
        ConfirmCascadeDialog::Target::DeviceCertificates, m_devices->selectedSerials(), currentAccountId()));
}

void MainWindow::issueDevices()
{
    const qint64 caId = m_caList->currentCaId();
    if (caId == 0 || !m_workspace)
        return;
    run(new IssueDevicesCommand(*m_workspace, m_secrets, m_prompter, this, caId, currentAccountId()));
}

void MainWindow::showAccounts()
{
    if (!m_workspace)
        return;
    // Offline only because no account exists yet must not stop the user testing the first one they add.
    const bool offlineByChoice = isOffline() && QSettings().contains(workOfflineKey);
    run(new AccountsCommand(*m_workspace, m_secrets, m_prompter, this, offlineByChoice));
}

void MainWindow::syncCa(qint64 caId)
{
    if (caId == 0 || !m_workspace || refuseWhenOffline())
        return;
    run(new SyncCommand(*m_workspace, m_secrets, m_prompter, this, caId));
}

void MainWindow::showAuditLog()
{
    if (!m_workspace)
        return;
    AuditLogDialog dialog(*m_workspace, this);
    dialog.setSaveFileChooser(
        [this](QWidget* parent, const QString& title, const QString& suggested, const QString& filter) {
            return m_prompter.saveFile(parent, title, suggested, filter);
        });
    (void)m_prompter.exec(dialog);
}

bool MainWindow::refuseWhileBusy()
{
    if (!isBusy())
        return false;
    showError(Error {tr("Wait until the running task has finished, or cancel it, before switching workspaces.")});
    return true;
}

void MainWindow::openWorkspace()
{
    if (refuseWhileBusy())
        return;
    const QString folder = m_prompter.existingFolder(this, tr("Open Workspace"));
    if (!folder.isEmpty())
        Q_EMIT openWorkspaceRequested(folder);
}

void MainWindow::openTeamWorkspace()
{
    if (refuseWhileBusy())
        return;
    TeamWorkspaceDialog dialog(this);
    if (m_prompter.exec(dialog) == QDialog::Accepted)
        Q_EMIT openTeamWorkspaceRequested(dialog.url(), dialog.password().value_or(QString()),
                                          dialog.rememberPassword());
}

void MainWindow::backupWorkspace()
{
    if (!m_workspace)
        return;
    //: Suggested file name of a workspace backup; %1 is the workspace's name, %2 today's date (2026-12-05)
    const QString name =
        tr("%1 backup %2.sqlite").arg(QDir(m_workspacePath).dirName(), QDate::currentDate().toString(Qt::ISODate));
    const QString file = m_prompter.saveFile(this, tr("Back Up Workspace"), QDir::home().filePath(name),
                                             tr("Workspace backups (*.sqlite);;All files (*)"));
    if (file.isEmpty())
        return;
    m_banner->clear();
    ++m_busyCommands;
    m_busyIndicator->show();
    const model::Workspace* workspace = m_workspace;
    runInBackground<Status>(
        this, [workspace, file] { return workspace->backup(file); },
        [this, file](const Status& saved) {
            m_busyIndicator->setVisible(--m_busyCommands > 0);
            if (saved)
                //: %1 is a file
                statusBar()->showMessage(tr("Backed up the workspace to %1.").arg(QDir::toNativeSeparators(file)),
                                         10000);
            else
                showError(saved.error());
            Q_EMIT commandFinished();
        });
}

void MainWindow::restoreWorkspace()
{
    if (refuseWhileBusy())
        return;
    const QString file =
        m_prompter.openFile(this, tr("Restore Workspace"), tr("Workspace backups (*.sqlite);;All files (*)"));
    if (file.isEmpty())
        return;
    if (const Status usable = model::Workspace::checkBackup(file); !usable) {
        showError(usable.error());
        return;
    }
    //: %1 is a folder, %2 a file
    const QString question = tr("Replace the workspace in %1 with the backup %2? Everything recorded there since the "
                                "backup is lost.")
                                 .arg(QDir::toNativeSeparators(m_workspacePath), QDir::toNativeSeparators(file));
    if (m_prompter.ask(this, tr("Restore Workspace"), question) != Prompter::Answer::Yes)
        return;
    Q_EMIT restoreWorkspaceRequested(file);
}

} // namespace iotca::ui
