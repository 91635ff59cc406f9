// "Differs from platform" as a stored state the GUI shows: after the details pane's Sync against the in-process
// emulator, every device row carries what the platform said (the Platform column), and the row whose serial the
// platform holds with ANOTHER certificate is marked in text ("Differs: ...") and colour, its record left as it was;
// the CA details count it. The state survives a reopen of the workspace (it is stored, not computed by the pane).
#include "EmulatorWindowTestBase.h"
#include "UiEmulator.h"
#include "UiPlatformSetup.h"

#include "app/emulator/EmulatorState.h"
#include "model/models/DeviceCertificateModel.h"
#include "model/workspace/DeviceCertificateRecord.h"
#include "model/workspace/DeviceCertificateRepository.h"
#include "ui/MainWindow.h"
#include "ui/panes/CaDetailsPane.h"
#include "ui/panes/CaListPane.h"
#include "ui/panes/DeviceAssociationPane.h"
#include "ui/panes/PlatformDifferenceDelegate.h"
#include "ui/widgets/ErrorBanner.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <vector>

using iotca::test::EmulatorWindowTestBase;
using iotca::test::UiEmulator;
namespace setup = iotca::test::UiPlatformSetup;
using namespace iotca;
using model::DeviceCertificateModel;

namespace {
/// The delegate's style option for one cell, as the view would paint it.
class DelegateProbe : public ui::PlatformDifferenceDelegate
{
public:
    QStyleOptionViewItem optionFor(const QModelIndex& index) const
    {
        QStyleOptionViewItem option;
        initStyleOption(&option, index);
        return option;
    }
};
} // namespace

class TestDevicePlatformState : public EmulatorWindowTestBase
{
    Q_OBJECT

    /// The row of `serial` in the device pane's view, or -1.
    int rowOf(QTableView* view, const QString& serial) const
    {
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            if (view->model()->index(row, 0).data(DeviceCertificateModel::SerialRole).toString() == serial)
                return row;
        }
        return -1;
    }

