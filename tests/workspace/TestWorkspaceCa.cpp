#include "crypto/Certificate.h"
#include "crypto/CryptoErrorCode.h"
#include "crypto/DistinguishedName.h"
#include "model/audit/AuditAction.h"
#include "model/audit/AuditLog.h"
#include "model/ca/CaCreator.h"
#include "model/ca/CaExporter.h"
#include "model/ca/CaImporter.h"
#include "model/ca/CaKeyAccess.h"
#include "model/secrets/SecretStore.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/Workspace.h"
#include "tests/support/OpenSslCli.h"
#include "tests/support/TestWorkspaces.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

using namespace iotca;
using namespace iotca::model;

namespace {

/// A SecretStore held in memory, so the remember/forget logic is tested without a keychain (KeychainSecretStore
/// has its own test under a real Secret Service).
class MemorySecretStore final : public SecretStore
{
public:
    QHash<QString, QByteArray> entries;

    void write(const QString& key, QByteArrayView secret, StatusCallback done) override
    {
        entries.insert(key, secret.toByteArray());
        done({});
    }
    void read(const QString& key, ReadCallback done) override
    {
        if (!entries.contains(key)) {
            done(Error {QStringLiteral("no entry"), {}, QStringLiteral("NotFound")});
            return;
        }
        done(crypto::SecureBuffer::fromBytes(entries.value(key)));
    }
    void remove(const QString& key, StatusCallback done) override
    {
        entries.remove(key);
        done({});
    }
};

crypto::SecureBuffer secret(const char* text)
{
    return crypto::SecureBuffer::fromBytes(QByteArrayView(text));
}

} // namespace

