#include "UiScriptedPrompter.h"

#include "tests/support/OpenSslCli.h"
#include "ui/actions/ImportCaCommand.h"
#include "ui/dialogs/ImportCaDialog.h"

#include <QApplication>
#include <QDropEvent>
#include <QLineEdit>
#include <QMimeData>
#include <QTemporaryDir>
#include <QTest>

using iotca::test::clickButton;
using iotca::test::runOpenSsl;
using iotca::test::typeInto;
using iotca::test::UiScriptedPrompter;
using iotca::ui::ImportCaCommand;
using iotca::ui::ImportCaDialog;

class TestImportCaDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const auto ca = runOpenSsl(
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
             QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-keyout"),
             QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.crt"), QStringLiteral("-days"),
             QStringLiteral("365"), QStringLiteral("-subj"), QStringLiteral("/O=Example/CN=Imported Root"),
             QStringLiteral("-passout"), QStringLiteral("pass:import-passphrase-1")},
            m_dir.path());
        QVERIFY2(ca.ok(), ca.transcript().constData());
        const auto other = runOpenSsl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"),
                                       QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
                                       QStringLiteral("-out"), QStringLiteral("other.key")},
                                      m_dir.path());
        QVERIFY2(other.ok(), other.transcript().constData());
    }

    void classifiesFilesByContent()
    {
        QCOMPARE(ImportCaDialog::classify(m_dir.filePath(QStringLiteral("ca.crt"))),
                 ImportCaDialog::FileKind::Certificate);
        QCOMPARE(ImportCaDialog::classify(m_dir.filePath(QStringLiteral("ca.key"))),
                 ImportCaDialog::FileKind::PrivateKey);
        QCOMPARE(ImportCaDialog::classify(m_dir.filePath(QStringLiteral("missing.pem"))),
                 ImportCaDialog::FileKind::Unknown);
    }

    void droppedFilesGoToTheirFields()
    {
        ImportCaDialog dialog(m_prompter, &ImportCaCommand::checkFiles);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QMimeData mime;
        // Key first: the dialog sorts them by content, not by order.
        mime.setUrls({QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("ca.key"))),
                      QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("ca.crt")))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&dialog, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&dialog, &drop);
        QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("certificatePathEdit"))->text(),
                 m_dir.filePath(QStringLiteral("ca.crt")));
        QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("keyPathEdit"))->text(),
                 m_dir.filePath(QStringLiteral("ca.key")));
        QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("nameEdit"))->text(), QStringLiteral("ca"));
    }

    void catchesAWrongPassphraseAndAForeignKey()
    {
        ImportCaDialog dialog(m_prompter, &ImportCaCommand::checkFiles);
        dialog.show();
        typeInto(&dialog, QStringLiteral("certificatePathEdit"), m_dir.filePath(QStringLiteral("ca.crt")));
        typeInto(&dialog, QStringLiteral("nameEdit"), QStringLiteral("Imported Root"));
        m_prompter.files.enqueue(m_dir.filePath(QStringLiteral("other.key")));
        clickButton(&dialog, QStringLiteral("keyPathEditButton"));
        QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("keyPathEdit"))->text(),
                 m_dir.filePath(QStringLiteral("other.key")));
        typeInto(&dialog, QStringLiteral("passphraseEdit"), QStringLiteral("import-passphrase-1"));
        clickButton(&dialog, QStringLiteral("okButton"));
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.validationMessage().contains(QStringLiteral("does not belong")),
                 qPrintable(dialog.validationMessage()));

        typeInto(&dialog, QStringLiteral("keyPathEdit"), m_dir.filePath(QStringLiteral("ca.key")));
        typeInto(&dialog, QStringLiteral("passphraseEdit"), QStringLiteral("wrong-passphrase"));
        clickButton(&dialog, QStringLiteral("okButton"));
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.validationMessage().isEmpty());

        typeInto(&dialog, QStringLiteral("passphraseEdit"), QStringLiteral("import-passphrase-1"));
        clickButton(&dialog, QStringLiteral("okButton"));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto request = dialog.request();
        QCOMPARE(request.name, QStringLiteral("Imported Root"));
        QCOMPARE(request.keyPassphrase.view(), QByteArrayView("import-passphrase-1"));
    }

private:
    QTemporaryDir m_dir;
    UiScriptedPrompter m_prompter;
};

QTEST_MAIN(TestImportCaDialog)
#include "TestImportCaDialog.moc"
