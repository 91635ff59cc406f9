#include "crypto/Certificate.h"
#include "crypto/DeviceCertificateIssuer.h"
#include "crypto/DistinguishedName.h"
#include "crypto/SecureBuffer.h"
#include "model/audit/AuditAction.h"
#include "model/audit/AuditLog.h"
#include "model/ca/CaCreator.h"
#include "model/ca/CaKeyAccess.h"
#include "model/jobs/IssueDeviceCertificatesJob.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/DeviceCertificateRepository.h"
#include "model/workspace/IssuanceIntents.h"
#include "model/workspace/IssuanceRecovery.h"
#include "model/workspace/Workspace.h"
#include "tests/support/JobRun.h"
#include "tests/support/TestWorkspaces.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace iotca;
using model::IssuanceIntent;
using model::IssuanceIntents;
using model::IssueDeviceCertificatesJob;

namespace {

const QString product = QStringLiteral("recoverpk");

bool writeFile(const QString& path, QByteArrayView data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data.data(), data.size()) == data.size();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

qint64 auditCount(const model::Workspace& workspace, QLatin1String action)
{
    auto entries = workspace.audit().entries();
    if (!entries)
        return -1;
    return std::count_if(entries->cbegin(), entries->cend(),
                         [&](const model::AuditEntry& entry) { return entry.action == action; });
}

} // namespace

