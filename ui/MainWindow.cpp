#include "MainWindow.h"

#include "panes/CaDetailsPane.h"
#include "panes/CaListPane.h"
#include "panes/DeviceAssociationPane.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>

#include <utility>

namespace iotca::ui {

namespace {
const auto geometryKey = QStringLiteral("mainWindow/geometry");
const auto stateKey = QStringLiteral("mainWindow/state");
const auto splitterKey = QStringLiteral("mainWindow/splitter");
} // namespace

MainWindow::MainWindow(QString workspacePath, QWidget* parent)
    : QMainWindow(parent)
    , m_workspacePath(std::move(workspacePath))
    , m_caList(new CaListPane(this))
    , m_caDetails(new CaDetailsPane(this))
    , m_devices(new DeviceAssociationPane(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("IoT CA Desk"));

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_caList);
    m_splitter->addWidget(m_caDetails);
    m_splitter->addWidget(m_devices);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 3);
    setCentralWidget(m_splitter);

    createMenus();
    createStatusBar();
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    auto* quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setObjectName(QStringLiteral("quitAction"));
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    auto* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    auto* aboutAction = helpMenu->addAction(tr("&About IoT CA Desk"), this, [this] {
        QMessageBox::about(this, tr("About IoT CA Desk"),
                           tr("<p><b>IoT CA Desk %1</b></p><p>Private certificate authorities for IoT fleets: keys, "
                              "CA and device certificates, and their registration with cloud IoT platforms.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    aboutAction->setObjectName(QStringLiteral("aboutAction"));
    aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::createStatusBar()
{
    m_workspaceLabel = new QLabel(this);
    m_workspaceLabel->setObjectName(QStringLiteral("workspaceLabel"));
    //: %1 is a folder path
    m_workspaceLabel->setText(tr("Workspace: %1").arg(QDir::toNativeSeparators(m_workspacePath)));
    m_networkLabel = new QLabel(tr("Offline"), this);
    m_networkLabel->setObjectName(QStringLiteral("networkLabel"));
    statusBar()->addWidget(m_workspaceLabel, 1);
    statusBar()->addPermanentWidget(m_networkLabel);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(stateKey).toByteArray());
    if (!m_splitter->restoreState(settings.value(splitterKey).toByteArray()))
        m_splitter->setSizes({380, 450, 450});
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(splitterKey, m_splitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    event->accept();
}

} // namespace iotca::ui
