// Devices → Re-issue… through the real widgets (issue 17: "re-issue a device certificate (new serial, same or new
// key)"): on the Devices menu and the device list's context menu with its mnemonic, the dialog says what happens to
// the old certificate before anything is done, and the re-issue for the same key, then for a new key revoking the old
// certificate, lands in the workspace and on disk; the files cross-checked with the openssl command line.
#include "MainWindowTestBase.h"
#include "UiScriptedPrompter.h"
#include "UiTestWorkspace.h"

#include "tests/support/OpenSslCli.h"
#include "ui/MainWindow.h"
#include "ui/actions/PkiActions.h"
#include "ui/panes/CaListPane.h"
#include "ui/panes/DeviceAssociationPane.h"
#include "ui/widgets/ErrorBanner.h"

#include "crypto/Certificate.h"
#include "crypto/DeviceCertificateIssuer.h"
#include "crypto/DistinguishedName.h"
#include "model/ca/CaCreator.h"
#include "model/ca/CaKeyAccess.h"
#include "model/ca/NewCaParameters.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/DeviceCertificateHistory.h"
#include "model/workspace/DeviceCertificateRepository.h"
#include "model/workspace/RevocationRepository.h"

#include <QAction>
#include <QCheckBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using iotca::test::clickButton;
using iotca::test::MainWindowTestBase;
using iotca::test::typeInto;
using namespace iotca;
using ui::MainWindow;
using ui::PkiActions;

namespace {

const auto passphrase = QStringLiteral("correct-Horse-battery-9");
const auto product = QStringLiteral("a1B2c3D4e5");

qint64 createRoot(model::Workspace& workspace)
{
    model::NewCaParameters parameters;
    parameters.name = QStringLiteral("Fleet Root");
    parameters.subject = crypto::DistinguishedName::parse(QStringLiteral("CN=Fleet Root,O=Example")).value();
    parameters.algorithm = crypto::KeyAlgorithm::EcP256;
    parameters.validityDays = 365;
    const auto id = model::CaCreator::createRoot(workspace, parameters, crypto::SecureBuffer::fromString(passphrase));
    if (!id)
        qFatal("createRoot failed: %s", qPrintable(id.error().fullText()));
    return *id;
}

/// Issues one device certificate under `caId` with crypto/ and records it, as an issue run would.
QString issueDevice(model::Workspace& workspace, qint64 caId, const QString& deviceName)
{
    const auto ca = workspace.cas().get(caId).value();
    const auto key = model::CaKeyAccess::unlock(workspace, caId, crypto::SecureBuffer::fromString(passphrase)).value();
    const auto issuer =
        crypto::DeviceCertificateIssuer::create(crypto::Certificate::fromDer(ca.certificateDer).value(), key).value();
    crypto::DeviceCertificateSpec spec;
    spec.subject = crypto::DistinguishedName::parse(QStringLiteral("CN=%1").arg(deviceName)).value();
    auto issued = issuer.issue(spec);
    if (!issued)
        qFatal("issue failed: %s", qPrintable(issued.error().fullText()));
    model::DeviceCertificateRecord record;
    record.serialHex = issued->serialNumberHex;
    record.productKey = product;
    record.deviceName = deviceName;
    record.certificateDer = issued->certificateDer;
    record.notAfter = issued->notAfter;
    if (const auto added = workspace.devices().add(caId, {record}); !added)
        qFatal("add failed: %s", qPrintable(added.error().fullText()));
    return model::DeviceCertificateRepository::normaliseSerial(issued->serialNumberHex);
}

QString textOf(QWidget* parent, const QString& objectName)
{
    auto* label = parent->findChild<QLabel*>(objectName);
    return label ? label->text() : QStringLiteral("<no %1>").arg(objectName);
}

QCheckBox* checkBox(QWidget* parent, const QString& objectName)
{
    auto* check = parent->findChild<QCheckBox*>(objectName);
    if (!check)
        qFatal("no %s", qPrintable(objectName));
    return check;
}

} // namespace

