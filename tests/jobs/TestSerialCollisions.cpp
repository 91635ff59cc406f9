#include "ScriptedSerials.h"
#include "SerialCollisionFixture.h"
#include "crypto/Certificate.h"
#include "crypto/CertificateRequest.h"
#include "crypto/DistinguishedName.h"
#include "crypto/SecureBuffer.h"
#include "crypto/SerialNumber.h"
#include "model/ModelErrorCode.h"
#include "model/audit/AuditLog.h"
#include "model/audit/AuditVerification.h"
#include "model/ca/CaCreator.h"
#include "model/ca/CaKeyAccess.h"
#include "model/jobs/DeviceReissue.h"
#include "model/jobs/IssueDeviceCertificatesJob.h"
#include "model/jobs/SignCsrJob.h"
#include "model/workspace/DeviceCertificateRepository.h"
#include "model/workspace/IssuanceIntents.h"
#include "model/workspace/SerialSource.h"
#include "model/workspace/Workspace.h"
#include "tests/support/JobRun.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <atomic>
#include <memory>

using namespace iotca;
using iotca::test::ScriptedSerialsScope;
using iotca::test::serialOf;
using model::IssuanceIntent;
using model::IssuanceIntents;

/// Issue 23: serial numbers stay unique per CA across operators, and a collision is retried, never lost. Every
/// signing path (a bulk or one-device `device issue`, CSR signing, re-issue) reserves its serial in the intent row,
/// under the unique index of schema step 12, before anything is signed; a serial that is taken (by a recorded
/// certificate, or reserved by another job or operator) is drawn again. The collisions are made to happen with
/// model::SerialSource's test seam, on the embedded SQLite workspace and on a team workspace (PostgreSQL, the
/// throwaway server of scripts/with-test-session) with two handles, as two operators' processes have.
class TestSerialCollisions : public test::SerialCollisionFixture
{
    Q_OBJECT

public:
    TestSerialCollisions()
        : SerialCollisionFixture(QStringLiteral("Serial Root"))
    { }

private:
    model::DeviceBatchParameters parameters()
    {
        ++m_run;
        model::DeviceBatchParameters parameters;
        parameters.caId = backend().caId;
        parameters.productKey = QStringLiteral("a1Serial%1").arg(m_run);
        parameters.profile = model::DeviceProfile(model::DeviceProfile::Id::ApsaraMq);
        parameters.outputFolder = m_dir.filePath(QStringLiteral("out-%1").arg(m_run));
        parameters.threads = 2;
        parameters.batchSize = 4;
        return parameters;
    }

    static Status run(model::Job& job) { return test::runJob(job, 60000); }

    /// Issues `names` of a new product through `workspace` (the one-device `device issue` when one name is given).
    std::unique_ptr<model::IssueDeviceCertificatesJob> issueJob(model::Workspace& workspace, const QStringList& names)
    {
        return std::make_unique<model::IssueDeviceCertificatesJob>(workspace, parameters(), names,
                                                                   crypto::KeyAlgorithm::EcP256, backend().caKey);
    }

    /// The record and the disk tell the same story: the CA's serials are unique; each recorded certificate is in
    /// its file, byte for byte; every certificate file in `folders` is recorded; no intent is left.
    void verifyRecordMatchesFiles(const QStringList& folders)
    {
        Backend& b = backend();
        auto devices = b.workspace->devices().listForCa(b.caId);
        QVERIFY(devices.ok());
        QSet<QString> serials;
        QSet<QString> recordedFiles;
        for (const model::DeviceCertificateRecord& device : std::as_const(*devices)) {
            QVERIFY2(!serials.contains(device.serialHex), qPrintable(device.serialHex));
            serials.insert(device.serialHex);
            QFile file(device.exportedPath);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(device.exportedPath));
            auto certificate = crypto::Certificate::fromPem(file.readAll());
            QVERIFY(certificate.ok());
            QCOMPARE(certificate->serialNumberHex(), device.serialHex);
            QCOMPARE(certificate->toDer(), device.certificateDer);
            recordedFiles.insert(QFileInfo(device.exportedPath).absoluteFilePath());
        }
        for (const QString& folder : folders) {
            for (const QFileInfo& file : QDir(folder).entryInfoList({QStringLiteral("*.crt")}, QDir::Files))
                QVERIFY2(recordedFiles.contains(file.absoluteFilePath()), qPrintable(file.absoluteFilePath()));
        }
        QVERIFY(IssuanceIntents::pending(*b.workspace)->isEmpty());
        auto verification = b.workspace->audit().verify();
        QVERIFY(verification.ok());
        QVERIFY(verification->intact());
    }

    QString issuedSerial(model::Workspace& workspace, const QString& name)
    {
        auto job = issueJob(workspace, {name});
        const Status status = run(*job);
        if (!status || job->issued().size() != 1)
            return {};
        return job->issued().constFirst().serialHex;
    }

