#include "MainWindowTestBase.h"
#include "UiScriptedPrompter.h"
#include "UiTestWorkspace.h"

#include "crypto/DistinguishedName.h"
#include "model/ca/CaCreator.h"
#include "model/ca/NewCaParameters.h"
#include "model/workspace/DeviceCertificateRecord.h"
#include "model/workspace/DeviceCertificateRepository.h"
#include "ui/MainWindow.h"
#include "ui/actions/MainActions.h"
#include "ui/dialogs/JobProgressDialog.h"
#include "ui/panes/CaListPane.h"
#include "ui/widgets/ErrorBanner.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using iotca::test::clickButton;
using iotca::test::MainWindowTestBase;
using iotca::test::typeInto;
using namespace iotca;
using ui::MainActions;
using ui::MainWindow;

namespace {

const auto passphrase = QStringLiteral("archive-Horse-battery-9");

qint64 createCa(model::Workspace& workspace)
{
    model::NewCaParameters parameters;
    parameters.name = QStringLiteral("Archive Root");
    parameters.subject = crypto::DistinguishedName::parse(QStringLiteral("CN=Archive Root,O=Example")).value();
    parameters.algorithm = crypto::KeyAlgorithm::EcP256;
    parameters.validityDays = 365;
    const auto id = model::CaCreator::createRoot(workspace, parameters, crypto::SecureBuffer::fromString(passphrase));
    if (!id)
        qFatal("createRoot failed: %s", qPrintable(id.error().fullText()));
    return id.value();
}

} // namespace

/// The Issue Devices dialog's "Write one archive (.zip)" (issue 21): the file chooser, the job in archive mode, the
/// rows pointing at the archive, and no per-device files.
class TestIssueArchive : public MainWindowTestBase
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const QString settings = useThrowawaySettings(QStringLiteral("tst_ui_issuearchive"));
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

    void issueIntoOneArchive()
    {
        const qint64 caId = createCa(m_workspace->workspace());
        QTRY_VERIFY(m_window->caListPane()->selectCa(caId));
        const QString folder = m_workspace->scratch(QStringLiteral("archive"));
        const QString archive = QDir(folder).filePath(QStringLiteral("sensors.zip"));
        m_prompter->saveFiles.enqueue(archive);
        m_prompter->dialogs.enqueue([](QDialog& dialog) {
            typeInto(&dialog, QStringLiteral("productEdit"), QStringLiteral("a1B2c3D4e5"));
            dialog.findChild<QPlainTextEdit*>(QStringLiteral("namesEdit"))
                ->setPlainText(QStringLiteral("sensor-0001\nsensor-0002\nsensor-0003"));
            auto* writeArchive = dialog.findChild<QCheckBox*>(QStringLiteral("writeArchiveCheck"));
            QVERIFY(writeArchive);
            auto* archiveEdit = dialog.findChild<QLineEdit*>(QStringLiteral("archiveEdit"));
            QVERIFY(!archiveEdit->isEnabled());
            QTest::keyClick(writeArchive, Qt::Key_Space);
            QVERIFY(writeArchive->isChecked());
            QVERIFY(archiveEdit->isEnabled());
            QVERIFY(!dialog.findChild<QLineEdit*>(QStringLiteral("outputFolderEdit"))->isEnabled());
            // Through the chooser, as a user would.
            clickButton(&dialog, QStringLiteral("archiveEditButton"));
            QVERIFY(!archiveEdit->text().isEmpty());
            clickButton(&dialog, QStringLiteral("okButton"));
        });
        m_prompter->dialogs.enqueue([](QDialog& dialog) {
            QCOMPARE(dialog.objectName(), QStringLiteral("passphraseDialog"));
            typeInto(&dialog, QStringLiteral("passphraseEdit"), passphrase);
            clickButton(&dialog, QStringLiteral("okButton"));
        });
        m_prompter->dialogs.enqueue([](QDialog& dialog) {
            auto* progress = qobject_cast<iotca::ui::JobProgressDialog*>(&dialog);
            QVERIFY(progress);
            QTRY_VERIFY_WITH_TIMEOUT(progress->isJobFinished(), 60000);
            QVERIFY2(progress->outcome().ok(), qPrintable(progress->outcome().error().fullText()));
            clickButton(&dialog, QStringLiteral("closeButton"));
        });
        QSignalSpy finished(m_window.get(), &MainWindow::commandFinished);
        m_window->actions()->action(MainActions::IssueDevices)->trigger();
        QVERIFY(finished.count() > 0 || finished.wait(60000));
        QVERIFY2(m_window->errorBanner()->isHidden(), qPrintable(m_window->errorBanner()->message()));

        // One archive and nothing else in the folder; three rows pointing at it.
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList {QStringLiteral("sensors.zip")});
        const auto devices = m_workspace->workspace().devices().listForCa(caId);
        QVERIFY(devices);
        QCOMPARE(devices->size(), 3);
        for (const model::DeviceCertificateRecord& device : *devices)
            QCOMPARE(device.exportedPath, archive);
        // Its entries, read by unzip (Info-ZIP, not the library that wrote it).
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), {QStringLiteral("-Z1"), archive});
        QVERIFY(unzip.waitForFinished(30000));
        QStringList entries =
            QString::fromUtf8(unzip.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        entries.sort();
        QCOMPARE(entries.size(), 3 * 2 + 2);
        QVERIFY(entries.contains(QStringLiteral("SHA256SUMS")));
        QVERIFY(entries.contains(QStringLiteral("sensors.csv")));
    }
};

QTEST_MAIN(TestIssueArchive)
#include "TestIssueArchive.moc"
