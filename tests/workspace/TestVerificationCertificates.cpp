// Brief rule 1 for the verification certificate (CN = the platform's registration code, signed by the CA key): every
// one the CA signs is recorded in the workspace (VerificationCertificateLedger) with an audit entry, whichever writer
// made it (a file, an offline registration folder, a transfer bundle), and a writer that fails before its files are
// in place records nothing.
#include "crypto/Certificate.h"
#include "crypto/DistinguishedName.h"
#include "crypto/VerificationCertificate.h"
#include "model/audit/AuditAction.h"
#include "model/audit/AuditEntryText.h"
#include "model/audit/AuditLog.h"
#include "model/bundle/TransferBundleWriter.h"
#include "model/ca/CaCreator.h"
#include "model/ca/CaKeyAccess.h"
#include "model/ca/VerificationCertificateFile.h"
#include "model/platform/OfflineRegistrationBundleWriter.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/VerificationCertificateLedger.h"
#include "model/workspace/Workspace.h"
#include "tests/support/OpenSslCli.h"
#include "tests/support/TestWorkspaces.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace iotca;
using namespace iotca::model;

namespace {

const QString Code = QStringLiteral("5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b");

crypto::SecureBuffer secret(const char* text)
{
    return crypto::SecureBuffer::fromBytes(QByteArrayView(text));
}

NewCaParameters rootParameters(const QString& name)
{
    NewCaParameters parameters;
    parameters.name = name;
    parameters.subject = *crypto::DistinguishedName::parse(QStringLiteral("CN=%1,O=Example,C=CN").arg(name));
    parameters.algorithm = crypto::KeyAlgorithm::EcP256;
    parameters.validityDays = 3650;
    return parameters;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString fullText(const Error& error)
{
    return error.fullText();
}

} // namespace

class TestVerificationCertificates : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::TestWorkspaces m_workspaces; // a folder, or a database under IOTCA_TEST_WORKSPACE_BACKEND=postgresql
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_caId = 0;
    qint64 m_otherCaId = 0;
    crypto::Certificate m_caCertificate;
    crypto::PrivateKey m_caKey;
    crypto::PrivateKey m_otherKey;

    [[nodiscard]] QList<VerificationCertificateEntry> recorded(qint64 caId) const
    {
        auto entries = VerificationCertificateLedger(*m_workspace).listForCa(caId);
        return entries ? *entries : QList<VerificationCertificateEntry>();
    }

    [[nodiscard]] QList<AuditEntry> verificationAuditEntries() const
    {
        QList<AuditEntry> found;
        const auto entries = m_workspace->audit().entries();
        for (const AuditEntry& entry : entries.value())
            if (entry.action == AuditAction::VerificationCertificateMade)
                found.append(entry);
        return found;
    }