/// "Record first" (IssuanceIntents) and the recovery at the next read-write open (IssuanceRecovery): what a crash of
/// a bulk issue leaves is adopted (a certificate the CA signed), removed (a lone key, an unreadable certificate, a
/// temporary file) or named and left alone (anything else); jobs clear their own intents; a re-run into the same
/// folder completes the issue.
class TestIssuanceRecovery : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::TestWorkspaces m_workspaces; // a folder, or a database under IOTCA_TEST_WORKSPACE_BACKEND=postgresql
    QString m_folder;
    std::unique_ptr<model::Workspace> m_workspace;
    qint64 m_caId = 0;
    qint64 m_otherCaId = 0;
    crypto::PrivateKey m_caKey;
    crypto::PrivateKey m_otherKey;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    qint64 createCa(const QString& name, crypto::PrivateKey& key)
    {
        model::NewCaParameters ca;
        ca.name = name;
        ca.subject = *crypto::DistinguishedName::parse(QStringLiteral("CN=%1,O=IoT CA Desk tests").arg(name));
        ca.algorithm = crypto::KeyAlgorithm::EcP256;
        const crypto::SecureBuffer passphrase = crypto::SecureBuffer::fromString(QStringLiteral("recovery passphrase"));
        auto caId = model::CaCreator::createRoot(*m_workspace, ca, passphrase);
        if (!caId)
            return 0;
        auto unlocked = model::CaKeyAccess::unlock(*m_workspace, *caId, passphrase);
        if (!unlocked)
            return 0;
        key = std::move(*unlocked);
        return *caId;
    }

    /// A device certificate and key, as the job writes them, signed by `caId`.
    std::optional<crypto::IssuedDeviceCertificate> issue(qint64 caId, const crypto::PrivateKey& key,
                                                         const QString& deviceName)
    {
        auto ca = m_workspace->cas().get(caId);
        if (!ca)
            return std::nullopt;
        auto caCertificate = crypto::Certificate::fromDer(ca->certificateDer);
        if (!caCertificate)
            return std::nullopt;
        auto issuer = crypto::DeviceCertificateIssuer::create(*caCertificate, key);
        if (!issuer)
            return std::nullopt;
        crypto::DeviceCertificateSpec spec;
        spec.subject = *crypto::DistinguishedName::parse(QStringLiteral("CN=%1").arg(deviceName));
        auto issued = issuer->issue(spec);
        if (!issued)
            return std::nullopt;
        return std::move(*issued);
    }

    void reopen()
    {
        m_workspace.reset();
        auto opened = model::Workspace::open(m_folder);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        m_workspace = std::move(*opened);
    }

    static Status runJob(IssueDeviceCertificatesJob& job, const std::function<void(qint64)>& onProgress = {})
    {
        return test::runJob(job, 120000, onProgress);
    }

    model::DeviceBatchParameters parameters(const QString& productKey, const QString& out, const QString& csv = {})
    {
        model::DeviceBatchParameters parameters;
        parameters.caId = m_caId;
        parameters.productKey = productKey;
        parameters.profile = model::DeviceProfile(model::DeviceProfile::Id::ApsaraMq);
        parameters.outputFolder = out;
        parameters.csvPath = csv;
        parameters.threads = 2;
        parameters.batchSize = 3;
        return parameters;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_folder = m_workspaces.location(path(QStringLiteral("workspace")));
        auto workspace = model::Workspace::open(m_folder);
        QVERIFY(workspace.ok());
        m_workspace = std::move(*workspace);
        QVERIFY(m_workspace->recoveryReport().isEmpty());
        m_caId = createCa(QStringLiteral("Recovery Root"), m_caKey);
        QVERIFY(m_caId > 0);
        m_otherCaId = createCa(QStringLiteral("Other Root"), m_otherKey);
        QVERIFY(m_otherCaId > 0);
    }

    void theNextOpenAdoptsRemovesAndNamesWhatACrashLeft()
    {
        const QDir out(path(QStringLiteral("crashed")));
        QVERIFY(QDir().mkpath(out.path()));
        const QString job = IssuanceIntents::newJobId();
        QList<IssuanceIntent> intents;
        for (const char* name : {"signed", "lonekey", "garbage", "foreign", "temporary", "nothing", "link"}) {
            IssuanceIntent intent;
            intent.job = job;
            intent.caId = m_caId;
            intent.productKey = product;
            intent.deviceName = QString::fromLatin1(name);
            intent.certificatePath = out.filePath(intent.deviceName + QStringLiteral(".crt"));
            intent.keyPath = out.filePath(intent.deviceName + QStringLiteral(".key"));
            intents.append(intent);
        }
        QVERIFY(IssuanceIntents::record(*m_workspace, intents).ok());

        // What a SIGKILL can leave (the job writes the key, then the certificate).
        auto signedCertificate = issue(m_caId, m_caKey, QStringLiteral("signed"));
        QVERIFY(signedCertificate);
        QVERIFY(writeFile(out.filePath(QStringLiteral("signed.key")), signedCertificate->keyPem.view()));
        QVERIFY(writeFile(out.filePath(QStringLiteral("signed.crt")), signedCertificate->certificatePem));
        QVERIFY(writeFile(out.filePath(QStringLiteral("lonekey.key")), signedCertificate->keyPem.view()));
        QVERIFY(writeFile(out.filePath(QStringLiteral("garbage.key")), "key"));
        QVERIFY(writeFile(out.filePath(QStringLiteral("garbage.crt")), "-----BEGIN CERTIFICATE-----\nAAAA\n"));
        auto foreign = issue(m_otherCaId, m_otherKey, QStringLiteral("foreign"));
        QVERIFY(foreign);
        QVERIFY(writeFile(out.filePath(QStringLiteral("foreign.key")), foreign->keyPem.view()));
        QVERIFY(writeFile(out.filePath(QStringLiteral("foreign.crt")), foreign->certificatePem));
        QVERIFY(writeFile(out.filePath(QStringLiteral(".temporary.crt.part")), "-----BEGIN CERT"));
        QVERIFY(writeFile(out.filePath(QStringLiteral("link-target.pem")), signedCertificate->certificatePem));
        QVERIFY(QFile::link(out.filePath(QStringLiteral("link-target.pem")), out.filePath(QStringLiteral("link.crt"))));
        const qint64 auditBefore = *m_workspace->audit().count();

        reopen();
        const model::IssuanceRecoveryReport& report = m_workspace->recoveryReport();
        QCOMPARE(report.intentCount, 7);
        QCOMPARE(report.adoptedFiles, QStringList {out.filePath(QStringLiteral("signed.crt"))});
        QStringList removed = report.removedFiles;
        removed.sort();
        QStringList expectedRemoved {
            out.filePath(QStringLiteral(".temporary.crt.part")), out.filePath(QStringLiteral("garbage.crt")),
            out.filePath(QStringLiteral("garbage.key")), out.filePath(QStringLiteral("lonekey.key"))};
        expectedRemoved.sort();
        QCOMPARE(removed, expectedRemoved);
        QCOMPARE(report.untouchedFiles.size(), 2);
        QVERIFY2(report.untouchedFiles.at(0).contains(QStringLiteral("foreign.crt")),
                 qPrintable(report.untouchedFiles.at(0)));
        QVERIFY2(report.untouchedFiles.at(1).contains(QStringLiteral("link.crt")),
                 qPrintable(report.untouchedFiles.at(1)));
        QVERIFY(!report.messages().isEmpty());
        QVERIFY(report.messages().constFirst().contains(QStringLiteral("signed.crt")));

        // On disk: the adopted pair, the foreign pair and the link stay; the rest is gone.
        QStringList present = out.entryList(QDir::Files | QDir::Hidden | QDir::System);
        present.sort();
        QCOMPARE(present,
                 (QStringList {QStringLiteral("foreign.crt"), QStringLiteral("foreign.key"),
                               QStringLiteral("link-target.pem"), QStringLiteral("link.crt"),
                               QStringLiteral("signed.crt"), QStringLiteral("signed.key")}));
        QCOMPARE(readFile(out.filePath(QStringLiteral("foreign.crt"))), foreign->certificatePem);

        // In the workspace: the adopted certificate, with its file as export path; no intent left; two audit
        // entries (the recorded devices, and what was done), chain intact.
        auto adopted = m_workspace->devices().findByDevice(product, QStringLiteral("signed"));
        QVERIFY(adopted.ok() && adopted->has_value());
        QCOMPARE((*adopted)->caId, m_caId);
        QCOMPARE((*adopted)->serialHex, signedCertificate->certificate.serialNumberHex());
        QCOMPARE((*adopted)->certificateDer, signedCertificate->certificateDer);
        QCOMPARE((*adopted)->exportedPath, out.filePath(QStringLiteral("signed.crt")));
        for (const char* name : {"lonekey", "garbage", "foreign", "temporary", "nothing", "link"}) {
            auto absent = m_workspace->devices().findByDevice(product, QString::fromLatin1(name));
            QVERIFY(absent.ok() && !absent->has_value());
        }
        QVERIFY(IssuanceIntents::pending(*m_workspace)->isEmpty());
        QCOMPARE(*m_workspace->audit().count(), auditBefore + 2);
        QCOMPARE(auditCount(*m_workspace, model::AuditAction::DevicesRecovered), 1);
        QCOMPARE(auditCount(*m_workspace, model::AuditAction::IssuanceRecovered), 1);
        QVERIFY(m_workspace->audit().verify()->intact());

        // Nothing left for the open after that.
        reopen();
        QVERIFY(m_workspace->recoveryReport().isEmpty());
        QVERIFY(m_workspace->recoveryReport().messages().isEmpty());
    }

    /// A re-issue (model::DeviceReissue) signed before a crash: the next open records it as the re-issue it was, the
    /// next generation superseding the old certificate, for the same public key.
    void aReissueSignedBeforeACrashIsRecordedAsTheReissue()
    {
        auto first = issue(m_caId, m_caKey, QStringLiteral("renewed"));
        QVERIFY(first);
        model::DeviceCertificateRecord record;
        record.serialHex = first->serialNumberHex;
        record.productKey = product;
        record.deviceName = QStringLiteral("renewed");
        record.certificateDer = first->certificateDer;
        record.notAfter = first->notAfter;
        QVERIFY(m_workspace->devices().add(m_caId, {record}).ok());

        const QDir out(path(QStringLiteral("reissue-crashed")));
        QVERIFY(QDir().mkpath(out.path()));
        IssuanceIntent intent;
        intent.job = IssuanceIntents::newJobId();
        intent.caId = m_caId;
        intent.productKey = product;
        intent.deviceName = QStringLiteral("renewed");
        intent.certificatePath = out.filePath(QStringLiteral("renewed.crt"));
        intent.supersedesSerial = first->serialNumberHex;
        QVERIFY(IssuanceIntents::record(*m_workspace, {intent}).ok());
        // What DeviceReissue signs: the old certificate's subject and public key, a new serial.
        auto ca = m_workspace->cas().get(m_caId);
        QVERIFY(ca.ok());
        auto issuer =
            crypto::DeviceCertificateIssuer::create(*crypto::Certificate::fromDer(ca->certificateDer), m_caKey);
        QVERIFY(issuer.ok());
        crypto::DeviceCertificateSpec spec;
        spec.publicKeyOf = first->certificate;
        auto second = issuer->issue(spec);
        QVERIFY(second.ok());
        QVERIFY(second->key.isNull() && second->keyPem.isEmpty());
        QCOMPARE(second->certificate.publicKeyDer(), first->certificate.publicKeyDer());
        QCOMPARE(second->certificate.subjectString(), first->certificate.subjectString());
        QVERIFY(writeFile(intent.certificatePath, second->certificatePem));

        reopen();
        QCOMPARE(m_workspace->recoveryReport().adoptedFiles, QStringList {intent.certificatePath});
        auto newest = m_workspace->devices().findByDevice(product, QStringLiteral("renewed"));
        QVERIFY(newest.ok() && newest->has_value());
        QCOMPARE((*newest)->serialHex, second->serialNumberHex);
        QCOMPARE((*newest)->generation, 2);
        QCOMPARE((*newest)->supersedesSerial, first->serialNumberHex);
        QVERIFY(m_workspace->devices().find(m_caId, first->serialNumberHex)->has_value());
        QCOMPARE(auditCount(*m_workspace, model::AuditAction::DeviceReissued), 1);
        QVERIFY(IssuanceIntents::pending(*m_workspace)->isEmpty());
        QVERIFY(m_workspace->audit().verify()->intact());
    }

    void aReadOnlyOpenRecoversNothing()
    {
        IssuanceIntent intent;
        intent.job = IssuanceIntents::newJobId();
        intent.caId = m_caId;
        intent.productKey = product;
        intent.deviceName = QStringLiteral("readonly");
        intent.certificatePath = path(QStringLiteral("readonly.crt"));
        intent.keyPath = path(QStringLiteral("readonly.key"));
        QVERIFY(IssuanceIntents::record(*m_workspace, {intent}).ok());
        QVERIFY(writeFile(intent.keyPath, "lone key"));
        {
            auto readOnly = model::Workspace::open(m_folder, model::Workspace::OpenMode::ReadOnly);
            QVERIFY(readOnly.ok());
            QVERIFY((*readOnly)->recoveryReport().isEmpty());
        }
        QVERIFY(QFile::exists(intent.keyPath));
        reopen();
        QCOMPARE(m_workspace->recoveryReport().removedFiles, QStringList {intent.keyPath});
        QVERIFY(!QFile::exists(intent.keyPath));
    }

    void aJobRecordsFirstAndClearsItsIntents()
    {
        const QString out = path(QStringLiteral("job-out"));
        IssueDeviceCertificatesJob job(*m_workspace, parameters(QStringLiteral("jobpk"), out),
                                       {QStringLiteral("job-1"), QStringLiteral("job-2"), QStringLiteral("job-3"),
                                        QStringLiteral("job-4"), QStringLiteral("job-5")},
                                       crypto::KeyAlgorithm::EcP256, m_caKey);
        qint64 intentsBeforeAnyKey = -1;
        qint64 filesBeforeAnyKey = -1;
        const Status status = runJob(job, [&](qint64 done) {
            // Progress 0 comes right after the pre-flight, before the first key is made.
            if (done == 0 && intentsBeforeAnyKey < 0) {
                intentsBeforeAnyKey = IssuanceIntents::pending(*m_workspace)->size();
                filesBeforeAnyKey = QDir(out).entryList(QDir::Files | QDir::Hidden).size();
            }
        });
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message));
        QCOMPARE(intentsBeforeAnyKey, 5);
        QCOMPARE(filesBeforeAnyKey, 0);
        QVERIFY(IssuanceIntents::pending(*m_workspace)->isEmpty());

        // A failing job too (a file in the way of the second batch).
        const QString failingOut = path(QStringLiteral("job-fail"));
        IssueDeviceCertificatesJob failing(*m_workspace, parameters(QStringLiteral("failpk"), failingOut),
                                           {QStringLiteral("fail-1"), QStringLiteral("fail-2"),
                                            QStringLiteral("fail-3"), QStringLiteral("fail-4"),
                                            QStringLiteral("fail-5")},
                                           crypto::KeyAlgorithm::EcP256, m_caKey);
        const Status failed = runJob(failing, [&](qint64 done) {
            if (done == 0)
                QVERIFY(writeFile(QDir(failingOut).filePath(QStringLiteral("fail-5.crt")), "in the way"));
        });
        QVERIFY(!failed.ok());
        QVERIFY(IssuanceIntents::pending(*m_workspace)->isEmpty());
    }

    void aReRunIntoTheSameFolderCompletesTheIssue()
    {
        // The state after a crash and the next open: the first devices recorded with their files, no CSV.
        const QString out = path(QStringLiteral("rerun-out"));
        QStringList names;
        for (int i = 1; i <= 8; ++i)
            names << QStringLiteral("rerun-%1").arg(i);
        IssueDeviceCertificatesJob first(*m_workspace, parameters(QStringLiteral("rerunpk"), out), names.mid(0, 5),
                                         crypto::KeyAlgorithm::EcP256, m_caKey);
        QVERIFY(runJob(first).ok());

        const QString csv = path(QStringLiteral("rerun.csv"));
        IssueDeviceCertificatesJob again(*m_workspace, parameters(QStringLiteral("rerunpk"), out, csv), names,
                                         crypto::KeyAlgorithm::EcP256, m_caKey);
        const Status status = runJob(again);
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message));
        QCOMPARE(again.requestedCount(), 8);
        QCOMPARE(again.issued().size(), 8);
        QCOMPARE(again.warnings().size(), 1);
        QVERIFY2(again.warnings().constFirst().contains(QStringLiteral("5 device")),
                 qPrintable(again.warnings().constFirst()));
        // The CSV lists all eight, with the recorded serials.
        const QByteArray content = readFile(csv);
        for (const QString& name : names) {
            auto device = m_workspace->devices().findByDevice(QStringLiteral("rerunpk"), name);
            QVERIFY(device.ok() && device->has_value());
            QVERIFY2(content.contains((QStringLiteral("rerunpk,%1,%2").arg(name, (*device)->serialHex)).toUtf8()),
                     content.constData());
        }
        QCOMPARE(QDir(out).entryList(QDir::Files).size(), 16);

        // Into another folder the recorded devices are still refused.
        IssueDeviceCertificatesJob elsewhere(*m_workspace,
                                             parameters(QStringLiteral("rerunpk"), path(QStringLiteral("elsewhere"))),
                                             names, crypto::KeyAlgorithm::EcP256, m_caKey);
        const Status refused = runJob(elsewhere);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("DeviceExists"));
    }
};

QTEST_GUILESS_MAIN(TestIssuanceRecovery)
#include "TestIssuanceRecovery.moc"
