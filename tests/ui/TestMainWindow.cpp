#include "ui/MainWindow.h"
#include "ui/panes/CaDetailsPane.h"
#include "ui/panes/CaListPane.h"
#include "ui/panes/DeviceAssociationPane.h"

#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using iotca::ui::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("IoT CA Desk tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_ui_mainwindow"));
    }

    void showsTheThreePanes()
    {
        QTemporaryDir workspace;
        MainWindow window(workspace.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto* splitter = window.findChild<QSplitter*>(QStringLiteral("mainSplitter"));
        QVERIFY(splitter);
        QCOMPARE(splitter->count(), 3);
        QCOMPARE(splitter->widget(0)->objectName(), QStringLiteral("caListPane"));
        QCOMPARE(splitter->widget(1)->objectName(), QStringLiteral("caDetailsPane"));
        QCOMPARE(splitter->widget(2)->objectName(), QStringLiteral("deviceAssociationPane"));
        for (int i = 0; i < splitter->count(); ++i) {
            QVERIFY(splitter->widget(i)->isVisible());
            QVERIFY(!splitter->widget(i)->accessibleName().isEmpty());
        }
        QVERIFY(window.findChild<QTableView*>(QStringLiteral("caListView")));
        QVERIFY(window.findChild<QTableView*>(QStringLiteral("deviceView")));
    }

    void statusBarNamesTheWorkspace()
    {
        QTemporaryDir workspace;
        MainWindow window(workspace.path());
        auto* label = window.findChild<QLabel*>(QStringLiteral("workspaceLabel"));
        QVERIFY(label);
        QVERIFY(label->text().contains(QDir::toNativeSeparators(workspace.path())));
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