class TestWorkspaceCa : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    test::TestWorkspaces m_workspaces; // a folder, or a database under IOTCA_TEST_WORKSPACE_BACKEND=postgresql
    std::unique_ptr<Workspace> m_workspace;

    NewCaParameters rootParameters(const QString& name)
    {
        NewCaParameters parameters;
        parameters.name = name;
        parameters.subject = *crypto::DistinguishedName::parse(QStringLiteral("CN=%1,O=Example,C=CN").arg(name));
        parameters.algorithm = crypto::KeyAlgorithm::EcP256;
        parameters.validityDays = 3650;
        parameters.notes = QStringLiteral("created by the test");
        return parameters;
    }

    /// A CA certificate and its unencrypted key made by the openssl command line.
    void makeOpenSslCa(const QString& stem, bool isCa = true)
    {
        QStringList arguments {QStringLiteral("req"),
                               QStringLiteral("-x509"),
                               QStringLiteral("-newkey"),
                               QStringLiteral("ec"),
                               QStringLiteral("-pkeyopt"),
                               QStringLiteral("ec_paramgen_curve:P-256"),
                               QStringLiteral("-nodes"),
                               QStringLiteral("-keyout"),
                               stem + QStringLiteral(".key"),
                               QStringLiteral("-out"),
                               stem + QStringLiteral(".crt"),
                               QStringLiteral("-subj"),
                               QStringLiteral("/CN=%1").arg(stem),
                               QStringLiteral("-days"),
                               QStringLiteral("30")};
        arguments << QStringLiteral("-addext")
                  << (isCa ? QStringLiteral("basicConstraints=critical,CA:TRUE")
                           : QStringLiteral("basicConstraints=critical,CA:FALSE"));
        if (isCa) {
            arguments << QStringLiteral("-addext") << QStringLiteral("keyUsage=critical,keyCertSign,cRLSign");
        }
        const test::OpenSslRun run = test::runOpenSsl(arguments, m_dir->path());
        QVERIFY2(run.ok(), run.transcript().constData());
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

    void createRootStoresAnEncryptedKeyThatUnlocks()
    {
        auto id =
            CaCreator::createRoot(*m_workspace, rootParameters(QStringLiteral("Fleet Root")), secret("correct horse"));
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().fullText()));
        auto ca = m_workspace->cas().get(*id);
        QVERIFY(ca.ok());
        QCOMPARE(ca->name, QStringLiteral("Fleet Root"));
        QVERIFY(ca->encryptedKeyPem.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        QVERIFY(ca->subject.contains(QStringLiteral("CN=Fleet Root")));
        QCOMPARE(ca->subject, ca->issuer);
        QVERIFY(ca->notAfter > ca->notBefore);
        QVERIFY(!ca->serialHex.isEmpty());
        auto certificate = crypto::Certificate::fromDer(ca->certificateDer);
        QVERIFY(certificate.ok());
        QCOMPARE(certificate->serialNumberHex(), ca->serialHex);
        QVERIFY(certificate->isCa());

        auto key = CaKeyAccess::unlock(*m_workspace, *id, secret("correct horse"));
        QVERIFY2(key.ok(), key.ok() ? "" : qPrintable(key.error().fullText()));
        QVERIFY(key->matches(*certificate));
        auto wrong = CaKeyAccess::unlock(*m_workspace, *id, secret("wrong"));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code, QString(crypto::ErrorCode::WrongPassphrase));
        QVERIFY(wrong.error().message.contains(QStringLiteral("Fleet Root")));

        auto entries = m_workspace->audit().entries();
        QCOMPARE(entries->constLast().action, QString(AuditAction::CaCreated));
        QVERIFY(!entries->constLast().details.contains(QStringLiteral("passphrase")));
    }

    void createRefusesEmptyPassphraseAndTakenNames()
    {
        auto empty = CaCreator::createRoot(*m_workspace, rootParameters(QStringLiteral("A")), crypto::SecureBuffer());
        QVERIFY(!empty.ok());
        QCOMPARE(empty.error().code, QStringLiteral("PassphraseRequired"));
        QVERIFY(CaCreator::createRoot(*m_workspace, rootParameters(QStringLiteral("A")), secret("pw")).ok());
        auto taken = CaCreator::createRoot(*m_workspace, rootParameters(QStringLiteral("A")), secret("pw"));
        QCOMPARE(taken.error().code, QStringLiteral("NameTaken"));
    }

    void createIntermediateUnderAStoredRoot()
    {
        const qint64 root = *CaCreator::createRoot(*m_workspace, rootParameters(QStringLiteral("Root")), secret("r"));
        auto rootKey = CaKeyAccess::unlock(*m_workspace, root, secret("r"));
        QVERIFY(rootKey.ok());
        auto intermediate = CaCreator::createIntermediate(*m_workspace, rootParameters(QStringLiteral("Issuing")),
                                                          secret("i"), root, *rootKey);
        QVERIFY2(intermediate.ok(), intermediate.ok() ? "" : qPrintable(intermediate.error().fullText()));
        auto record = m_workspace->cas().get(*intermediate);
        QCOMPARE(record->parentCaId, root);
        QVERIFY(record->issuer.contains(QStringLiteral("CN=Root")));
        auto certificate = crypto::Certificate::fromDer(record->certificateDer);
        auto rootCertificate = crypto::Certificate::fromDer(m_workspace->cas().get(root)->certificateDer);
        QVERIFY(certificate->isSignedBy(*rootCertificate));
        // The root cannot go while its intermediate is there.
        QCOMPARE(m_workspace->cas().remove(root, CaRemoval::Cascade).error().code, QStringLiteral("InUse"));
    }

    void importsAnOpenSslCaAndCatchesMismatches()
    {
        makeOpenSslCa(QStringLiteral("imported"));
        makeOpenSslCa(QStringLiteral("other"));
        const QString certificate = m_dir->filePath(QStringLiteral("imported.crt"));
        auto id = CaImporter::importFiles(*m_workspace, QStringLiteral("Imported"), certificate,
                                          m_dir->filePath(QStringLiteral("imported.key")), nullptr, secret("store"));
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().fullText()));
        auto record = m_workspace->cas().get(*id);
        const test::OpenSslRun serial = test::runOpenSsl({QStringLiteral("x509"), QStringLiteral("-in"), certificate,
                                                          QStringLiteral("-noout"), QStringLiteral("-serial")});
        QVERIFY(serial.ok());
        QCOMPARE(QStringLiteral("serial=") + record->serialHex, QString::fromLatin1(serial.standardOutput.trimmed()));
        QVERIFY(CaKeyAccess::unlock(*m_workspace, *id, secret("store")).ok());
        QCOMPARE(m_workspace->audit().entries()->constLast().action, QString(AuditAction::CaImported));

        auto mismatch = CaImporter::importFiles(*m_workspace, QStringLiteral("Mismatch"), certificate,
                                                m_dir->filePath(QStringLiteral("other.key")), nullptr, secret("s"));
        QVERIFY(!mismatch.ok());
        QCOMPARE(mismatch.error().code, QString(crypto::ErrorCode::KeyMismatch));
        QVERIFY(mismatch.error().message.contains(QStringLiteral("Mismatch")));
        QVERIFY(!m_workspace->cas().findByName(QStringLiteral("Mismatch"))->has_value());

        makeOpenSslCa(QStringLiteral("leaf"), false);
        auto notCa =
            CaImporter::importFiles(*m_workspace, QStringLiteral("Leaf"), m_dir->filePath(QStringLiteral("leaf.crt")),
                                    m_dir->filePath(QStringLiteral("leaf.key")), nullptr, secret("s"));
        QVERIFY(!notCa.ok());
        QCOMPARE(notCa.error().code, QString(crypto::ErrorCode::NotACa));

        auto missing = CaImporter::importFiles(*m_workspace, QStringLiteral("Missing"), certificate,
                                               m_dir->filePath(QStringLiteral("nope.key")), nullptr, secret("s"));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(QStringLiteral("nope.key")));

        QFile pem(certificate);
        QVERIFY(pem.open(QIODevice::ReadOnly));
        auto offline = CaImporter::importCertificateOnly(*m_workspace, QStringLiteral("Offline"), pem.readAll(),
                                                         QStringLiteral("offline laptop"));
        QVERIFY(offline.ok());
        QCOMPARE(CaKeyAccess::unlock(*m_workspace, *offline, secret("x")).error().code, QStringLiteral("NoStoredKey"));
    }

    void exportsPemAndDerIntoAnOwnerOnlyFolder()
    {
        const qint64 id = *CaCreator::createRoot(*m_workspace, rootParameters(QStringLiteral("Export")), secret("e"));
        const QString pemPath = m_dir->filePath(QStringLiteral("out/new/ca.pem"));
        QVERIFY(CaExporter::exportCertificate(*m_workspace, id, pemPath, CaExporter::Format::Pem).ok());
        const QFileInfo folder(QFileInfo(pemPath).absolutePath());
        QCOMPARE(folder.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        const test::OpenSslRun serial = test::runOpenSsl({QStringLiteral("x509"), QStringLiteral("-in"), pemPath,
                                                          QStringLiteral("-noout"), QStringLiteral("-serial")});
        QVERIFY2(serial.ok(), serial.transcript().constData());
        QCOMPARE(QString::fromLatin1(serial.standardOutput.trimmed()),
                 QStringLiteral("serial=") + m_workspace->cas().get(id)->serialHex);

        const QString derPath = m_dir->filePath(QStringLiteral("out/new/ca.der"));
        QVERIFY(CaExporter::exportCertificate(*m_workspace, id, derPath, CaExporter::Format::Der).ok());
        QFile der(derPath);
        QVERIFY(der.open(QIODevice::ReadOnly));
        QCOMPARE(der.readAll(), m_workspace->cas().get(id)->certificateDer);
        QCOMPARE(m_workspace->audit().entries()->constLast().action, QString(AuditAction::CaExported));
        // No stray temporary files next to the exports.
        QCOMPARE(QDir(folder.absoluteFilePath()).entryList(QDir::Files | QDir::Hidden).size(), 2);
    }

    void remembersAndForgetsThePassphrase()
    {
        MemorySecretStore secrets;
        const qint64 id = *CaCreator::createRoot(*m_workspace, rootParameters(QStringLiteral("Kept")), secret("k"));
        QCOMPARE(CaKeyAccess::unlockWithRemembered(*m_workspace, id, secrets).error().code,
                 QStringLiteral("NotRemembered"));
        QVERIFY(!CaKeyAccess::remember(*m_workspace, id, secret("wrong"), secrets).ok());
        QVERIFY(secrets.entries.isEmpty());

        QVERIFY(CaKeyAccess::remember(*m_workspace, id, secret("k"), secrets).ok());
        QVERIFY(CaKeyAccess::isRemembered(*m_workspace, id));
        const QString entry = m_workspace->cas().get(id)->passphraseKeychainKey;
        QVERIFY(entry.startsWith(QStringLiteral("iotca/ca/")));
        QCOMPARE(secrets.entries.value(entry), QByteArray("k"));
        QVERIFY(CaKeyAccess::unlockWithRemembered(*m_workspace, id, secrets).ok());
        // Neither the database's audit log nor the CA record holds the passphrase.
        const auto entries = m_workspace->audit().entries();
        QVERIFY(entries.ok());
        for (const AuditEntry& auditEntry : *entries) {
            QVERIFY(!auditEntry.details.contains(QStringLiteral("passphrase")));
        }

        QVERIFY(CaKeyAccess::forget(*m_workspace, id, secrets).ok());
        QVERIFY(!CaKeyAccess::isRemembered(*m_workspace, id));
        QVERIFY(secrets.entries.isEmpty());
        QCOMPARE(m_workspace->audit().entries()->constLast().action, QString(AuditAction::CaPassphraseForgotten));

        // The GUI's way right after creating the CA (no second decryption), and the unlock of a record read before.
        QVERIFY(CaKeyAccess::rememberStoredUnder(*m_workspace, id, secret("k"), secrets).ok());
        QCOMPARE(secrets.entries.value(m_workspace->cas().get(id)->passphraseKeychainKey), QByteArray("k"));
        const auto record = m_workspace->cas().get(id);
        QVERIFY(CaKeyAccess::unlock(*record, secret("k")).ok());
        QCOMPARE(CaKeyAccess::unlock(*record, secret("wrong")).error().code,
                 QString(crypto::ErrorCode::WrongPassphrase));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceCa)
#include "TestWorkspaceCa.moc"