private Q_SLOTS:
    // (a) The unique indexes that make a serial per CA unique: the recorded certificates (schema step 1) and the
    // reservations (step 12), on both back ends.
    void aSerialIsUniquePerCaInTheRecordAndTheReservations()
    {
        Backend& b = backend();
        auto database = b.workspace->connection();
        QVERIFY(database.ok());
        for (const char* table : {"issuance_intents", "device_certificates"}) {
            QSqlQuery insert(*database);
            const QString statement = QLatin1String(table) == QLatin1String("issuance_intents")
                ? QStringLiteral("INSERT INTO issuance_intents (job, ca_id, product_key, device_name, "
                                 "certificate_path, created, serial_hex) VALUES ('j', ?, 'p', ?, '/x', 0, '7FAB')")
                : QStringLiteral("INSERT INTO device_certificates (ca_id, serial_hex, product_key, device_name, "
                                 "certificate_der, status, not_after, created) VALUES (?, '7FAB', 'p', ?, ?, "
                                 "'Issued', 0, 0)");
            QVERIFY(insert.prepare(statement));
            const bool intents = QLatin1String(table) == QLatin1String("issuance_intents");
            insert.addBindValue(b.caId);
            insert.addBindValue(QStringLiteral("unique-1"));
            if (!intents)
                insert.addBindValue(QByteArray("der"));
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
            QSqlQuery again(*database);
            QVERIFY(again.prepare(statement));
            again.addBindValue(b.caId);
            again.addBindValue(QStringLiteral("unique-2"));
            if (!intents)
                again.addBindValue(QByteArray("der"));
            QVERIFY2(!again.exec(), table);
            QSqlQuery cleanup(*database);
            QVERIFY(cleanup.exec(QStringLiteral("DELETE FROM %1 WHERE serial_hex = '7FAB'").arg(QLatin1String(table))));
        }
    }

    // A serial that a certificate of the CA already carries is found before signing and drawn again: the device
    // gets another serial, and the certificate it was signed with is the one recorded.
    void aSerialARecordedCertificateCarriesIsDrawnAgain()
    {
        const QString first = issuedSerial(*backend().workspace, QStringLiteral("first"));
        QVERIFY(!first.isEmpty());
        const crypto::SerialNumber fresh = crypto::SerialNumber::random();
        ScriptedSerialsScope scripted({serialOf(first), fresh});
        auto job = issueJob(otherHandle(), {QStringLiteral("second")});
        const Status status = run(*job);
        QVERIFY2(status.ok(), qPrintable(describe(status)));
        QCOMPARE(job->issued().size(), 1);
        // The taken serial, then a free one, which the one certificate signed carries.
        QCOMPARE(job->issued().constFirst().serialHex, fresh.toHex());
        QCOMPARE(ScriptedSerialsScope::drawn(), 2);
        auto second =
            backend().workspace->devices().findByDevice(job->parameters().productKey, QStringLiteral("second"));
        QVERIFY(second.ok() && second->has_value());
        QCOMPARE((*second)->serialHex, job->issued().constFirst().serialHex);
        verifyRecordMatchesFiles({job->parameters().outputFolder});
    }

    // A serial that another operator's running job has reserved (its intent is committed, its certificate not yet
    // signed) is not taken from it: the second job draws again, and the first job's reservation stays.
    void aSerialAnotherJobHasReservedIsDrawnAgain()
    {
        Backend& b = backend();
        IssuanceIntent intent;
        intent.job = IssuanceIntents::newJobId();
        intent.caId = b.caId;
        intent.productKey = QStringLiteral("a1Running");
        intent.deviceName = QStringLiteral("running-1");
        intent.certificatePath = m_dir.filePath(QStringLiteral("running-1.crt"));
        auto reserved = IssuanceIntents::record(*b.workspace, {intent});
        QVERIFY2(reserved.ok(), qPrintable(reserved ? QString() : reserved.error().message));
        const crypto::SerialNumber held = reserved->constFirst().serial;
        QVERIFY(!held.isZero());

        const crypto::SerialNumber fresh = crypto::SerialNumber::random();
        ScriptedSerialsScope scripted({held, fresh});
        auto job = issueJob(otherHandle(), {QStringLiteral("newcomer")});
        const Status status = run(*job);
        QVERIFY2(status.ok(), qPrintable(describe(status)));
        QCOMPARE(job->issued().constFirst().serialHex, fresh.toHex());
        QCOMPARE(ScriptedSerialsScope::drawn(), 2);
        auto pending = IssuanceIntents::pending(*b.workspace);
        QVERIFY(pending.ok());
        QCOMPARE(pending->size(), 1);
        QCOMPARE(pending->constFirst().job, intent.job);
        QCOMPARE(pending->constFirst().serial, held);
        QVERIFY(IssuanceIntents::clearJob(*b.workspace, intent.job).ok());
        verifyRecordMatchesFiles({job->parameters().outputFolder});
    }

    // Two operators' jobs at once, drawing from one source that hands each of five serials out twice: both jobs
    // complete, every device has its own serial, and every certificate signed is recorded and in its file.
    void twoJobsAtOnceThatDrawTheSameSerialsBothComplete()
    {
        QList<crypto::SerialNumber> twice;
        for (int i = 0; i < 5; ++i) {
            const crypto::SerialNumber serial = crypto::SerialNumber::random();
            twice << serial << serial;
        }
        ScriptedSerialsScope scripted(twice);
        QStringList names;
        for (int i = 1; i <= 12; ++i)
            names << QStringLiteral("together-%1").arg(i);
        auto alice = issueJob(*backend().workspace, names);
        auto bob = issueJob(otherHandle(), names);
        int finished = 0;
        Status aliceStatus = Error {QStringLiteral("did not finish")};
        Status bobStatus = Error {QStringLiteral("did not finish")};
        QEventLoop loop;
        connect(alice.get(), &model::Job::finished, &loop, [&](const Status& status) {
            aliceStatus = status;
            if (++finished == 2)
                loop.quit();
        });
        connect(bob.get(), &model::Job::finished, &loop, [&](const Status& status) {
            bobStatus = status;
            if (++finished == 2)
                loop.quit();
        });
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        alice->start();
        bob->start();
        loop.exec();
        QVERIFY2(aliceStatus.ok(), qPrintable(describe(aliceStatus)));
        QVERIFY2(bobStatus.ok(), qPrintable(describe(bobStatus)));
        QCOMPARE(alice->issued().size(), names.size());
        QCOMPARE(bob->issued().size(), names.size());
        // Each of the five repeated serials was refused once: at least five more draws than devices.
        QVERIFY2(ScriptedSerialsScope::drawn() >= 2 * names.size() + 5, qPrintable(QString::number(scripted.drawn())));
        QSet<QString> serials;
        for (const auto* job : {alice.get(), bob.get()}) {
            for (const model::IssuedDeviceFiles& device : job->issued())
                serials.insert(device.serialHex);
        }
        QCOMPARE(serials.size(), 2 * names.size());
        verifyRecordMatchesFiles({alice->parameters().outputFolder, bob->parameters().outputFolder});
    }

    // The other signing paths of one device: a certificate signed from a CSR, and a re-issue.
    void csrSigningAndReissueDrawAgainToo()
    {
        Backend& b = backend();
        const QString taken = issuedSerial(*b.workspace, QStringLiteral("renewable"));
        QVERIFY(!taken.isEmpty());

        // CSR signing.
        const QString csrFolder = m_dir.filePath(QStringLiteral("csr-%1").arg(m_run));
        QVERIFY(QDir().mkpath(csrFolder));
        auto deviceKey = crypto::PrivateKey::generate(crypto::KeyAlgorithm::EcP256);
        QVERIFY(deviceKey.ok());
        auto request = crypto::CertificateRequest::create(
            *deviceKey, *crypto::DistinguishedName::parse(QStringLiteral("CN=own-key")));
        QVERIFY(request.ok());
        QFile csr(QDir(csrFolder).filePath(QStringLiteral("own-key.csr")));
        QVERIFY(csr.open(QIODevice::WriteOnly));
        csr.write(request->toPem());
        csr.close();
        const model::DeviceBatchParameters signing = parameters();
        {
            const crypto::SerialNumber fresh = crypto::SerialNumber::random();
            ScriptedSerialsScope scripted({serialOf(taken), fresh});
            model::SignCsrJob job(otherHandle(), signing, csrFolder, b.caKey);
            const Status status = run(job);
            QVERIFY2(status.ok(), qPrintable(describe(status)));
            QCOMPARE(job.issued().size(), 1);
            QCOMPARE(job.issued().constFirst().serialHex, fresh.toHex());
            QCOMPARE(ScriptedSerialsScope::drawn(), 2);
        }

        // Re-issue of "renewable", for the same key, drawing its own serial first.
        model::DeviceReissueRequest reissue;
        reissue.caId = b.caId;
        reissue.serial = taken;
        reissue.profile = model::DeviceProfile(model::DeviceProfile::Id::ApsaraMq);
        reissue.outputFolder = m_dir.filePath(QStringLiteral("reissue-%1").arg(m_run));
        {
            const crypto::SerialNumber fresh = crypto::SerialNumber::random();
            ScriptedSerialsScope scripted({serialOf(taken), fresh});
            auto reissued = model::DeviceReissue::run(otherHandle(), reissue, b.caKey);
            QVERIFY2(reissued.ok(), qPrintable(reissued ? QString() : reissued.error().message));
            QCOMPARE(reissued->record.serialHex, fresh.toHex());
            QCOMPARE(ScriptedSerialsScope::drawn(), 2);
            QVERIFY(b.workspace->devices().find(b.caId, taken)->has_value()); // the old one stays recorded
        }
        verifyRecordMatchesFiles({signing.outputFolder, reissue.outputFolder});
    }

    // A serial source that only ever answers taken serials: after IssuanceIntents::serialAttempts draws the issue
    // stops with a clear error, and nothing was signed, written or recorded.
    void aSourceOfOnlyTakenSerialsSignsNothing()
    {
        Backend& b = backend();
        const QString taken = issuedSerial(*b.workspace, QStringLiteral("occupant"));
        QVERIFY(!taken.isEmpty());
        const qint64 before = *b.workspace->devices().count(b.caId);
        const qint64 auditBefore = *b.workspace->audit().count();
        QList<crypto::SerialNumber> always;
        for (int i = 0; i < IssuanceIntents::serialAttempts; ++i)
            always << serialOf(taken);
        ScriptedSerialsScope scripted(always);
        auto job = issueJob(otherHandle(), {QStringLiteral("unlucky")});
        const Status status = run(*job);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, model::ErrorCode::SerialsExhausted);
        QVERIFY2(status.error().message.contains(QStringLiteral("unlucky")), qPrintable(status.error().message));
        QCOMPARE(ScriptedSerialsScope::drawn(), IssuanceIntents::serialAttempts);
        QVERIFY(job->issued().isEmpty());
        QCOMPARE(QDir(job->parameters().outputFolder).entryList(QDir::Files | QDir::Hidden).size(), 0);
        QCOMPARE(*b.workspace->devices().count(b.caId), before);
        QCOMPARE(*b.workspace->audit().count(), auditBefore);
        QVERIFY(IssuanceIntents::pending(*b.workspace)->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSerialCollisions)
#include "TestSerialCollisions.moc"
