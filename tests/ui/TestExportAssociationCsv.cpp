#include "MainWindowTestBase.h"
#include "UiScriptedPrompter.h"
#include "UiTestWorkspace.h"
#include "ui/MainWindow.h"
#include "ui/actions/MainActions.h"
#include "ui/dialogs/ExportAssociationCsvDialog.h"
#include "ui/panes/CaListPane.h"
#include "ui/widgets/ErrorBanner.h"

#include "crypto/DistinguishedName.h"
#include "model/ca/CaCreator.h"
#include "model/ca/NewCaParameters.h"
#include "model/workspace/DeviceCertificateRepository.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using iotca::test::clickButton;
using iotca::test::MainWindowTestBase;
using iotca::test::typeInto;
using namespace iotca;
using ui::MainActions;
using ui::MainWindow;

namespace {

qint64 createCa(model::Workspace& workspace)
{
    model::NewCaParameters parameters;
    parameters.name = QStringLiteral("Export Root");
    parameters.subject = crypto::DistinguishedName::parse(QStringLiteral("CN=Export Root,O=Example")).value();
    parameters.algorithm = crypto::KeyAlgorithm::EcP256;
    const auto id = model::CaCreator::createRoot(workspace, parameters,
                                                 crypto::SecureBuffer::fromString(QStringLiteral("export-Pass-9")));
    if (!id)
        qFatal("createRoot failed: %s", qPrintable(id.error().fullText()));
    return id.value();
}

/// Records `count` devices of `product` (the export reads the records only; their DER is not parsed).
bool recordDevices(model::Workspace& workspace, qint64 caId, const QString& product, int count, int firstSerial)
{
    QList<model::DeviceCertificateRecord> records;
    for (int i = 0; i < count; ++i) {
        model::DeviceCertificateRecord record;
        record.serialHex = QStringLiteral("%1").arg(firstSerial + i, 6, 16, QLatin1Char('0')).toUpper();
        record.productKey = product;
        record.deviceName = QStringLiteral("%1-dev-%2").arg(product).arg(i + 1);
        record.certificateDer = QByteArray(64, char(i + 1));
        record.notAfter = QDateTime::currentDateTimeUtc().addDays(365);
        records.append(record);
    }
    return workspace.devices().add(caId, records).ok();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

/// Devices → Export Association CSV…, driven through the real menu action and dialog widgets: the CSV of the selected
/// CA's recorded devices for the chosen product, and the refusal of an existing file inside the dialog.
class TestExportAssociationCsv : public MainWindowTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString settings = useThrowawaySettings(QStringLiteral("tst_ui_exportassociationcsv"));
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

    void exportsTheChosenProduct()
    {
        model::Workspace& workspace = m_workspace->workspace();
        const qint64 caId = createCa(workspace);
        QVERIFY(recordDevices(workspace, caId, QStringLiteral("pka"), 3, 0x100));
        QVERIFY(recordDevices(workspace, caId, QStringLiteral("pkb"), 2, 0x200));
        QTRY_VERIFY(m_window->caListPane()->selectCa(caId));
        QAction* action = m_window->actions()->action(MainActions::ExportAssociationCsv);
        QTRY_VERIFY(action->isEnabled());
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));

        const QString taken = QDir(m_workspace->scratch(QStringLiteral("csv"))).filePath(QStringLiteral("taken.csv"));
        QFile takenFile(taken);
        QVERIFY(takenFile.open(QIODevice::WriteOnly));
        takenFile.write("mine");
        takenFile.close();
        const QString file = QDir(m_workspace->scratch(QStringLiteral("csv"))).filePath(QStringLiteral("pkb.csv"));
        m_prompter->dialogs.enqueue([&](QDialog& dialog) {
            QCOMPARE(dialog.objectName(), QStringLiteral("exportAssociationCsvDialog"));
            auto* products = dialog.findChild<QComboBox*>(QStringLiteral("productCombo"));
            QVERIFY(products);
            QCOMPARE(products->count(), 2);
            QCOMPARE(products->itemText(0), QStringLiteral("pka"));
            products->setCurrentIndex(1);
            // An existing file is refused inside the dialog; then a new one is taken.
            typeInto(&dialog, QStringLiteral("csvFileEdit"), taken);
            clickButton(&dialog, QStringLiteral("okButton"));
            QVERIFY(dialog.isVisible());
            QVERIFY2(static_cast<ui::ExportAssociationCsvDialog&>(dialog).validationMessage().contains(
                         QStringLiteral("already exists")),
                     qPrintable(static_cast<ui::ExportAssociationCsvDialog&>(dialog).validationMessage()));
            typeInto(&dialog, QStringLiteral("csvFileEdit"), file);
            clickButton(&dialog, QStringLiteral("okButton"));
        });
        QSignalSpy finished(m_window.get(), &MainWindow::commandFinished);
        action->trigger();
        QVERIFY(finished.count() > 0 || finished.wait(30000));
        QVERIFY2(m_window->errorBanner()->isHidden(), qPrintable(m_window->errorBanner()->message()));
        QCOMPARE(readFile(file),
                 QByteArray("ProductKey,DeviceName,CertSN\r\npkb,pkb-dev-1,0200\r\n"
                            "pkb,pkb-dev-2,0201\r\n"));
        QCOMPARE(readFile(taken), QByteArray("mine"));
    }

    void aCaWithoutDevicesSaysSo()
    {
        const qint64 caId = createCa(m_workspace->workspace());
        QTRY_VERIFY(m_window->caListPane()->selectCa(caId));
        QSignalSpy finished(m_window.get(), &MainWindow::commandFinished);
        m_window->actions()->action(MainActions::ExportAssociationCsv)->trigger();
        QVERIFY(finished.count() > 0 || finished.wait(30000));
        QVERIFY(!m_window->errorBanner()->isHidden());
        QVERIFY2(m_window->errorBanner()->message().contains(QStringLiteral("nothing to export")),
                 qPrintable(m_window->errorBanner()->message()));
    }
};

QTEST_MAIN(TestExportAssociationCsv)
#include "TestExportAssociationCsv.moc"
