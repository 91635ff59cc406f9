#include "MainWindowTestBase.h"
#include "UiScriptedPrompter.h"
#include "UiTestWorkspace.h"

#include "tests/support/OpenSslCli.h"
#include "ui/MainWindow.h"
#include "ui/widgets/ErrorBanner.h"

#include "crypto/Certificate.h"
#include "crypto/PrivateKey.h"
#include "model/bundle/TransferBundleImporter.h"
#include "model/bundle/TransferBundleWriter.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/PendingRegistrationRepository.h"
#include "model/workspace/Workspace.h"

#include <QAction>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using iotca::test::clickButton;
using iotca::test::MainWindowTestBase;
using iotca::test::typeInto;
using namespace iotca;

namespace {

QString textOf(QWidget* parent, const QString& objectName)
{
    auto* label = parent->findChild<QLabel*>(objectName);
    return label ? label->text() : QStringLiteral("<no %1>").arg(objectName);
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

/// File → Import Bundle… through the real widgets (issue 19): the dialog shows the CA's SHA-256 fingerprint and what
/// will be recorded, the name typed there is the CA's, the CA is recorded with its key held offline and one pending
/// registration; a bundle with a changed file is refused naming it, nothing recorded.
class TestImportBundle : public MainWindowTestBase
{
    Q_OBJECT

    QTemporaryDir m_scratch;
    QString m_bundle;
    QString m_fingerprint;

private Q_SLOTS:
    void initTestCase()
    {
        const QString settings = useThrowawaySettings(QStringLiteral("tst_ui_importbundle"));
        QVERIFY2(settings.isEmpty(), qPrintable(settings));
        QVERIFY(m_scratch.isValid());
        // The offline side: a root made by the openssl CLI, its bundle written by the model as `bundle export` does.
        const QString key = m_scratch.filePath(QStringLiteral("root.key"));
        const QString certificate = m_scratch.filePath(QStringLiteral("root.crt"));
        const auto made = test::runOpenSsl(
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
             QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
             QStringLiteral("-keyout"), key, QStringLiteral("-out"), certificate, QStringLiteral("-subj"),
             QStringLiteral("/CN=Ceremony Root/O=Example"), QStringLiteral("-days"), QStringLiteral("30"),
             QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
             QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")});
        QVERIFY2(made.ok(), made.transcript().constData());
        model::TransferBundleRequest request;
        m_bundle = m_scratch.filePath(QStringLiteral("bundle"));
        request.folder = m_bundle;
        request.caName = QStringLiteral("Ceremony Root");
        request.caCertificate = crypto::Certificate::fromPem(readAll(certificate)).value();
        request.caKey = crypto::PrivateKey::fromPem(readAll(key)).value();
        request.registrations.append(
            {QStringLiteral("tencent-iothub"), QStringLiteral("0123456789abcdef0123456789abcdef"), {}, {}});
        // The offline side has no workspace in this test: the new verification certificate is recorded nowhere
        // (tst_workspace_verification_certificates checks the recording).
        request.recordVerificationCertificate = [](const crypto::Certificate&, const QString&) -> Status { return {}; };
        const auto written = model::TransferBundleWriter::write(request);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().fullText()));
        m_fingerprint = written->manifest.caSha256Fingerprint;
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

    void importShowsTheFingerprintAndRecordsTheCa()
    {
        auto* action = m_window->findChild<QAction*>(QStringLiteral("importBundleAction"));
        QVERIFY(action);
        QTRY_VERIFY(action->isEnabled());
        m_prompter->folders.enqueue(m_bundle);
        const QString fingerprint = m_fingerprint;
        m_prompter->dialogs.enqueue([fingerprint](QDialog& dialog) {
            QCOMPARE(dialog.objectName(), QStringLiteral("importBundleDialog"));
            QCOMPARE(textOf(&dialog, QStringLiteral("fingerprintLabel")), fingerprint);
            QVERIFY(textOf(&dialog, QStringLiteral("recordedLabel")).contains(QStringLiteral("tencent-iothub")));
            QVERIFY(textOf(&dialog, QStringLiteral("recordedLabel")).contains(QStringLiteral("held offline")));
            typeInto(&dialog, QStringLiteral("caNameEdit"), QStringLiteral("Root From Ceremony"));
            clickButton(&dialog, QStringLiteral("okButton"));
        });
        QSignalSpy finished(m_window.get(), &ui::MainWindow::commandFinished);
        action->trigger();
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY2(m_window->errorBanner()->isHidden(), qPrintable(m_window->errorBanner()->message()));
        QVERIFY(m_prompter->stuckDialogs.isEmpty());

        model::Workspace& workspace = m_workspace->workspace();
        const auto cas = workspace.cas().list().value();
        QCOMPARE(cas.size(), 1);
        QCOMPARE(cas.constFirst().name, QStringLiteral("Root From Ceremony"));
        QVERIFY(!cas.constFirst().hasStoredKey());
        QCOMPARE(cas.constFirst().keyReference, model::TransferBundleImporter::offlineKeyReference());
        const auto pending = model::PendingRegistrationRepository(workspace).pendingForCa(cas.constFirst().id).value();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.constFirst().registrationCode, QStringLiteral("0123456789abcdef0123456789abcdef"));
    }

    void changedFileIsRefusedNamingIt()
    {
        const QString tampered = m_scratch.filePath(QStringLiteral("tampered"));
        QVERIFY(QDir().mkpath(tampered));
        for (const QString& name : QDir(m_bundle).entryList(QDir::Files))
            QVERIFY(QFile::copy(QDir(m_bundle).filePath(name), QDir(tampered).filePath(name)));
        QFile ca(QDir(tampered).filePath(QStringLiteral("ca.pem")));
        QVERIFY(ca.open(QIODevice::ReadWrite));
        QByteArray bytes = ca.readAll();
        bytes[70] = char(bytes.at(70) ^ 0x01);
        QVERIFY(ca.seek(0) && ca.write(bytes) == bytes.size());
        ca.close();

        auto* action = m_window->findChild<QAction*>(QStringLiteral("importBundleAction"));
        QTRY_VERIFY(action->isEnabled());
        m_prompter->folders.enqueue(tampered);
        QSignalSpy finished(m_window.get(), &ui::MainWindow::commandFinished);
        action->trigger();
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(m_prompter->dialogsRun.isEmpty()); // refused before the dialog
        QVERIFY2(m_window->errorBanner()->message().contains(QStringLiteral("ca.pem")),
                 qPrintable(m_window->errorBanner()->message()));
        QVERIFY(m_workspace->workspace().cas().list().value().isEmpty());
    }
};

QTEST_MAIN(TestImportBundle)
#include "TestImportBundle.moc"
