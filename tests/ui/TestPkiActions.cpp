#include "MainWindowTestBase.h"
#include "UiScriptedPrompter.h"
#include "UiTestWorkspace.h"

#include "tests/support/OpenSslCli.h"
#include "ui/MainWindow.h"
#include "ui/actions/MainActions.h"
#include "ui/actions/PkiActions.h"
#include "ui/panes/CaListPane.h"
#include "ui/panes/DeviceAssociationPane.h"
#include "ui/widgets/ErrorBanner.h"

#include "crypto/Certificate.h"
#include "crypto/DeviceCertificateIssuer.h"
#include "crypto/DistinguishedName.h"
#include "crypto/Pkcs12.h"
#include "crypto/VerificationCertificate.h"
#include "model/ca/CaCreator.h"
#include "model/ca/CaImporter.h"
#include "model/ca/CaKeyAccess.h"
#include "model/ca/NewCaParameters.h"
#include "model/models/CaTreeModel.h"
#include "model/models/DeviceCertificateModel.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/DeviceCertificateRecord.h"
#include "model/workspace/DeviceCertificateRepository.h"
#include "model/workspace/RevocationRepository.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using iotca::test::clickButton;
using iotca::test::MainWindowTestBase;
using iotca::test::typeInto;
using namespace iotca;
using ui::MainWindow;
using ui::PkiActions;

namespace {
const auto passphrase = QStringLiteral("correct-Horse-battery-9");

model::NewCaParameters caParameters(const QString& name, int days = 365)
{
    model::NewCaParameters parameters;
    parameters.name = name;
    parameters.subject = crypto::DistinguishedName::parse(QStringLiteral("CN=%1,O=Example").arg(name)).value();
    parameters.algorithm = crypto::KeyAlgorithm::EcP256;
    parameters.validityDays = days;
    return parameters;
}

qint64 createRoot(model::Workspace& workspace, const QString& name, int days = 365)
{
    const auto id =
        model::CaCreator::createRoot(workspace, caParameters(name, days), crypto::SecureBuffer::fromString(passphrase));
    if (!id)
        qFatal("createRoot failed: %s", qPrintable(id.error().fullText()));
    return *id;
}

qint64 createIntermediate(model::Workspace& workspace, const QString& name, qint64 parentId)
{
    const auto key = model::CaKeyAccess::unlock(workspace, parentId, crypto::SecureBuffer::fromString(passphrase));
    if (!key)
        qFatal("unlock failed: %s", qPrintable(key.error().fullText()));
    const auto id = model::CaCreator::createIntermediate(workspace, caParameters(name, 200),
                                                         crypto::SecureBuffer::fromString(passphrase), parentId, *key);
    if (!id)
        qFatal("createIntermediate failed: %s", qPrintable(id.error().fullText()));
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
    spec.validityDays = 90;
    auto issued = issuer.issue(spec);
    if (!issued)
        qFatal("issue failed: %s", qPrintable(issued.error().fullText()));
    model::DeviceCertificateRecord record;
    record.serialHex = issued->serialNumberHex;
    record.productKey = QStringLiteral("a1B2c3D4e5");
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

/// The row of the CA list (through the view's own model, i.e. after sorting and filtering) whose name is `name`.
QModelIndex findCa(QAbstractItemModel* model, const QString& name, const QModelIndex& parent = {})
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data().toString() == name)
            return index;
        if (const QModelIndex found = findCa(model, name, index); found.isValid())
            return found;
    }
    return {};
}

QString writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return QStringLiteral("cannot write ") + path;
    return {};
}
} // namespace

