#include "MainWindowTestBase.h"
#include "UiScriptedPrompter.h"
#include "UiTestWorkspace.h"

#include "ui/MainWindow.h"
#include "ui/actions/MainActions.h"
#include "ui/widgets/ErrorBanner.h"

#include "crypto/Certificate.h"
#include "crypto/DistinguishedName.h"
#include "model/ca/CaCreator.h"
#include "model/ca/NewCaParameters.h"
#include "model/workspace/CaRecord.h"
#include "model/workspace/CaRepository.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QSignalSpy>
#include <QTest>

using iotca::test::clickButton;
using iotca::test::MainWindowTestBase;
using iotca::test::typeInto;
using namespace iotca;
using ui::MainActions;
using ui::MainWindow;

namespace {
const auto rootPassphrase = QStringLiteral("correct-Horse-battery-9");
const auto intermediatePassphrase = QStringLiteral("another-Staple-lamp-42");
} // namespace

/// File → New CA with "Signed by": an intermediate under a CA of the workspace, the parent's passphrase asked once
/// through the passphrase dialog, all driven through the real widgets.
class TestNewIntermediateCa : public MainWindowTestBase
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const QString settings = useThrowawaySettings(QStringLiteral("tst_ui_newintermediateca"));
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

    void signedByMakesAnIntermediate()
    {
        model::NewCaParameters parameters;
        parameters.name = QStringLiteral("Fleet Root");
        parameters.subject = crypto::DistinguishedName::parse(QStringLiteral("CN=Fleet Root,O=Example")).value();
        parameters.algorithm = crypto::KeyAlgorithm::EcP256;
        parameters.validityDays = 365;
        const auto rootId = model::CaCreator::createRoot(m_workspace->workspace(), parameters,
                                                         crypto::SecureBuffer::fromString(rootPassphrase));
        QVERIFY(rootId);

        m_prompter->dialogs.enqueue([](QDialog& dialog) {
            QCOMPARE(dialog.objectName(), QStringLiteral("newCaDialog"));
            auto* signedBy = dialog.findChild<QComboBox*>(QStringLiteral("signedByCombo"));
            QVERIFY(signedBy);
            QCOMPARE(signedBy->count(), 2);
            QCOMPARE(signedBy->currentIndex(), 0);
            signedBy->setFocus();
            QTest::keyClick(signedBy, Qt::Key_Down);
            QCOMPARE(signedBy->currentText(), QStringLiteral("Fleet Root"));
            typeInto(&dialog, QStringLiteral("nameEdit"), QStringLiteral("Fleet Issuing"));
            typeInto(&dialog, QStringLiteral("passphraseEdit"), intermediatePassphrase);
            typeInto(&dialog, QStringLiteral("passphraseRepeatEdit"), intermediatePassphrase);
            clickButton(&dialog, QStringLiteral("okButton"));
        });
        // The parent's passphrase, once.
        m_prompter->dialogs.enqueue([](QDialog& dialog) {
            QCOMPARE(dialog.objectName(), QStringLiteral("passphraseDialog"));
            typeInto(&dialog, QStringLiteral("passphraseEdit"), rootPassphrase);
            clickButton(&dialog, QStringLiteral("okButton"));
        });
        QSignalSpy finished(m_window.get(), &MainWindow::commandFinished);
        m_window->actions()->action(MainActions::NewCa)->trigger();
        QVERIFY(finished.wait(30000));
        QVERIFY2(m_window->errorBanner()->isHidden(), qPrintable(m_window->errorBanner()->message()));

        const auto created = m_workspace->workspace().cas().findByName(QStringLiteral("Fleet Issuing"));
        QVERIFY(created && created->has_value());
        const model::CaRecord intermediate = **created;
        QCOMPARE(intermediate.parentCaId, *rootId);
        const auto root = m_workspace->workspace().cas().get(*rootId);
        QVERIFY(root);
        const auto certificate = crypto::Certificate::fromDer(intermediate.certificateDer);
        const auto rootCertificate = crypto::Certificate::fromDer(root->certificateDer);
        QVERIFY(certificate && rootCertificate);
        QVERIFY(certificate->isSignedBy(*rootCertificate));
        QVERIFY(certificate->isCa());
        QCOMPARE(certificate->authorityKeyIdentifier(), rootCertificate->subjectKeyIdentifier());
        // Asked for the default ten years under a one-year root: capped at the root's end.
        QCOMPARE(certificate->notAfter(), rootCertificate->notAfter());
    }
};

QTEST_MAIN(TestNewIntermediateCa)
#include "TestNewIntermediateCa.moc"