    [[nodiscard]] OfflineRegistrationRequest offlineRequest(const QString& folder) const
    {
        OfflineRegistrationRequest request;
        request.platform = PlatformId::TencentIotHub;
        request.folder = folder;
        request.caName = QStringLiteral("fleet_root");
        request.caCertificate = m_caCertificate;
        request.caKey = m_caKey;
        request.registrationCode = Code;
        request.recordVerificationCertificate =
            VerificationCertificateLedger(*m_workspace)
                .recorder(m_caId, VerificationCertificatePurpose::OfflineRegistration);
        return request;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString folder = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()));
        auto opened = Workspace::open(m_workspaces.location(folder));
        QVERIFY2(opened, qPrintable(opened ? QString() : fullText(opened.error())));
        m_workspace = std::move(*opened);
        auto root = CaCreator::createRoot(*m_workspace, rootParameters(QStringLiteral("Root")), secret("root pass"));
        QVERIFY(root);
        m_caId = *root;
        auto other = CaCreator::createRoot(*m_workspace, rootParameters(QStringLiteral("Other")), secret("other"));
        QVERIFY(other);
        m_otherCaId = *other;
        auto key = CaKeyAccess::unlock(*m_workspace, m_caId, secret("root pass"));
        QVERIFY(key);
        m_caKey = *key;
        auto otherKey = CaKeyAccess::unlock(*m_workspace, m_otherCaId, secret("other"));
        QVERIFY(otherKey);
        m_otherKey = *otherKey;
        m_caCertificate = *crypto::Certificate::fromDer(m_workspace->cas().get(m_caId)->certificateDer);
    }

    void cleanup()
    {
        m_workspace.reset();
        m_workspaces.dropAll();
    }

    void fileIsRecordedWithItsAuditEntry()
    {
        const QString path = m_dir.filePath(QStringLiteral("verification.pem"));
        QFile::remove(path);
        auto written = VerificationCertificateFile::write(*m_workspace, m_caId, m_caKey, Code, 300, path);
        QVERIFY2(written, qPrintable(written ? QString() : fullText(written.error())));

        const QList<VerificationCertificateEntry> entries = recorded(m_caId);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().certificateDer, written->certificate.toDer());
        QCOMPARE(entries.first().serialHex, written->certificate.serialNumberHex());
        QCOMPARE(entries.first().registrationCode, Code);
        QCOMPARE(entries.first().purpose, VerificationCertificatePurpose::File);
        QVERIFY(entries.first().madeAt.isValid());
        QVERIFY(recorded(m_otherCaId).isEmpty());
        // The file holds exactly the recorded certificate, and the openssl CLI finds it signed by the CA.
        QCOMPARE(crypto::Certificate::fromPem(readAll(path))->toDer(), entries.first().certificateDer);
        const QString caFile = m_dir.filePath(QStringLiteral("ca-file.pem"));
        QFile ca(caFile);
        QVERIFY(ca.open(QIODevice::WriteOnly | QIODevice::Truncate));
        ca.write(m_caCertificate.toPem());
        ca.close();
        const auto verified = test::runOpenSsl({QStringLiteral("verify"), QStringLiteral("-CAfile"), caFile, path});
        QVERIFY2(verified.ok(), verified.transcript().constData());

        const QList<AuditEntry> audit = verificationAuditEntries();
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().objectId, QString::number(m_caId));
        QCOMPARE(audit.first().details.value(QStringLiteral("serial")).toString(), entries.first().serialHex);
        QCOMPARE(audit.first().details.value(QStringLiteral("registrationCode")).toString(), Code);
        QCOMPARE(audit.first().details.value(QStringLiteral("madeFor")).toString(), QStringLiteral("file"));
        QVERIFY(m_workspace->audit().verify()->intact());
        // The summary says what it was made for in words, not the stored name.
        const QString summary = AuditEntryText().summary(audit.first());
        QVERIFY2(summary.contains(QStringLiteral("a file")), qPrintable(summary));
        QVERIFY2(summary.contains(entries.first().serialHex), qPrintable(summary));
    }

    void existingFileRecordsNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("taken.pem"));
        QFile taken(path);
        QVERIFY(taken.open(QIODevice::WriteOnly | QIODevice::Truncate));
        taken.write("someone else's file\n");
        taken.close();
        auto refused = VerificationCertificateFile::write(*m_workspace, m_caId, m_caKey, Code, 300, path);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("FileExists"));
        QCOMPARE(readAll(path), QByteArray("someone else's file\n"));
        QVERIFY(recorded(m_caId).isEmpty());
        QVERIFY(verificationAuditEntries().isEmpty());

        // A folder that cannot take the file: nothing recorded either.
        const QString missing = m_dir.filePath(QStringLiteral("no/such/folder/verification.pem"));
        auto unwritable = VerificationCertificateFile::write(*m_workspace, m_caId, m_caKey, Code, 300, missing);
        QVERIFY(!unwritable);
        QVERIFY(!QFileInfo::exists(missing));
        QVERIFY(recorded(m_caId).isEmpty());
    }

    void ledgerRefusesACertificateOfAnotherCa()
    {
        // Signed by "Other": recording it under "Root" would be a false record.
        crypto::VerificationCertificateSpec spec;
        spec.registrationCode = Code;
        const auto otherCertificate = crypto::Certificate::fromDer(m_workspace->cas().get(m_otherCaId)->certificateDer);
        auto made = crypto::VerificationCertificate::create(spec, *otherCertificate, m_otherKey);
        QVERIFY(made);
        VerificationCertificateLedger ledger(*m_workspace);
        auto refused = ledger.record(m_caId, made->certificate(), Code, VerificationCertificatePurpose::File);
        QVERIFY(!refused);
        QVERIFY(recorded(m_caId).isEmpty());
        // Under its own CA it is recorded once, however often it is given.
        auto first = ledger.record(m_otherCaId, made->certificate(), Code, VerificationCertificatePurpose::File);
        QVERIFY(first);
        auto again = ledger.record(m_otherCaId, made->certificate(), Code, VerificationCertificatePurpose::File);
        QVERIFY(again);
        QCOMPARE(*again, *first);
        QCOMPARE(recorded(m_otherCaId).size(), 1);
        QCOMPARE(verificationAuditEntries().size(), 1);
    }

    void offlineRegistrationFolderIsRecorded()
    {
        const QString folder = m_dir.filePath(QStringLiteral("offline"));
        auto bundle = OfflineRegistrationBundleWriter::write(offlineRequest(folder));
        QVERIFY2(bundle, qPrintable(bundle ? QString() : fullText(bundle.error())));
        const QList<VerificationCertificateEntry> entries = recorded(m_caId);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().purpose, VerificationCertificatePurpose::OfflineRegistration);
        QCOMPARE(crypto::Certificate::fromPem(readAll(bundle->verificationCertificatePath))->toDer(),
                 entries.first().certificateDer);

        // A folder already holding the bundle's files: refused before anything is signed into it, nothing recorded.
        auto refused = OfflineRegistrationBundleWriter::write(offlineRequest(folder));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("FileExists"));
        QCOMPARE(recorded(m_caId).size(), 1);
    }

    void failingRecordLeavesNoFiles()
    {
        // The record comes before the files are in place: when it cannot be made, no file appears.
        const QString folder = m_dir.filePath(QStringLiteral("unrecorded"));
        OfflineRegistrationRequest request = offlineRequest(folder);
        request.recordVerificationCertificate = [](const crypto::Certificate&, const QString&) -> Status {
            return Error {QStringLiteral("the workspace is read-only"), {}, QStringLiteral("ReadOnly")};
        };
        auto refused = OfflineRegistrationBundleWriter::write(request);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("ReadOnly"));
        QVERIFY2(!QFileInfo::exists(folder), qPrintable(QDir(folder).entryList().join(QLatin1Char(' '))));

        // And without any recorder the writers refuse to sign at all.
        request.recordVerificationCertificate = nullptr;
        QVERIFY(!OfflineRegistrationBundleWriter::write(request));
        TransferBundleRequest transfer;
        transfer.folder = m_dir.filePath(QStringLiteral("transfer-unrecorded"));
        transfer.caName = QStringLiteral("Root");
        transfer.caCertificate = m_caCertificate;
        transfer.caKey = m_caKey;
        transfer.registrations.append({QStringLiteral("tencent-iothub"), Code, {}, {}});
        QVERIFY(!TransferBundleWriter::write(transfer));
        QVERIFY(!QFileInfo::exists(transfer.folder));
        QVERIFY(recorded(m_caId).isEmpty());
    }

    void transferBundleIsRecorded()
    {
        TransferBundleRequest request;
        request.folder = m_dir.filePath(QStringLiteral("transfer"));
        request.caName = QStringLiteral("Root");
        request.caCertificate = m_caCertificate;
        request.caKey = m_caKey;
        request.registrations.append({QStringLiteral("tencent-iothub"), Code, {}, {}});
        request.registrations.append({QStringLiteral("aws-iot"), Code + Code, {}, {}});
        request.recordVerificationCertificate = VerificationCertificateLedger(*m_workspace)
                                                    .recorder(m_caId, VerificationCertificatePurpose::TransferBundle);
        auto written = TransferBundleWriter::write(request);
        QVERIFY2(written, qPrintable(written ? QString() : fullText(written.error())));
        const QList<VerificationCertificateEntry> entries = recorded(m_caId);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).registrationCode, Code);
        QCOMPARE(entries.at(1).registrationCode, Code + Code);
        for (const VerificationCertificateEntry& entry : entries) {
            QCOMPARE(entry.purpose, VerificationCertificatePurpose::TransferBundle);
            bool inBundle = false;
            for (const QString& path : written->paths) {
                const auto certificate = crypto::Certificate::fromPem(readAll(path));
                if (certificate && certificate->toDer() == entry.certificateDer)
                    inBundle = true;
            }
            QVERIFY2(inBundle, qPrintable(entry.serialHex));
        }
        QCOMPARE(verificationAuditEntries().size(), 2);
        QVERIFY(m_workspace->audit().verify()->intact());
    }

    void readOnlyWorkspaceRecordsNothing()
    {
        const QString folder = m_workspace->folder();
        m_workspace.reset();
        auto readOnly = Workspace::open(folder, Workspace::OpenMode::ReadOnly);
        QVERIFY(readOnly);
        const QString path = m_dir.filePath(QStringLiteral("read-only.pem"));
        QFile::remove(path);
        auto refused = VerificationCertificateFile::write(**readOnly, m_caId, m_caKey, Code, 300, path);
        QVERIFY(!refused);
        QVERIFY(!QFileInfo::exists(path));
        auto entries = VerificationCertificateLedger(**readOnly).listForCa(m_caId);
        QVERIFY(entries);
        QVERIFY(entries->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestVerificationCertificates)
#include "TestVerificationCertificates.moc"