class TestReissueDevice : public MainWindowTestBase
{
    Q_OBJECT

    /// Selects the row of `serial` in the device list.
    bool selectDevice(const QString& serial)
    {
        QTableView* devices = m_window->deviceAssociationPane()->view();
        const QModelIndexList rows =
            devices->model()->match(devices->model()->index(0, 0), Qt::DisplayRole, serial, 1, Qt::MatchFixedString);
        if (rows.size() != 1)
            return false;
        devices->selectRow(rows.constFirst().row());
        return true;
    }

    QString caPem(qint64 caId) const
    {
        const QString file = m_workspace->scratch(QStringLiteral("out")) + QStringLiteral("/ca.pem");
        QFile out(file);
        const QByteArray pem =
            crypto::Certificate::fromDer(m_workspace->workspace().cas().get(caId).value().certificateDer)->toPem();
        if (!out.open(QIODevice::WriteOnly) || out.write(pem) != pem.size())
            return {};
        return file;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString settings = useThrowawaySettings(QStringLiteral("tst_ui_reissuedevice"));
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

    void reissueForTheSameKeyThenForANewKeyRevokingTheOld()
    {
        model::Workspace& workspace = m_workspace->workspace();
        const qint64 root = createRoot(workspace);
        const QString first = issueDevice(workspace, root, QStringLiteral("sensor-0001"));
        issueDevice(workspace, root, QStringLiteral("sensor-0002"));
        QTRY_VERIFY(m_window->caListPane()->selectCa(root));
        QTableView* devices = m_window->deviceAssociationPane()->view();
        QTRY_COMPARE(devices->model()->rowCount(), 2);

        // On the Devices menu and the device list's context menu, with a mnemonic, for one selected device only.
        QAction* reissue = m_window->pkiActions()->action(PkiActions::ReissueDevice);
        QCOMPARE(reissue->text(), QStringLiteral("Re-&issue…"));
        QVERIFY(devices->actions().contains(reissue));
        auto* devicesMenu = m_window->findChild<QMenu*>(QStringLiteral("devicesMenu"));
        QVERIFY(devicesMenu && devicesMenu->actions().contains(reissue));
        devices->selectAll();
        QTRY_VERIFY(!reissue->isEnabled());
        QVERIFY(selectDevice(first));
        QTRY_VERIFY(reissue->isEnabled());

        // The dialog says what happens to the old certificate, and follows the choices; Cancel does nothing.
        const QString folder = m_workspace->scratch(QStringLiteral("reissued"));
        m_prompter->dialogs.enqueue([first](QDialog& dialog) {
            QCOMPARE(dialog.objectName(), QStringLiteral("reissueDialog"));
            QVERIFY(textOf(&dialog, QStringLiteral("introLabel")).contains(first));
            const QString kept = textOf(&dialog, QStringLiteral("consequenceLabel"));
            QVERIFY2(kept.contains(QStringLiteral("stays valid until it expires or you revoke it")), qPrintable(kept));
            QVERIFY2(kept.contains(QStringLiteral("keeps its private key")), qPrintable(kept));
            checkBox(&dialog, QStringLiteral("revokeOldCheck"))->click();
            const QString revoked = textOf(&dialog, QStringLiteral("consequenceLabel"));
            QVERIFY2(revoked.contains(QStringLiteral("is revoked (reason superseded)")), qPrintable(revoked));
            clickButton(&dialog, QStringLiteral("cancelButton"));
        });
        QSignalSpy finished(m_window.get(), &MainWindow::commandFinished);
        reissue->trigger();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(*workspace.devices().count(root), qint64(2));

        // The same key: an output folder, OK, then the CA's passphrase.
        m_prompter->dialogs.enqueue([folder](QDialog& dialog) {
            QCOMPARE(dialog.objectName(), QStringLiteral("reissueDialog"));
            QVERIFY(!checkBox(&dialog, QStringLiteral("newKeyCheck"))->isChecked());
            typeInto(&dialog, QStringLiteral("outputFolderEdit"), folder);
            clickButton(&dialog, QStringLiteral("okButton"));
        });
        m_prompter->dialogs.enqueue([](QDialog& dialog) {
            QCOMPARE(dialog.objectName(), QStringLiteral("passphraseDialog"));
            typeInto(&dialog, QStringLiteral("passphraseEdit"), passphrase);
            clickButton(&dialog, QStringLiteral("okButton"));
        });
        reissue->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
        QVERIFY2(m_window->errorBanner()->isHidden(), qPrintable(m_window->errorBanner()->message()));
        QTRY_COMPARE(devices->model()->rowCount(), 3);

        const auto second = workspace.devices().findByDevice(product, QStringLiteral("sensor-0001")).value().value();
        QVERIFY(second.serialHex != first);
        QCOMPARE(second.generation, 2);
        QCOMPARE(second.supersedesSerial, first);
        const auto old = workspace.devices().find(root, first).value().value();
        QCOMPARE(crypto::Certificate::fromDer(second.certificateDer)->publicKeyDer(),
                 crypto::Certificate::fromDer(old.certificateDer)->publicKeyDer());
        QVERIFY(!model::RevocationRepository(workspace).find(root, first).value().has_value());
        QCOMPARE(*model::DeviceCertificateHistory::supersededSerials(workspace, root), QSet<QString> {first});
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 1); // the certificate only: the device keeps its key
        const QString caFile = caPem(root);
        const auto verified = test::runOpenSsl({QStringLiteral("verify"), QStringLiteral("-x509_strict"),
                                                QStringLiteral("-CAfile"), caFile, second.exportedPath});
        QVERIFY2(verified.ok(), verified.transcript().constData());

        // A new key, revoking the certificate it supersedes.
        const QString newKeyFolder = m_workspace->scratch(QStringLiteral("new-key"));
        QVERIFY(selectDevice(second.serialHex));
        QTRY_VERIFY(reissue->isEnabled());
        m_prompter->dialogs.enqueue([newKeyFolder](QDialog& dialog) {
            checkBox(&dialog, QStringLiteral("newKeyCheck"))->click();
            checkBox(&dialog, QStringLiteral("revokeOldCheck"))->click();
            QVERIFY(textOf(&dialog, QStringLiteral("consequenceLabel")).contains(QStringLiteral("new key pair")));
            typeInto(&dialog, QStringLiteral("outputFolderEdit"), newKeyFolder);
            clickButton(&dialog, QStringLiteral("okButton"));
        });
        m_prompter->dialogs.enqueue([](QDialog& dialog) {
            typeInto(&dialog, QStringLiteral("passphraseEdit"), passphrase);
            clickButton(&dialog, QStringLiteral("okButton"));
        });
        reissue->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 30000);
        QVERIFY2(m_window->errorBanner()->isHidden(), qPrintable(m_window->errorBanner()->message()));
        QTRY_COMPARE(devices->model()->rowCount(), 4);
        const auto third = workspace.devices().findByDevice(product, QStringLiteral("sensor-0001")).value().value();
        QCOMPARE(third.generation, 3);
        QCOMPARE(third.supersedesSerial, second.serialHex);
        QVERIFY(crypto::Certificate::fromDer(third.certificateDer)->publicKeyDer()
                != crypto::Certificate::fromDer(second.certificateDer)->publicKeyDer());
        const auto revocation = model::RevocationRepository(workspace).find(root, second.serialHex).value();
        QVERIFY(revocation.has_value());
        QCOMPARE(revocation->reason, crypto::RevocationReason::Superseded);
        QCOMPARE(QDir(newKeyFolder).entryList(QDir::Files).size(), 2); // certificate and key
        const auto keyMatches = test::runOpenSsl({QStringLiteral("verify"), QStringLiteral("-x509_strict"),
                                                  QStringLiteral("-CAfile"), caFile, third.exportedPath});
        QVERIFY2(keyMatches.ok(), keyMatches.transcript().constData());
    }
};

QTEST_MAIN(TestReissueDevice)
#include "TestReissueDevice.moc"