/// The CA tool actions of issue 17 through the real widgets: the CA tree (issuer → children, "issuer not in
/// workspace", expiring and revoked), Export Chain…, one device certificate's dialog with its exports and Delete
/// Record…, Revoke… and Publish CRL…; files cross-checked with the openssl command line.
class TestPkiActions : public MainWindowTestBase
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const QString settings = useThrowawaySettings(QStringLiteral("tst_ui_pkiactions"));
        QVERIFY2(settings.isEmpty(), qPrintable(settings));
    }

    void init()
    {
        const QString opened = openWindow();
        QVERIFY2(opened.isEmpty(), qPrintable(opened));
    }

    /// A path in a scratch folder of the test's workspace (the file itself does not exist yet).
    [[nodiscard]] QString outPath(const QString& name) const
    {
        return m_workspace->scratch(QStringLiteral("out")) + QLatin1Char('/') + name;
    }

    void cleanup()
    {
        const QString closed = closeWindow();
        QVERIFY2(closed.isEmpty(), qPrintable(closed));
    }

    void caTreeShowsIssuersAndChildren()
    {
        model::Workspace& workspace = m_workspace->workspace();
        const qint64 root = createRoot(workspace, QStringLiteral("Fleet Root"));
        const qint64 issuing = createIntermediate(workspace, QStringLiteral("Fleet Issuing"), root);
        createRoot(workspace, QStringLiteral("Short Root"), 10);
        // An intermediate whose root is kept in another workspace.
        test::UiTestWorkspace elsewhere;
        QVERIFY(elsewhere.isValid());
        const qint64 otherRoot = createRoot(elsewhere.workspace(), QStringLiteral("Other Root"));
        const qint64 otherIssuing =
            createIntermediate(elsewhere.workspace(), QStringLiteral("Other Issuing"), otherRoot);
        const QByteArray otherDer = elsewhere.workspace().cas().get(otherIssuing).value().certificateDer;
        QVERIFY(model::CaImporter::importCertificateOnly(workspace, QStringLiteral("Other Issuing"), otherDer,
                                                         QStringLiteral("offline"))
                    .ok());

        QTreeView* view = m_window->caListPane()->view();
        QAbstractItemModel* model = view->model();
        QTRY_COMPARE(model->rowCount(), 3); // Fleet Root, Other Issuing, Short Root at the top
        const QModelIndex rootIndex = findCa(model, QStringLiteral("Fleet Root"));
        QVERIFY(rootIndex.isValid());
        QVERIFY(!rootIndex.parent().isValid());
        QCOMPARE(model->rowCount(rootIndex), 1);
        QCOMPARE(model->index(0, 0, rootIndex).data().toString(), QStringLiteral("Fleet Issuing"));
        QVERIFY(view->isExpanded(rootIndex));

        const int validity = model::CaTreeModel::Validity;
        const QModelIndex other = findCa(model, QStringLiteral("Other Issuing"));
        QVERIFY(!other.parent().isValid());
        QVERIFY(other.data(model::CaTreeModel::IssuerMissingRole).toBool());
        QVERIFY2(other.siblingAtColumn(validity).data().toString().contains(QStringLiteral("issuer not in workspace")),
                 qPrintable(other.siblingAtColumn(validity).data().toString()));
        QCOMPARE(rootIndex.siblingAtColumn(validity).data().toString(), QStringLiteral("Valid"));
        const QModelIndex shortRoot = findCa(model, QStringLiteral("Short Root"));
        QVERIFY2(shortRoot.siblingAtColumn(validity).data().toString().startsWith(QStringLiteral("Expires in")),
                 qPrintable(shortRoot.siblingAtColumn(validity).data().toString()));

        // Revoking the intermediate (what `iotca ca revoke` does) shows it as revoked, in place.
        QVERIFY(m_window->caListPane()->selectCa(issuing));
        model::RevocationRepository revocations(workspace);
        QVERIFY(
            revocations
                .revoke(root, {workspace.cas().get(issuing).value().serialHex}, crypto::RevocationReason::Superseded)
                .ok());
        const QModelIndex revoked = findCa(model, QStringLiteral("Fleet Issuing"));
        QCOMPARE(revoked.siblingAtColumn(validity).data().toString(), QStringLiteral("Revoked"));
        QCOMPARE(m_window->caListPane()->currentCaId(), issuing);

        // The filter keeps a match's issuers shown.
        QTest::keyClicks(m_window->caListPane()->filterEdit(), QStringLiteral("fleet issuing"));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Fleet Root"));
        QCOMPARE(model->rowCount(model->index(0, 0)), 1);
    }

    void exportChainWritesTheCaAndItsIssuers()
    {
        model::Workspace& workspace = m_workspace->workspace();
        const qint64 root = createRoot(workspace, QStringLiteral("Fleet Root"));
        const qint64 issuing = createIntermediate(workspace, QStringLiteral("Fleet Issuing"), root);
        QTRY_VERIFY(m_window->caListPane()->selectCa(issuing));
        QAction* exportChain = m_window->pkiActions()->action(PkiActions::ExportChain);
        QTRY_VERIFY(exportChain->isEnabled());

        const QString file = outPath(QStringLiteral("issuing-chain.pem"));
        m_prompter->dialogs.enqueue([file](QDialog& dialog) {
            QCOMPARE(dialog.objectName(), QStringLiteral("exportChainDialog"));
            QVERIFY(textOf(&dialog, QStringLiteral("introLabel")).contains(QStringLiteral("2 certificate")));
            typeInto(&dialog, QStringLiteral("fileEdit"), file);
            clickButton(&dialog, QStringLiteral("okButton"));
        });
        QSignalSpy finished(m_window.get(), &MainWindow::commandFinished);
        exportChain->trigger();
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY2(m_window->errorBanner()->isHidden(), qPrintable(m_window->errorBanner()->message()));

        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const auto certificates = crypto::Certificate::allFromPem(written.readAll());
        QVERIFY(certificates);
        QCOMPARE(certificates->size(), 2);
        QCOMPARE(certificates->at(0).subjectString(), QStringLiteral("CN=Fleet Issuing,O=Example"));
        QVERIFY(certificates->at(1).isSelfSigned());
        // openssl itself: the intermediate verifies against the root of the bundle.
        const QString rootFile = outPath(QStringLiteral("root.pem"));
        const QString intermediateFile = outPath(QStringLiteral("intermediate.pem"));
        QVERIFY(writeFile(rootFile, certificates->at(1).toPem()).isEmpty());
        QVERIFY(writeFile(intermediateFile, certificates->at(0).toPem()).isEmpty());
        const auto verified = test::runOpenSsl({QStringLiteral("verify"), QStringLiteral("-x509_strict"),
                                                QStringLiteral("-CAfile"), rootFile, intermediateFile});
        QVERIFY2(verified.ok(), verified.transcript().constData());
    }

    void deviceCertificateDialogShowsExportsAndDeletes()
    {
        model::Workspace& workspace = m_workspace->workspace();
        const qint64 root = createRoot(workspace, QStringLiteral("Fleet Root"));
        const qint64 issuing = createIntermediate(workspace, QStringLiteral("Fleet Issuing"), root);
        const QString serial = issueDevice(workspace, issuing, QStringLiteral("sensor-0001"));
        QTRY_VERIFY(m_window->caListPane()->selectCa(issuing));
        QTableView* devices = m_window->deviceAssociationPane()->view();
        QTRY_COMPARE(devices->model()->rowCount(), 1);
        const auto certificate =
            crypto::Certificate::fromDer(workspace.devices().find(issuing, serial).value()->certificateDer).value();

        const QString chainFile = outPath(QStringLiteral("sensor-0001-chain.pem"));
        m_prompter->answers.enqueue(ui::Prompter::Answer::No); // Delete Record…: keep it
        m_prompter->dialogs.enqueue([&, chainFile](QDialog& dialog) {
            QCOMPARE(dialog.objectName(), QStringLiteral("deviceCertificateDialog"));
            QCOMPARE(textOf(&dialog, QStringLiteral("serialValue")), certificate.serialNumberHex());
            QCOMPARE(textOf(&dialog, QStringLiteral("subjectValue")), QStringLiteral("CN=sensor-0001"));
            QCOMPARE(textOf(&dialog, QStringLiteral("sha256Value")),
                     crypto::Certificate::fingerprintText(certificate.sha256Fingerprint()));
            QCOMPARE(textOf(&dialog, QStringLiteral("sha1Value")),
                     crypto::Certificate::fingerprintText(certificate.sha1Fingerprint()));
            QVERIFY(textOf(&dialog, QStringLiteral("keyUsageValue")).contains(QStringLiteral("Digital Signature")));
            // In words, as the CA details say them, not RFC 5280's identifiers (which the CLI keeps for scripts).
            QVERIFY(textOf(&dialog, QStringLiteral("extendedKeyUsageValue"))
                        .contains(QStringLiteral("TLS client authentication")));
            QCOMPARE(textOf(&dialog, QStringLiteral("basicConstraintsValue")), QStringLiteral("Not a CA"));
            QCOMPARE(textOf(&dialog, QStringLiteral("revocationValue")), QStringLiteral("Not revoked"));
            QCOMPARE(textOf(&dialog, QStringLiteral("platformStateValue")), QStringLiteral("Issued"));
            auto* history = dialog.findChild<QTreeWidget*>(QStringLiteral("historyList"));
            QVERIFY(history && history->topLevelItemCount() >= 1);

            // Export with Chain… asks for the file in its own dialog.
            m_prompter->dialogs.enqueue([chainFile](QDialog& fileDialog) {
                QCOMPARE(fileDialog.objectName(), QStringLiteral("exportDeviceCertificateDialog"));
                typeInto(&fileDialog, QStringLiteral("fileEdit"), chainFile);
                clickButton(&fileDialog, QStringLiteral("okButton"));
            });
            clickButton(&dialog, QStringLiteral("exportChainButton"));
            clickButton(&dialog, QStringLiteral("copyPemButton"));
            QCOMPARE(QApplication::clipboard()->text().toLatin1(), certificate.toPem());
            clickButton(&dialog, QStringLiteral("deleteRecordButton")); // answered No
            QVERIFY(dialog.isVisible());
            clickButton(&dialog, QStringLiteral("closeButton"));
        });
        QSignalSpy finished(m_window.get(), &MainWindow::commandFinished);
        devices->setFocus();
        devices->selectRow(0);
        QTest::keyClick(devices, Qt::Key_Return);
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(m_prompter->errors.isEmpty());
        QVERIFY(workspace.devices().find(issuing, serial).value().has_value());

        // The file: the device certificate, then the intermediate and the root; openssl verifies the path.
        QFile written(chainFile);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const auto chain = crypto::Certificate::allFromPem(written.readAll());
        QVERIFY(chain);
        QCOMPARE(chain->size(), 3);
        QVERIFY(chain->at(0) == certificate);
        const QString rootFile = outPath(QStringLiteral("root.pem"));
        const QString untrustedFile = outPath(QStringLiteral("untrusted.pem"));
        const QString leafFile = outPath(QStringLiteral("leaf.pem"));
        QVERIFY(writeFile(rootFile, chain->at(2).toPem()).isEmpty());
        QVERIFY(writeFile(untrustedFile, chain->at(1).toPem()).isEmpty());
        QVERIFY(writeFile(leafFile, chain->at(0).toPem()).isEmpty());
        const auto verified =
            test::runOpenSsl({QStringLiteral("verify"), QStringLiteral("-x509_strict"), QStringLiteral("-CAfile"),
                              rootFile, QStringLiteral("-untrusted"), untrustedFile, leafFile});
        QVERIFY2(verified.ok(), verified.transcript().constData());

        // Delete Record…, confirmed this time: the record goes and the dialog closes.
        m_prompter->answers.enqueue(ui::Prompter::Answer::Yes);
        m_prompter->dialogs.enqueue([](QDialog& dialog) {
            clickButton(&dialog, QStringLiteral("deleteRecordButton"));
            QVERIFY(!dialog.isVisible());
        });
        QAction* show = m_window->pkiActions()->action(PkiActions::ShowDeviceCertificate);
        devices->selectRow(0);
        QTRY_VERIFY(show->isEnabled());
        show->trigger();
        QTRY_COMPARE(finished.count(), 2);
        QVERIFY(!workspace.devices().find(issuing, serial).value().has_value());
        QTRY_COMPARE(devices->model()->rowCount(), 0);
    }

    void revokeThenPublishCrl()
    {
        model::Workspace& workspace = m_workspace->workspace();
        const qint64 root = createRoot(workspace, QStringLiteral("Fleet Root"));
        const QString revokedSerial = issueDevice(workspace, root, QStringLiteral("sensor-0001"));
        issueDevice(workspace, root, QStringLiteral("sensor-0002"));
        QTRY_VERIFY(m_window->caListPane()->selectCa(root));
        QTableView* devices = m_window->deviceAssociationPane()->view();
        QTRY_COMPARE(devices->model()->rowCount(), 2);
        const QModelIndexList rows = devices->model()->match(devices->model()->index(0, 0), Qt::DisplayRole,
                                                             revokedSerial, 1, Qt::MatchFixedString);
        QCOMPARE(rows.size(), 1);
        devices->selectRow(rows.constFirst().row());
        QAction* revoke = m_window->pkiActions()->action(PkiActions::RevokeDevices);
        QTRY_VERIFY(revoke->isEnabled());

        // Cancel first: nothing is revoked.
        m_prompter->dialogs.enqueue([](QDialog& dialog) {
            QCOMPARE(dialog.objectName(), QStringLiteral("revokeDialog"));
            clickButton(&dialog, QStringLiteral("cancelButton"));
        });
        QSignalSpy finished(m_window.get(), &MainWindow::commandFinished);
        revoke->trigger();
        QTRY_COMPARE(finished.count(), 1);
        model::RevocationRepository revocations(workspace);
        QVERIFY(!revocations.find(root, revokedSerial).value().has_value());

        m_prompter->dialogs.enqueue([](QDialog& dialog) {
            auto* reason = dialog.findChild<QComboBox*>(QStringLiteral("reasonCombo"));
            QVERIFY(reason);
            reason->setFocus();
            QTest::keyClick(reason, Qt::Key_Down); // keyCompromise follows unspecified
            QVERIFY(reason->currentText().contains(QStringLiteral("keyCompromise")));
            clickButton(&dialog, QStringLiteral("okButton"));
        });
        revoke->trigger();
        QTRY_COMPARE(finished.count(), 2);
        const auto revocation = revocations.find(root, revokedSerial).value();
        QVERIFY(revocation.has_value());
        QCOMPARE(revocation->reason, crypto::RevocationReason::KeyCompromise);

        // Publish CRL…: file and days, then the CA's passphrase.
        const QString crlFile = outPath(QStringLiteral("fleet.crl"));
        m_prompter->dialogs.enqueue([crlFile](QDialog& dialog) {
            QCOMPARE(dialog.objectName(), QStringLiteral("publishCrlDialog"));
            typeInto(&dialog, QStringLiteral("fileEdit"), crlFile);
            auto* days = dialog.findChild<QSpinBox*>(QStringLiteral("daysSpin"));
            QVERIFY(days);
            days->setValue(7);
            clickButton(&dialog, QStringLiteral("okButton"));
        });
        m_prompter->dialogs.enqueue([](QDialog& dialog) {
            QCOMPARE(dialog.objectName(), QStringLiteral("passphraseDialog"));
            typeInto(&dialog, QStringLiteral("passphraseEdit"), passphrase);
            clickButton(&dialog, QStringLiteral("okButton"));
        });
        QAction* publish = m_window->pkiActions()->action(PkiActions::PublishCrl);
        QVERIFY(publish->isEnabled());
        publish->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 30000);
        QVERIFY2(m_window->errorBanner()->isHidden(), qPrintable(m_window->errorBanner()->message()));

        const QString caFile = outPath(QStringLiteral("ca.pem"));
        QVERIFY(
            writeFile(caFile, crypto::Certificate::fromDer(workspace.cas().get(root).value().certificateDer)->toPem())
                .isEmpty());
        const auto crl =
            test::runOpenSsl({QStringLiteral("crl"), QStringLiteral("-in"), crlFile, QStringLiteral("-CAfile"), caFile,
                              QStringLiteral("-verify"), QStringLiteral("-noout"), QStringLiteral("-text")});
        QVERIFY2(crl.ok(), crl.transcript().constData());
        QVERIFY2(crl.transcript().contains("verify OK"), crl.transcript().constData());
        QVERIFY2(crl.standardOutput.contains(revokedSerial.toLatin1()), crl.standardOutput.constData());
        QVERIFY(crl.standardOutput.contains("Key Compromise"));

        // The device list says which certificate is revoked, in words in the "Valid until" column.
        const QModelIndexList revokedRows = devices->model()->match(devices->model()->index(0, 0), Qt::DisplayRole,
                                                                    revokedSerial, 1, Qt::MatchFixedString);
        QCOMPARE(revokedRows.size(), 1);
        const QString validUntil =
            revokedRows.constFirst().siblingAtColumn(model::DeviceCertificateModel::NotAfter).data().toString();
        QVERIFY2(validUntil.endsWith(QStringLiteral("Revoked")), qPrintable(validUntil));
    }

    void exportPrivateKeyAsPkcs12WithTheChain()
    {
        model::Workspace& workspace = m_workspace->workspace();
        const qint64 root = createRoot(workspace, QStringLiteral("Fleet Root"));
        const qint64 issuing = createIntermediate(workspace, QStringLiteral("Fleet Issuing"), root);
        QTRY_VERIFY(m_window->caListPane()->selectCa(issuing));
        const QString file = outPath(QStringLiteral("issuing.p12"));
        const QString backupPassphrase = QStringLiteral("backup-Passphrase-77");
        m_prompter->dialogs.enqueue([file, backupPassphrase](QDialog& dialog) {
            QCOMPARE(dialog.objectName(), QStringLiteral("exportPrivateKeyDialog"));
            auto* format = dialog.findChild<QComboBox*>(QStringLiteral("formatCombo"));
            QVERIFY(format);
            format->setFocus();
            QTest::keyClick(format, Qt::Key_Down);
            QCOMPARE(format->currentIndex(), 1);
            typeInto(&dialog, QStringLiteral("fileEdit"), file);
            typeInto(&dialog, QStringLiteral("newPassphraseEdit"), backupPassphrase);
            typeInto(&dialog, QStringLiteral("newPassphraseRepeatEdit"), backupPassphrase + QLatin1Char('x'));
            clickButton(&dialog, QStringLiteral("okButton"));
            QVERIFY(dialog.isVisible()); // the passphrases differ
            typeInto(&dialog, QStringLiteral("newPassphraseRepeatEdit"), backupPassphrase);
            clickButton(&dialog, QStringLiteral("okButton"));
        });
        m_prompter->dialogs.enqueue([](QDialog& dialog) {
            QCOMPARE(dialog.objectName(), QStringLiteral("passphraseDialog"));
            typeInto(&dialog, QStringLiteral("passphraseEdit"), passphrase);
            clickButton(&dialog, QStringLiteral("okButton"));
        });
        QSignalSpy finished(m_window.get(), &MainWindow::commandFinished);
        m_window->pkiActions()->action(PkiActions::ExportPrivateKey)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY2(m_window->errorBanner()->isHidden(), qPrintable(m_window->errorBanner()->message()));

        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        const auto contents =
            crypto::Pkcs12::read(written.readAll(), crypto::SecureBuffer::fromString(backupPassphrase));
        QVERIFY2(contents, qPrintable(contents ? QString() : contents.error().fullText()));
        QVERIFY(contents->key.matches(contents->certificate));
        QCOMPARE(contents->certificate.subjectString(), QStringLiteral("CN=Fleet Issuing,O=Example"));
        QCOMPARE(contents->caCertificates.size(), 1);
        QVERIFY(contents->caCertificates.constFirst().isSelfSigned());
        // openssl reads it too (MAC and encryption).
        const auto read =
            test::runOpenSsl({QStringLiteral("pkcs12"), QStringLiteral("-in"), file, QStringLiteral("-passin"),
                              QStringLiteral("pass:") + backupPassphrase, QStringLiteral("-noout")});
        QVERIFY2(read.ok(), read.transcript().constData());
    }

    void verificationCertificateNeedsNoAccount()
    {
        model::Workspace& workspace = m_workspace->workspace();
        const qint64 root = createRoot(workspace, QStringLiteral("Fleet Root"));
        m_window->actions()->action(ui::MainActions::WorkOffline)->setChecked(true);
        QTRY_VERIFY(m_window->caListPane()->selectCa(root));
        QAction* verification = m_window->pkiActions()->action(PkiActions::VerificationCertificate);
        QTRY_VERIFY(verification->isEnabled());
        const QString file = outPath(QStringLiteral("verificationCert.pem"));
        const QString code = QStringLiteral("7f3a9c2e41b04d5e8a6b1c9d0e2f4a6b");
        m_prompter->dialogs.enqueue([file, code](QDialog& dialog) {
            QCOMPARE(dialog.objectName(), QStringLiteral("verificationCertificateDialog"));
            typeInto(&dialog, QStringLiteral("fileEdit"), file);
            clickButton(&dialog, QStringLiteral("okButton"));
            QVERIFY(dialog.isVisible()); // no code yet
            typeInto(&dialog, QStringLiteral("codeEdit"), code);
            clickButton(&dialog, QStringLiteral("okButton"));
        });
        m_prompter->dialogs.enqueue([](QDialog& dialog) {
            typeInto(&dialog, QStringLiteral("passphraseEdit"), passphrase);
            clickButton(&dialog, QStringLiteral("okButton"));
        });
        QSignalSpy finished(m_window.get(), &MainWindow::commandFinished);
        verification->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY2(m_window->errorBanner()->isHidden(), qPrintable(m_window->errorBanner()->message()));
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const auto caCertificate = crypto::Certificate::fromDer(workspace.cas().get(root).value().certificateDer);
        const Status checked = crypto::VerificationCertificate::check(written.readAll(), *caCertificate, code);
        QVERIFY2(checked, qPrintable(checked ? QString() : checked.error().fullText()));
    }

    void csvTemplateIsWrittenWithItsHeader()
    {
        const QString file = outPath(QStringLiteral("template.csv"));
        m_prompter->dialogs.enqueue([file](QDialog& dialog) {
            QCOMPARE(dialog.objectName(), QStringLiteral("csvTemplateDialog"));
            typeInto(&dialog, QStringLiteral("fileEdit"), file);
            clickButton(&dialog, QStringLiteral("okButton"));
        });
        QSignalSpy finished(m_window.get(), &MainWindow::commandFinished);
        QAction* csvTemplate = m_window->pkiActions()->action(PkiActions::CsvTemplate);
        QTRY_VERIFY(csvTemplate->isEnabled());
        csvTemplate->trigger();
        QTRY_COMPARE(finished.count(), 1);
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray text = written.readAll();
        QVERIFY2(text.contains("ProductKey") && text.contains("DeviceName") && text.contains("CertSN"),
                 text.constData());
    }

    void renewedRootStillVerifiesItsDevices()
    {
        model::Workspace& workspace = m_workspace->workspace();
        const qint64 root = createRoot(workspace, QStringLiteral("Fleet Root"));
        const QString serial = issueDevice(workspace, root, QStringLiteral("sensor-0001"));
        const QString oldSerial = workspace.cas().get(root).value().serialHex;
        QTRY_VERIFY(m_window->caListPane()->selectCa(root));
        m_prompter->dialogs.enqueue([](QDialog& dialog) {
            QCOMPARE(dialog.objectName(), QStringLiteral("renewCaDialog"));
            auto* days = dialog.findChild<QSpinBox*>(QStringLiteral("daysSpin"));
            QVERIFY(days);
            days->setValue(730);
            clickButton(&dialog, QStringLiteral("okButton"));
        });
        m_prompter->dialogs.enqueue([](QDialog& dialog) {
            typeInto(&dialog, QStringLiteral("passphraseEdit"), passphrase);
            clickButton(&dialog, QStringLiteral("okButton"));
        });
        QSignalSpy finished(m_window.get(), &MainWindow::commandFinished);
        m_window->pkiActions()->action(PkiActions::RenewCa)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY2(m_window->errorBanner()->isHidden(), qPrintable(m_window->errorBanner()->message()));
        const auto renewed = workspace.cas().get(root).value();
        QVERIFY(renewed.serialHex != oldSerial);

        const QString rootFile = outPath(QStringLiteral("renewed-root.pem"));
        const QString leafFile = outPath(QStringLiteral("old-leaf.pem"));
        QVERIFY(writeFile(rootFile, crypto::Certificate::fromDer(renewed.certificateDer)->toPem()).isEmpty());
        QVERIFY(
            writeFile(
                leafFile,
                crypto::Certificate::fromDer(workspace.devices().find(root, serial).value()->certificateDer)->toPem())
                .isEmpty());
        const auto verified = test::runOpenSsl(
            {QStringLiteral("verify"), QStringLiteral("-x509_strict"), QStringLiteral("-CAfile"), rootFile, leafFile});
        QVERIFY2(verified.ok(), verified.transcript().constData());
    }

    void deleteCaOffersTheKeyBackupFirst()
    {
        model::Workspace& workspace = m_workspace->workspace();
        const qint64 root = createRoot(workspace, QStringLiteral("Fleet Root"));
        QTRY_VERIFY(m_window->caListPane()->selectCa(root));
        m_prompter->answers.enqueue(ui::Prompter::Answer::Yes); // back up first
        m_prompter->dialogs.enqueue([](QDialog& dialog) {
            QCOMPARE(dialog.objectName(), QStringLiteral("exportPrivateKeyDialog"));
            clickButton(&dialog, QStringLiteral("cancelButton"));
        });
        QSignalSpy finished(m_window.get(), &MainWindow::commandFinished);
        m_window->actions()->action(ui::MainActions::DeleteCa)->trigger();
        QTRY_COMPARE(finished.count(), 2); // the delete, ended for the backup; the backup, cancelled
        QVERIFY(workspace.cas().get(root));
        QCOMPARE(m_prompter->dialogsRun, QStringList {QStringLiteral("exportPrivateKeyDialog")});
    }
};

QTEST_MAIN(TestPkiActions)
#include "TestPkiActions.moc"
