// Item models report what they could not read through the window's error banner (issue 18, item 12): a failed
// registrations read is "Unknown", never "Not registered"; a failed device or audit read is said, not hidden.
// The failures are real: another connection renames the table the model reads, as a damaged or foreign database
// would look.
#include "MainWindowTestBase.h"

#include "ui/MainWindow.h"
#include "ui/actions/MainActions.h"
#include "ui/dialogs/AuditLogDialog.h"
#include "ui/panes/CaListPane.h"
#include "ui/widgets/ErrorBanner.h"

#include "crypto/DistinguishedName.h"
#include "model/ca/CaCreator.h"
#include "model/ca/NewCaParameters.h"
#include "model/models/AuditLogModel.h"
#include "model/models/CaListModel.h"

#include <QAction>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace iotca;

class TestLoadFailures : public test::MainWindowTestBase
{
    Q_OBJECT

    /// Runs `statement` on the workspace database through a connection of its own.
    [[nodiscard]] QString execute(const QString& statement) const
    {
        QString problem;
        {
            auto database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("saboteur"));
            database.setDatabaseName(m_workspace->workspace().databasePath());
            if (!database.open()) {
                problem = database.lastError().text();
            } else {
                QSqlQuery query(database);
                if (!query.exec(statement))
                    problem = query.lastError().text();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("saboteur"));
        return problem;
    }

    qint64 createCa(const QString& name)
    {
        model::NewCaParameters parameters;
        parameters.name = name;
        parameters.subject = crypto::DistinguishedName::parse(QStringLiteral("CN=%1").arg(name)).value();
        parameters.algorithm = crypto::KeyAlgorithm::EcP256;
        parameters.validityDays = 365;
        const auto id =
            model::CaCreator::createRoot(m_workspace->workspace(), parameters,
                                         crypto::SecureBuffer::fromString(QStringLiteral("a-long-pass-phrase-1")));
        if (!id)
            qFatal("createRoot: %s", qPrintable(id.error().fullText()));
        return id.value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString settings = useThrowawaySettings(QStringLiteral("tst_ui_loadfailures"));
        QVERIFY2(settings.isEmpty(), qPrintable(settings));
    }

    void init()
    {
        const QString opened = openWindow();
        QVERIFY2(opened.isEmpty(), qPrintable(opened));
    }

    void cleanup()
    {
        const QString closed = closeWindow();
        QVERIFY2(closed.isEmpty(), qPrintable(closed));
    }

    void unreadableRegistrationsAreUnknownAndReported()
    {
        createCa(QStringLiteral("Fleet Root"));
        auto* view = m_window->caListPane()->view();
        QTRY_COMPARE(view->model()->rowCount(), 1);
        const QModelIndex status = view->model()->index(0, model::CaListModel::Status);
        QCOMPARE(status.data().toString(), QStringLiteral("Not registered"));

        const QString renamed = execute(QStringLiteral("ALTER TABLE ca_registrations RENAME TO gone_registrations"));
        QVERIFY2(renamed.isEmpty(), qPrintable(renamed));
        m_window->actions()->action(ui::MainActions::Refresh)->trigger();
        QTRY_VERIFY(m_window->errorBanner()->isVisible());
        QVERIFY(!m_window->errorBanner()->message().isEmpty());
        QCOMPARE(view->model()->index(0, model::CaListModel::Status).data().toString(),
                 QStringLiteral("Unknown (could not be read)"));
    }

    void unreadableDeviceCertificatesAreReported()
    {
        const qint64 ca = createCa(QStringLiteral("Fleet Root"));
        const QString renamed = execute(QStringLiteral("ALTER TABLE device_certificates RENAME TO gone_devices"));
        QVERIFY2(renamed.isEmpty(), qPrintable(renamed));
        QTRY_VERIFY(m_window->caListPane()->selectCa(ca));
        QTRY_VERIFY(m_window->errorBanner()->isVisible());
        QVERIFY2(m_window->errorBanner()->message().contains(QStringLiteral("device certificates")),
                 qPrintable(m_window->errorBanner()->message()));
    }

    void unreadableAuditLogIsReportedInTheDialog()
    {
        createCa(QStringLiteral("Fleet Root"));
        const QString renamed = execute(QStringLiteral("ALTER TABLE audit_log RENAME TO gone_audit"));
        QVERIFY2(renamed.isEmpty(), qPrintable(renamed));
        ui::AuditLogDialog dialog(m_workspace->workspace());
        dialog.show();
        auto* banner = dialog.findChild<ui::ErrorBanner*>();
        QVERIFY(banner);
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(!banner->message().isEmpty());
        // The model itself reported it (not only the chain check that runs beside it).
        auto* audit = dialog.findChild<model::AuditLogModel*>();
        QVERIFY(audit);
        QVERIFY(!audit->lastError().message.isEmpty());
    }
};

QTEST_MAIN(TestLoadFailures)
#include "TestLoadFailures.moc"