private Q_SLOTS:
    void syncMarksTheRowThatDiffersFromThePlatform()
    {
        model::Workspace& workspace = m_workspace->workspace();
        const auto caId = setup::createCa(workspace, QStringLiteral("Fleet Root"));
        QVERIFY2(caId, qPrintable(caId ? QString() : caId.error().fullText()));
        const auto accountId = setup::addAccount(workspace, m_secrets, m_emulator, QStringLiteral("Demo"),
                                                 QStringLiteral("apsaramq-mqtt"));
        QVERIFY2(accountId, qPrintable(accountId ? QString() : accountId.error().fullText()));
        const auto registration = setup::registerCa(workspace, m_secrets, *caId, *accountId, QStringLiteral("Fleet"));
        QVERIFY2(registration, qPrintable(registration ? QString() : registration.error().fullText()));

        // Three device certificates recorded as Associated. The platform holds the first as active and the second as
        // inactive (ApsaraMQ registers a device on its first connection); under the third serial it holds ANOTHER
        // certificate than the recorded one (the record carries a different DER).
        std::vector<crypto::IssuedDeviceCertificate> issued;
        for (int i = 1; i <= 3; ++i) {
            auto one = setup::issue(workspace, *caId, QStringLiteral("sensor-%1").arg(i));
            QVERIFY2(one, qPrintable(one ? QString() : one.error().fullText()));
            issued.push_back(std::move(*one));
        }
        QList<model::DeviceCertificateRecord> records;
        QStringList serials;
        for (int i = 0; i < 3; ++i) {
            model::DeviceCertificateRecord record;
            record.serialHex = issued.at(i).serialNumberHex;
            record.productKey = QStringLiteral("a1B2c3D4e5");
            record.deviceName = QStringLiteral("sensor-%1").arg(i + 1);
            record.certificateDer = i == 2 ? issued.at(0).certificateDer : issued.at(i).certificateDer;
            record.notAfter = issued.at(i).notAfter;
            records << record;
            serials << model::DeviceCertificateRepository::normaliseSerial(record.serialHex);
        }
        QVERIFY(workspace.devices().add(*caId, records));
        QVERIFY(workspace.devices().setStatus(*caId, serials, model::DeviceCertificateStatus::Associated));
        auto& remote = m_emulator.server().apsaraMq().account(UiEmulator::accessKeyId());
        for (int i = 0; i < 3; ++i) {
            app::EmulatedDevice device;
            device.id = serials.at(i).toLower();
            device.caId = registration->remoteId;
            device.name = records.at(i).deviceName;
            device.serialHex = serials.at(i);
            device.pem = issued.at(i).certificatePem;
            device.active = i != 1;
            remote.devices << device;
        }

        QTRY_VERIFY(m_window->caListPane()->selectCa(*caId));
        QTRY_VERIFY(m_window->selectAccount(*accountId));
        auto* view = m_window->deviceAssociationPane()->view();
        QTRY_COMPARE(view->model()->rowCount(), 3);
        // Never read back yet: the column says so, and no row is marked.
        QCOMPARE(view->model()->headerData(DeviceCertificateModel::Platform, Qt::Horizontal).toString(),
                 QStringLiteral("Platform"));
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(view->model()->index(row, DeviceCertificateModel::Platform).data().toString(),
                     QStringLiteral("Not read"));
        }

        auto* sync = m_window->caDetailsPane()->findChild<QPushButton*>(QStringLiteral("syncButton"));
        QVERIFY(sync && sync->isEnabled());
        QSignalSpy finished(m_window.get(), &ui::MainWindow::commandFinished);
        QTest::mouseClick(sync, Qt::LeftButton);
        QVERIFY(finished.count() > 0 || finished.wait(60000));

        const auto cell = [&](int i, int column) {
            const int row = rowOf(view, serials.at(i));
            return row < 0 ? QModelIndex() : view->model()->index(row, column);
        };
        QTRY_COMPARE(cell(0, DeviceCertificateModel::Platform).data().toString(), QStringLiteral("Active"));
        QTRY_COMPARE(cell(1, DeviceCertificateModel::Platform).data().toString(), QStringLiteral("Inactive"));
        QTRY_COMPARE(cell(2, DeviceCertificateModel::Platform).data().toString(),
                     QStringLiteral("Differs: Another certificate"));
        QCOMPARE(cell(1, DeviceCertificateModel::Status).data().toString(), QStringLiteral("Inactivated"));
        // The differing record is left as it was, and marked.
        QCOMPARE(cell(2, DeviceCertificateModel::Status).data().toString(), QStringLiteral("Associated"));
        QVERIFY(cell(2, 0).data(DeviceCertificateModel::DiffersFromPlatformRole).toBool());
        QVERIFY(!cell(0, 0).data(DeviceCertificateModel::DiffersFromPlatformRole).toBool());
        QVERIFY(cell(2, DeviceCertificateModel::Platform)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("disagree")));

        // Colour on top of the text: the view paints the differing row (every column) with the warning colour.
        QVERIFY(qobject_cast<ui::PlatformDifferenceDelegate*>(view->itemDelegate()));
        DelegateProbe probe;
        QCOMPARE(probe.optionFor(cell(2, DeviceCertificateModel::Device)).palette.color(QPalette::Text),
                 ui::PlatformDifferenceDelegate::differingTextColour());
        QVERIFY(probe.optionFor(cell(0, DeviceCertificateModel::Device)).palette.color(QPalette::Text)
                != ui::PlatformDifferenceDelegate::differingTextColour());

        // The CA's details count it.
        auto* counts = m_window->caDetailsPane()->findChild<QLabel*>(QStringLiteral("deviceCountsLabel"));
        QTRY_VERIFY2(counts->text().contains(QStringLiteral("1 differ from the platform")), qPrintable(counts->text()));

        // Stored, not computed by the pane: the workspace's records say the same.
        const auto stored = workspace.devices().find(*caId, serials.at(2));
        QVERIFY(stored && stored->has_value());
        QCOMPARE((*stored)->platformState, model::PlatformDeviceState::OtherCertificate);
        QVERIFY((*stored)->differsFromPlatform);
        QCOMPARE(workspace.devices().countDifferingFromPlatform(*caId).value(), 1);

        // The other certificate is deleted on the platform: the next sync records that the platform no longer holds
        // the serial (the record follows: Deleted) and clears the mark.
        remote.devices.removeAt(2);
        QTest::mouseClick(sync, Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QTRY_COMPARE(cell(2, DeviceCertificateModel::Platform).data().toString(), QStringLiteral("Not on platform"));
        QVERIFY(!cell(2, 0).data(DeviceCertificateModel::DiffersFromPlatformRole).toBool());
        QCOMPARE(cell(2, DeviceCertificateModel::Status).data().toString(), QStringLiteral("Deleted"));
        QTRY_VERIFY2(!counts->text().contains(QStringLiteral("differ")), qPrintable(counts->text()));
    }
};

QTEST_MAIN(TestDevicePlatformState)
#include "TestDevicePlatformState.moc"
