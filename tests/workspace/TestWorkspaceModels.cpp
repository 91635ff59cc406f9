#include "WorkspaceFixtures.h"
#include "model/audit/AuditAction.h"
#include "model/audit/AuditEntryText.h"
#include "model/audit/AuditLog.h"
#include "model/models/AuditLogModel.h"
#include "model/models/CaListModel.h"
#include "model/models/DeviceCertificateModel.h"
#include "model/workspace/CaRegistrationRepository.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/DeviceCertificateHistory.h"
#include "model/workspace/DeviceCertificateRepository.h"
#include "model/workspace/PlatformAccountRepository.h"
#include "model/workspace/RevocationRepository.h"
#include "model/workspace/Transaction.h"
#include "model/workspace/Workspace.h"
#include "tests/support/TestWorkspaces.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace iotca;
using namespace iotca::model;

class TestWorkspaceModels : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    test::TestWorkspaces m_workspaces; // a folder, or a database under IOTCA_TEST_WORKSPACE_BACKEND=postgresql
    std::unique_ptr<Workspace> m_workspace;

    qint64 addCa(const QString& name)
    {
        auto id = m_workspace->cas().add(test::sampleCa(name));
        return id ? *id : 0;
    }

    static void fetchAll(QAbstractItemModel& model)
    {
        while (model.canFetchMore({})) {
            model.fetchMore({});
        }
    }

    static QStringList column(const QAbstractItemModel& model, int column, int role = Qt::DisplayRole)
    {
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row) {
            values << model.index(row, column).data(role).toString();
        }
        return values;
    }

    /// The row showing `serial`, -1 when none does.
    static int rowOf(const QAbstractItemModel& model, const QString& serial)
    {
        return static_cast<int>(column(model, DeviceCertificateModel::Serial).indexOf(serial));
    }

    static QString serialAt(const QAbstractItemModel& model, int row)
    {
        return model.index(row, DeviceCertificateModel::Serial).data().toString();
    }

    /// What `model` shows, row by row: id, status and export path.
    static QStringList contents(const QAbstractItemModel& model, int rows)
    {
        QStringList lines;
        for (int row = 0; row < rows; ++row) {
            const QModelIndex index = model.index(row, 0);
            lines << QStringLiteral("%1 %2 %3")
                         .arg(index.data(DeviceCertificateModel::IdRole).toLongLong())
                         .arg(index.data(DeviceCertificateModel::StatusRole).toInt())
                         .arg(index.data(DeviceCertificateModel::ExportedPathRole).toString());
        }
        return lines;
    }

    /// `model`, changed row by row, shows what a new model with its filter and sort reads for as many rows (and,
    /// when it has read everything, no row less).
    void verifySameAsNewModel(const DeviceCertificateModel& model)
    {
        DeviceCertificateModel fresh(m_workspace.get());
        fresh.setFilter(model.filter());
        fresh.sort(model.sortColumn(), model.sortOrder());
        while (fresh.canFetchMore({}) && (fresh.rowCount() <= model.rowCount() || !model.canFetchMore({}))) {
            fresh.fetchMore({});
        }
        QVERIFY(fresh.rowCount() >= model.rowCount());
        if (!model.canFetchMore({})) {
            QCOMPARE(fresh.rowCount(), model.rowCount());
        }
        QCOMPARE(contents(model, model.rowCount()), contents(fresh, model.rowCount()));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto opened = Workspace::open(m_workspaces.location(m_dir->filePath(QStringLiteral("ws"))));
        QVERIFY(opened.ok());
        m_workspace = std::move(opened).value();
    }

    void cleanup()
    {
        m_workspace.reset();
        m_workspaces.dropAll();
        m_dir.reset();
    }

    void caListFollowsTheStoreWithExactSignals()
    {
        addCa(QStringLiteral("Bravo"));
        CaListModel model(m_workspace.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), int(CaListModel::ColumnCount));
        QCOMPARE(model.index(0, CaListModel::SubjectCommonName).data().toString(), QStringLiteral("Bravo"));
        QCOMPARE(model.index(0, CaListModel::Serial).data().toString(), QStringLiteral("0A1B"));
        QCOMPARE(model.index(0, CaListModel::KeyAlgorithm).data().toString(), QStringLiteral("RSA 2048-bit"));
        QCOMPARE(model.index(0, CaListModel::Status).data().toString(), QStringLiteral("Not registered"));
        QVERIFY(!model.index(0, 0).data(CaListModel::StatusRole).isValid());

        const qint64 alpha = addCa(QStringLiteral("Alpha"));
        const qint64 charlie = addCa(QStringLiteral("Charlie"));
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0); // Alpha sorts first
        QCOMPARE(inserted.at(1).at(1).toInt(), 2);
        QCOMPARE(column(model, CaListModel::Name),
                 QStringList({QStringLiteral("Alpha"), QStringLiteral("Bravo"), QStringLiteral("Charlie")}));
        QCOMPARE(model.caId(model.index(0, 0)), alpha);
        QCOMPARE(model.indexOfCa(charlie).row(), 2);

        // A rename that changes the order moves the row; one that does not only changes data.
        QVERIFY(m_workspace->cas().rename(alpha, QStringLiteral("Delta")).ok());
        QCOMPARE(moved.count(), 1);
        QCOMPARE(column(model, CaListModel::Name),
                 QStringList({QStringLiteral("Bravo"), QStringLiteral("Charlie"), QStringLiteral("Delta")}));
        QVERIFY(m_workspace->cas().setNotes(charlie, QStringLiteral("n")).ok());
        QCOMPARE(moved.count(), 1);
        QVERIFY(changed.count() >= 2);

        // Registrations show per account, with a summary and a status role.
        const qint64 account = *m_workspace->accounts().add(test::sampleAccount(QStringLiteral("prod")));
        changed.clear();
        QVERIFY(m_workspace->registrations()
                    .upsert({charlie, account, QStringLiteral("r"), RegistrationStatus::Activated, {}, {}, {}})
                    .ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);
        const QModelIndex charlieIndex = model.indexOfCa(charlie);
        QCOMPARE(charlieIndex.siblingAtColumn(CaListModel::Status).data().toString(),
                 QStringLiteral("prod: Activated"));
        QCOMPARE(charlieIndex.data(CaListModel::StatusRole).value<RegistrationStatus>(), RegistrationStatus::Activated);
        const QVariantMap registrations = charlieIndex.data(CaListModel::RegistrationsRole).toMap();
        QCOMPARE(registrations.value(QStringLiteral("prod")).toString(), QStringLiteral("Activated"));

        QVERIFY(m_workspace->registrations().setStatus(charlie, account, RegistrationStatus::Inactivated).ok());
        QCOMPARE(model.indexOfCa(charlie).data(CaListModel::StatusRole).value<RegistrationStatus>(),
                 RegistrationStatus::Inactivated);

        QVERIFY(m_workspace->cas().remove(alpha).ok());
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(reset.count(), 0);
    }

    void deviceModelPagesFiltersAndSortsInSql()
    {
        const qint64 first = addCa(QStringLiteral("First"));
        const qint64 second = addCa(QStringLiteral("Second"));
        QVERIFY(m_workspace->devices().add(first, test::sampleDevices(1000)).ok());
        QVERIFY(m_workspace->devices()
                    .add(second, test::sampleDevices(500, 5001, QStringLiteral("b2Other"), QStringLiteral("sensor-")))
                    .ok());

        DeviceCertificateModel model(m_workspace.get());
        model.setBatchSize(100);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 100);
        // The tester fetches too (as views do); keep it alive from here to the end of the test.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.totalCount(), qint64(1500));
        fetchAll(model);
        QCOMPARE(model.rowCount(), 1500);
        const QStringList serials = column(model, DeviceCertificateModel::Serial);
        QStringList sorted = serials;
        sorted.sort();
        QCOMPARE(serials, sorted);

        // Descending by device name, CA filter.
        model.setCaFilter(second);
        model.sort(DeviceCertificateModel::Device, Qt::DescendingOrder);
        fetchAll(model);
        QCOMPARE(model.rowCount(), 500);
        QCOMPARE(model.index(0, DeviceCertificateModel::Device).data().toString(), QStringLiteral("sensor-005500"));
        QCOMPARE(model.index(499, DeviceCertificateModel::Device).data().toString(), QStringLiteral("sensor-005001"));
        QCOMPARE(model.index(0, 0).data(DeviceCertificateModel::CaIdRole).toLongLong(), second);

        // Product and text filters: serial prefix (any case) or part of the device name.
        model.setFilter({0, QStringLiteral("a1Product"), QStringLiteral("device-00099")});
        fetchAll(model);
        QCOMPARE(model.rowCount(), 10); // device-000990 .. device-000999
        model.setFilter({first, {}, QStringLiteral("3e8")}); // serial 0x3E8 = 1000
        fetchAll(model);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, DeviceCertificateModel::Serial).data().toString(), QStringLiteral("03E8"));
        model.setFilter({first, {}, QStringLiteral("03:e")}); // prefix 03E: 0x3E0 .. 0x3E8 (serials go to 1000)
        fetchAll(model);
        QCOMPARE(model.rowCount(), 9);

        // Sorted by validity end, ascending: non-decreasing.
        model.setFilter({});
        model.sort(DeviceCertificateModel::NotAfter, Qt::AscendingOrder);
        fetchAll(model);
        for (int row = 1; row < model.rowCount(); ++row) {
            QVERIFY(model.index(row - 1, 0).data(DeviceCertificateModel::NotAfterRole).toDateTime()
                    <= model.index(row, 0).data(DeviceCertificateModel::NotAfterRole).toDateTime());
        }
    }

    void deviceModelSignalsExactlyWhatChanged()
    {
        const qint64 caId = addCa(QStringLiteral("Live"));
        QVERIFY(m_workspace->devices().add(caId, test::sampleDevices(10, 1)).ok());
        DeviceCertificateModel model(m_workspace.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fetchAll(model);
        QCOMPARE(model.rowCount(), 10);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        // Two new rows sorting into the middle (serials 0x05 < 0x0511 < 0x06) and one at the end.
        QList<DeviceCertificateRecord> more = test::sampleDevices(3, 100);
        more[0].serialHex = QStringLiteral("0511");
        more[1].serialHex = QStringLiteral("0512");
        more[2].serialHex = QStringLiteral("FF00");
        QVERIFY(m_workspace->devices().add(caId, more).ok());
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(inserted.at(0).at(1).toInt(), 5); // rows 5..6
        QCOMPARE(inserted.at(0).at(2).toInt(), 6);
        QCOMPARE(inserted.at(1).at(1).toInt(), 12);
        QCOMPARE(model.rowCount(), 13);

        // One status change: one dataChanged for that row.
        QVERIFY(
            m_workspace->devices().setStatus(caId, {QStringLiteral("03")}, DeviceCertificateStatus::Associated).ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 2);
        QCOMPARE(model.index(2, 0).data(DeviceCertificateModel::StatusRole).value<DeviceCertificateStatus>(),
                 DeviceCertificateStatus::Associated);

        // Sorted by status, a status change moves rows: signalled as remove + insert, never a reset.
        model.sort(DeviceCertificateModel::Status, Qt::AscendingOrder);
        fetchAll(model);
        QCOMPARE(model.index(0, 0).data(DeviceCertificateModel::StatusRole).value<DeviceCertificateStatus>(),
                 DeviceCertificateStatus::Associated);
        reset.clear();
        QVERIFY(m_workspace->devices().setStatusForCa(caId, DeviceCertificateStatus::Inactivated).ok());
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.rowCount(), 13);
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.index(row, 0).data(DeviceCertificateModel::StatusRole).value<DeviceCertificateStatus>(),
                     DeviceCertificateStatus::Inactivated);
        }

        // Deleting the CA removes its rows.
        removed.clear();
        QVERIFY(m_workspace->cas().remove(caId, CaRemoval::Cascade).ok());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(removed.count() >= 1);
    }

    void deviceModelMarksSupersededCertificates()
    {
        const qint64 caId = addCa(QStringLiteral("Reissuing"));
        QVERIFY(m_workspace->devices().add(caId, test::sampleDevices(3, 1)).ok());
        DeviceCertificateModel model(m_workspace.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fetchAll(model);
        QCOMPARE(model.rowCount(), 3);
        const int oldRow = rowOf(model, QStringLiteral("02"));
        QVERIFY(oldRow >= 0);
        QCOMPARE(model.index(oldRow, 0).data(DeviceCertificateModel::SupersededRole).toBool(), false);
        const QString statusBefore = model.index(oldRow, DeviceCertificateModel::Status).data().toString();
        QVERIFY(!statusBefore.contains(QStringLiteral("superseded")));

        // Re-issue the device of serial 02: the old row says so at once (one dataChanged), the new row does not.
        const auto old = m_workspace->devices().find(caId, QStringLiteral("02"));
        QVERIFY(old.ok() && old->has_value());
        DeviceCertificateRecord next;
        next.caId = caId;
        next.serialHex = QStringLiteral("F002");
        next.productKey = (*old)->productKey;
        next.deviceName = (*old)->deviceName;
        next.certificateDer = QByteArray(600, 'r');
        next.notAfter = (*old)->notAfter.addDays(365);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        {
            auto transaction = Transaction::begin(*m_workspace);
            QVERIFY(transaction.ok());
            auto added = DeviceCertificateHistory::addReissue(*transaction, *m_workspace, next, (*old)->serialHex);
            QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().fullText()));
            QVERIFY(transaction->commit().ok());
        }
        QCOMPARE(model.rowCount(), 4);
        const int supersededRow = rowOf(model, QStringLiteral("02"));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(changed.last().at(0).value<QModelIndex>().row(), supersededRow);
        QCOMPARE(model.index(supersededRow, 0).data(DeviceCertificateModel::SupersededRole).toBool(), true);
        QCOMPARE(model.index(supersededRow, DeviceCertificateModel::Status).data().toString(),
                 statusBefore + QStringLiteral(", superseded"));
        QVERIFY(!model.index(supersededRow, DeviceCertificateModel::Status).data(Qt::ToolTipRole).toString().isEmpty());
        const int newRow = rowOf(model, QStringLiteral("F002"));
        QCOMPARE(model.index(newRow, 0).data(DeviceCertificateModel::SupersededRole).toBool(), false);
        QCOMPARE(
            model.index(rowOf(model, QStringLiteral("01")), 0).data(DeviceCertificateModel::SupersededRole).toBool(),
            false);
        {
            DeviceCertificateModel fresh(m_workspace.get());
            fetchAll(fresh);
            QCOMPARE(fresh.index(rowOf(fresh, QStringLiteral("02")), 0)
                         .data(DeviceCertificateModel::SupersededRole)
                         .toBool(),
                     true);
        }

        // Revoking the re-issued certificate makes the old one current again (DeviceCertificateHistory).
        QVERIFY(RevocationRepository(*m_workspace)
                    .revoke(caId, {QStringLiteral("F002")}, crypto::RevocationReason::KeyCompromise)
                    .ok());
        QCOMPARE(
            model.index(rowOf(model, QStringLiteral("02")), 0).data(DeviceCertificateModel::SupersededRole).toBool(),
            false);
        QCOMPARE(model.index(rowOf(model, QStringLiteral("02")), DeviceCertificateModel::Status).data().toString(),
                 statusBefore);
    }

    void deviceModelWithNoCaShowsNothing()
    {
        const qint64 caId = addCa(QStringLiteral("Some CA"));
        QVERIFY(m_workspace->devices().add(caId, test::sampleDevices(5, 1)).ok());
        DeviceCertificateModel model(m_workspace.get());
        model.setCaFilter(DeviceCertificateFilter::NoCa);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fetchAll(model);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalCount(), 0);
        QVERIFY(m_workspace->devices().add(caId, test::sampleDevices(2, 100)).ok());
        QCOMPARE(model.rowCount(), 0);
        model.setCaFilter(0);
        fetchAll(model);
        QCOMPARE(model.rowCount(), 7);
    }

    void emptyDeviceModelShowsTheFirstRowsAddedWithoutAView()
    {
        // A pane opened on a CA with no devices yet must fill itself when the first batch lands: no view asks a
        // model with no rows to fetch more.
        const qint64 caId = addCa(QStringLiteral("Empty at first"));
        DeviceCertificateModel model(m_workspace.get());
        model.setCaFilter(caId);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fetchAll(model);
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(m_workspace->devices().add(caId, test::sampleDevices(3, 1)).ok());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(reset.count(), 0);
    }

    void deviceModelOnlyReadsTheShownRangeAgain()
    {
        const qint64 caId = addCa(QStringLiteral("Paged"));
        QVERIFY(m_workspace->devices().add(caId, test::sampleDevices(1000, 1000)).ok());
        DeviceCertificateModel model(m_workspace.get());
        model.setBatchSize(50);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.fetchMore({});
        // Pages of 50 (the tester fetches as views do); far fewer than the 1000 rows.
        const int shown = model.rowCount();
        QVERIFY(shown >= 50 && shown <= 200);
        QCOMPARE(shown % 50, 0);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        // New rows past the shown page are not inserted now; they come with fetchMore().
        QVERIFY(m_workspace->devices().add(caId, test::sampleDevices(5, 0xF0000)).ok());
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(model.rowCount(), shown);
        // A new row inside the shown page is.
        QList<DeviceCertificateRecord> early = test::sampleDevices(1, 1);
        QVERIFY(m_workspace->devices().add(caId, early).ok());
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.index(0, DeviceCertificateModel::Serial).data().toString(), QStringLiteral("01"));
        fetchAll(model);
        QCOMPARE(model.rowCount(), 1006);
    }

    void deviceModelRereadsOnlyTheListedRows()
    {
        // The workspace names the certificates that changed: rows shown are updated in place or removed, rows beyond
        // the range fetched cause no signal and show their new state when fetched.
        const qint64 caId = addCa(QStringLiteral("Listed"));
        QVERIFY(m_workspace->devices().add(caId, test::sampleDevices(1000, 1)).ok());
        DeviceCertificateModel model(m_workspace.get());
        model.setCaFilter(caId);
        model.setBatchSize(50);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.fetchMore({});
        const int shown = model.rowCount();
        QVERIFY(shown >= 50 && shown < 1000);
        QCOMPARE(rowOf(model, QStringLiteral("FF")), -1); // sorts last of all
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        // Rows 3..5 and 10, and one beyond the range: one dataChanged per run of shown rows.
        const QStringList serials {serialAt(model, 3), serialAt(model, 4), serialAt(model, 5), serialAt(model, 10),
                                   QStringLiteral("FF")};
        QCOMPARE(*m_workspace->devices().setStatus(caId, serials, DeviceCertificateStatus::Associated), 5);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 3);
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), 5);
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>().column(), DeviceCertificateModel::ColumnCount - 1);
        QCOMPARE(changed.at(1).at(0).value<QModelIndex>().row(), 10);
        QCOMPARE(changed.at(1).at(1).value<QModelIndex>().row(), 10);
        for (const int row : {3, 4, 5, 10}) {
            QCOMPARE(model.index(row, 0).data(DeviceCertificateModel::StatusRole).value<DeviceCertificateStatus>(),
                     DeviceCertificateStatus::Associated);
        }
        QCOMPARE(model.index(6, 0).data(DeviceCertificateModel::StatusRole).value<DeviceCertificateStatus>(),
                 DeviceCertificateStatus::Issued);
        verifySameAsNewModel(model);

        // An export path: that row only.
        changed.clear();
        const QString path = m_dir->filePath(QStringLiteral("out/device.cer"));
        QVERIFY(m_workspace->devices().markExported(caId, {{serialAt(model, 7), path}}).ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 7);
        QCOMPARE(model.index(7, 0).data(DeviceCertificateModel::ExportedPathRole).toString(), path);

        // Deleting rows 1 and 2 and one beyond the range: one removal of the two shown rows.
        changed.clear();
        QCOMPARE(*m_workspace->devices().remove(caId, {serialAt(model, 1), serialAt(model, 2), QStringLiteral("FF")}),
                 3);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 1);
        QCOMPARE(removed.at(0).at(2).toInt(), 2);
        QCOMPARE(model.rowCount(), shown - 2);
        QCOMPARE(changed.count(), 0);
        verifySameAsNewModel(model);

        fetchAll(model);
        QCOMPARE(model.rowCount(), 997);
        QCOMPARE(rowOf(model, QStringLiteral("FF")), -1);
        QCOMPARE(reset.count(), 0);
        verifySameAsNewModel(model);
    }

    void deviceModelSortedByStatusMovesListedRows()
    {
        const qint64 caId = addCa(QStringLiteral("By status"));
        QVERIFY(m_workspace->devices().add(caId, test::sampleDevices(400, 1)).ok());
        DeviceCertificateModel model(m_workspace.get());
        model.setCaFilter(caId);
        model.setBatchSize(50);
        model.sort(DeviceCertificateModel::Status, Qt::AscendingOrder);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.fetchMore({});
        const int shown = model.rowCount();
        QVERIFY(shown >= 50 && shown < 400);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        // "Associated" sorts before "Issued": two shown rows move to the top, and the last certificate (not
        // shown: equal statuses sort by id) comes into the range.
        const QStringList serials {serialAt(model, 10), serialAt(model, 20), QStringLiteral("0190")};
        QCOMPARE(rowOf(model, QStringLiteral("0190")), -1);
        QCOMPARE(*m_workspace->devices().setStatus(caId, serials, DeviceCertificateStatus::Associated), 3);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.rowCount(), shown + 1);
        QCOMPARE(QStringList(column(model, DeviceCertificateModel::Serial).mid(0, 3)), serials);
        verifySameAsNewModel(model);

        // Back to Issued: the two return among the rows shown, the last one leaves the range.
        QCOMPARE(*m_workspace->devices().setStatus(caId, serials, DeviceCertificateStatus::Issued), 3);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.rowCount(), shown);
        QCOMPARE(rowOf(model, QStringLiteral("0190")), -1);
        verifySameAsNewModel(model);

        // With everything fetched, a row leaving the end stays (at its new place).
        fetchAll(model);
        model.sort(DeviceCertificateModel::Status, Qt::DescendingOrder);
        fetchAll(model);
        QVERIFY(m_workspace->devices().setStatus(caId, {serials.at(0)}, DeviceCertificateStatus::Associated).ok());
        QCOMPARE(model.rowCount(), 400);
        QCOMPARE(serialAt(model, 399), serials.at(0));
        verifySameAsNewModel(model);
    }

    void deviceModelFollowsListedChangesUnderATextFilter()
    {
        const qint64 caId = addCa(QStringLiteral("Filtered"));
        QVERIFY(m_workspace->devices().add(caId, test::sampleDevices(300, 1)).ok());
        DeviceCertificateModel model(m_workspace.get());
        model.setFilter({caId, {}, QStringLiteral("device-0001")}); // devices 100..199
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fetchAll(model);
        QCOMPARE(model.rowCount(), 100);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        // 0x96 = device 150 matches; 0x0100 = device 256 does not.
        QVERIFY(
            m_workspace->devices()
                .setStatus(caId, {QStringLiteral("96"), QStringLiteral("0100")}, DeviceCertificateStatus::Associated)
                .ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(serialAt(model, changed.at(0).at(0).value<QModelIndex>().row()), QStringLiteral("96"));
        QVERIFY(m_workspace->devices().remove(caId, {QStringLiteral("96"), QStringLiteral("0100")}).ok());
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), 99);
        QCOMPARE(model.totalCount(), qint64(99));
        verifySameAsNewModel(model);
    }

    void deviceModelSeesAnIdFreedByADeletion()
    {
        // SQLite hands the highest id out again once its row is deleted (https://www.sqlite.org/autoinc.html): a
        // certificate added then is still new.
        const qint64 caId = addCa(QStringLiteral("Reused ids"));
        QVERIFY(m_workspace->devices().add(caId, test::sampleDevices(10, 1)).ok());
        DeviceCertificateModel model(m_workspace.get());
        model.setCaFilter(caId);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fetchAll(model);
        const qint64 highest =
            model.index(rowOf(model, QStringLiteral("0A")), 0).data(DeviceCertificateModel::IdRole).toLongLong();
        QVERIFY(m_workspace->devices().remove(caId, {QStringLiteral("0A")}).ok());
        QCOMPARE(model.rowCount(), 9);
        QVERIFY(m_workspace->devices().add(caId, test::sampleDevices(1, 0x20)).ok());
        QCOMPARE(model.rowCount(), 10);
        const qint64 added =
            model.index(rowOf(model, QStringLiteral("20")), 0).data(DeviceCertificateModel::IdRole).toLongLong();
        if (m_workspace->connection()->driverName() == QLatin1String("QPSQL")) {
            // A PostgreSQL identity column draws from a sequence, which never hands a value out twice (PostgreSQL 15
            // docs, 9.17 "Sequence Manipulation Functions"): the row is new by its id as well.
            QVERIFY2(added > highest, qPrintable(QStringLiteral("%1 after %2").arg(added).arg(highest)));
        } else {
            QCOMPARE(added, highest);
        }
        verifySameAsNewModel(model);
    }

    void auditModelAppendsOneRowPerEntry()
    {
        addCa(QStringLiteral("One"));
        AuditLogModel model(m_workspace.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fetchAll(model);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, AuditLogModel::Action).data().toString(), QStringLiteral("CA created"));
        QCOMPARE(model.index(0, 0).data(AuditLogModel::ActionRole).toString(), QString(AuditAction::CaCreated));
        QCOMPARE(model.index(0, 0).data(AuditLogModel::HashRole).toString().size(), 64);

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        addCa(QStringLiteral("Two"));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, 0).data(AuditLogModel::DetailsRole).toMap().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Two"));
        QCOMPARE(AuditLogModel::actionDisplayName(QStringLiteral("x.unknown")), QStringLiteral("x.unknown"));
    }

    void auditModelPagesLargeLogs()
    {
        const qint64 caId = addCa(QStringLiteral("Busy"));
        for (int i = 0; i < 30; ++i) {
            QVERIFY(m_workspace->cas().setNotes(caId, QString::number(i)).ok());
        }
        AuditLogModel model(m_workspace.get());
        QCOMPARE(model.rowCount(), 0); // nothing is read before a view asks
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fetchAll(model);
        QCOMPARE(model.rowCount(), 31);
        QCOMPARE(model.index(30, 0).data(AuditLogModel::IdRole).toLongLong(), qint64(31));
    }

    void auditSummarySaysStoredNamesInWords()
    {
        // The log keeps the names ("keyCompromise", "Activated"); the summary line says them as the UI does, and
        // leaves out the account id that the registration's object text already names.
        AuditEntryText text;
        AuditEntry revoked;
        revoked.action = QString(AuditAction::CertificatesRevoked);
        revoked.objectType = QStringLiteral("ca");
        revoked.objectId = QStringLiteral("1");
        const QDateTime at(QDate(2026, 12, 6), QTime(2, 37, 15), QTimeZone::utc());
        revoked.details = {{QStringLiteral("reason"), QStringLiteral("keyCompromise")},
                           {QStringLiteral("revokedAt"), at.toString(Qt::ISODate)}};
        QCOMPARE(text.summary(revoked),
                 QStringLiteral("Reason: Key compromise · Revoked at: %1").arg(AuditEntryText::timeText(at)));

        AuditEntry registered;
        registered.objectType = QStringLiteral("registration");
        registered.objectId = QStringLiteral("1/1");
        registered.details = {{QStringLiteral("status"), QStringLiteral("Activated")},
                              {QStringLiteral("accountId"), 1},
                              {QStringLiteral("remoteId"), QStringLiteral("fleet-issuing")}};
        QCOMPARE(text.summary(registered), QStringLiteral("Status: Activated · Platform ID: fleet-issuing"));
        QVERIFY(!text.summary(registered).contains(QStringLiteral("accountId")));

        AuditEntry request;
        request.details = {{QStringLiteral("keyAlgorithm"), QStringLiteral("ec:P-256")}};
        QCOMPARE(text.summary(request), QStringLiteral("Key: ECDSA P-256"));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceModels)
#include "TestWorkspaceModels.moc"
