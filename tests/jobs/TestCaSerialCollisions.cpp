#include "ScriptedSerials.h"
#include "SerialCollisionFixture.h"
#include "crypto/Certificate.h"
#include "crypto/DistinguishedName.h"
#include "crypto/SecureBuffer.h"
#include "crypto/SerialNumber.h"
#include "model/ModelErrorCode.h"
#include "model/audit/AuditLog.h"
#include "model/audit/AuditVerification.h"
#include "model/ca/CaCreator.h"
#include "model/ca/CaKeyAccess.h"
#include "model/ca/CaRenewal.h"
#include "model/ca/VerificationCertificateFile.h"
#include "model/jobs/IssueDeviceCertificatesJob.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/DeviceCertificateRepository.h"
#include "model/workspace/IssuanceIntents.h"
#include "model/workspace/SerialReservation.h"
#include "model/workspace/SerialSource.h"
#include "model/workspace/VerificationCertificateLedger.h"
#include "model/workspace/Workspace.h"
#include "tests/support/JobRun.h"

#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>

using namespace iotca;
using iotca::test::ScriptedSerialsScope;
using iotca::test::serialOf;
using model::IssuanceIntent;
using model::IssuanceIntents;
using model::IssuedCertificateKind;

/// Issue 23, RFC 5280 4.1.2.2: a CA gives every certificate it issues a unique serial, whatever kind of certificate it
/// is. Not only a device certificate but every certificate a CA of the workspace signs (a sub-CA, a renewed CA
/// certificate, a verification certificate) reserves its serial before it is signed (model::SerialReservation, schema
/// step 13), under the unique index the device reservations use, and draws again when the serial is taken. The
/// collisions are forced with model::SerialSource's seam, on SQLite and on a team workspace (PostgreSQL, the throwaway
/// server of scripts/with-test-session) with two handles, as two operators' processes have.
class TestCaSerialCollisions : public test::SerialCollisionFixture
{
    Q_OBJECT

public:
    TestCaSerialCollisions()
        : SerialCollisionFixture(QStringLiteral("Serials Root"))
    { }

private:
    QString name(const QString& stem) { return QStringLiteral("%1 %2").arg(stem).arg(++m_run); }

    /// A device certificate of the root through `workspace` (the one-device `device issue`); its serial, or empty.
    QString issueDevice(model::Workspace& workspace)
    {
        Backend& b = backend();
        model::DeviceBatchParameters parameters;
        parameters.caId = b.caId;
        parameters.productKey = QStringLiteral("a1CaSerial%1").arg(++m_run);
        parameters.profile = model::DeviceProfile(model::DeviceProfile::Id::ApsaraMq);
        parameters.outputFolder = m_dir.filePath(QStringLiteral("out-%1").arg(m_run));
        model::IssueDeviceCertificatesJob job(workspace, parameters, {QStringLiteral("device")},
                                              crypto::KeyAlgorithm::EcP256, b.caKey);
        const Status outcome = test::runJob(job, 60000);
        if (!outcome || job.issued().size() != 1)
            return {};
        return job.issued().constFirst().serialHex;
    }

    /// The root's issued serials are unique across every kind, no reservation is left, the audit chain holds.
    void verifyUniqueAndSettled()
    {
        Backend& b = backend();
        QStringList serials;
        auto devices = b.workspace->devices().listForCa(b.caId);
        QVERIFY(devices.ok());
        for (const auto& device : std::as_const(*devices))
            serials << device.serialHex;
        auto verifications = model::VerificationCertificateLedger(*b.workspace).listForCa(b.caId);
        QVERIFY(verifications.ok());
        for (const auto& verification : std::as_const(*verifications))
            serials << verification.serialHex;
        auto cas = b.workspace->cas().list();
        QVERIFY(cas.ok());
        for (const auto& ca : std::as_const(*cas)) {
            if (ca.id == b.caId || ca.parentCaId == b.caId)
                serials << ca.serialHex;
        }
        const QSet<QString> distinct(serials.cbegin(), serials.cend());
        QCOMPARE(distinct.size(), serials.size());
        QVERIFY(IssuanceIntents::pending(*b.workspace)->isEmpty());
        auto verification = b.workspace->audit().verify();
        QVERIFY(verification.ok());
        QVERIFY(verification->intact());
    }

private Q_SLOTS:
    // A sub-CA whose first serial a device certificate of its parent carries draws again; the sub-CA certificate
    // carries the second serial.
    void aSubCaDrawsAgainOverADeviceSerial()
    {
        Backend& b = backend();
        const QString device = issueDevice(*b.workspace);
        QVERIFY(!device.isEmpty());
        const crypto::SerialNumber fresh = crypto::SerialNumber::random();
        ScriptedSerialsScope scripted({serialOf(device), fresh});
        auto subCa = model::CaCreator::createIntermediate(otherHandle(), caParameters(name(QStringLiteral("Sub"))),
                                                          passphrase(), b.caId, b.caKey);
        QVERIFY2(subCa.ok(), qPrintable(subCa ? QString() : describe(subCa.error())));
        auto record = b.workspace->cas().get(*subCa);
        QVERIFY(record.ok());
        QCOMPARE(record->serialHex, fresh.toHex());
        QCOMPARE(ScriptedSerialsScope::drawn(), 2);
        verifyUniqueAndSettled();
    }

    // The other way round: a device of a parent draws again over the serial of a sub-CA it signed (by another
    // operator).
    void aDeviceDrawsAgainOverASubCaSerial()
    {
        Backend& b = backend();
        const crypto::SerialNumber subSerial = crypto::SerialNumber::random();
        {
            ScriptedSerialsScope scripted({subSerial});
            auto subCa = model::CaCreator::createIntermediate(otherHandle(), caParameters(name(QStringLiteral("Sub"))),
                                                              passphrase(), b.caId, b.caKey);
            QVERIFY2(subCa.ok(), qPrintable(subCa ? QString() : describe(subCa.error())));
            QCOMPARE(b.workspace->cas().get(*subCa)->serialHex, subSerial.toHex());
        }
        const crypto::SerialNumber fresh = crypto::SerialNumber::random();
        ScriptedSerialsScope scripted({subSerial, fresh});
        QCOMPARE(issueDevice(*b.workspace), fresh.toHex());
        verifyUniqueAndSettled();
    }

    // A verification certificate (CN = the platform's registration code) draws again over a device serial, and a
    // device over a verification certificate's.
    void aVerificationCertificateAndADeviceNeverShareASerial()
    {
        Backend& b = backend();
        const QString device = issueDevice(*b.workspace);
        QVERIFY(!device.isEmpty());
        const crypto::SerialNumber fresh = crypto::SerialNumber::random();
        {
            ScriptedSerialsScope scripted({serialOf(device), fresh});
            const int run = ++m_run;
            auto written = model::VerificationCertificateFile::write(
                otherHandle(), b.caId, b.caKey, QStringLiteral("code-%1").arg(run), 300,
                m_dir.filePath(QStringLiteral("verification-%1.pem").arg(run)));
            QVERIFY2(written.ok(), qPrintable(written ? QString() : describe(written.error())));
            QCOMPARE(written->certificate.serialNumberHex(), fresh.toHex());
            QCOMPARE(ScriptedSerialsScope::drawn(), 2);
        }
        const crypto::SerialNumber another = crypto::SerialNumber::random();
        ScriptedSerialsScope scripted({fresh, another});
        QCOMPARE(issueDevice(*b.workspace), another.toHex());
        verifyUniqueAndSettled();
    }

    // A renewed root certificate is a certificate the root issues too: its new serial draws again over a device's.
    void aRenewedCaDrawsAgainOverADeviceSerial()
    {
        Backend& b = backend();
        const QString device = issueDevice(*b.workspace);
        QVERIFY(!device.isEmpty());
        const crypto::SerialNumber fresh = crypto::SerialNumber::random();
        ScriptedSerialsScope scripted({serialOf(device), fresh});
        auto renewed = model::CaRenewal::renew(otherHandle(), b.caId, b.caKey, 3650);
        QVERIFY2(renewed.ok(), qPrintable(renewed ? QString() : describe(renewed.error())));
        QCOMPARE(renewed->newSerialHex, fresh.toHex());
        QCOMPARE(b.workspace->cas().get(b.caId)->serialHex, fresh.toHex());
        verifyUniqueAndSettled();
    }

    // While one operator holds a reservation (a verification certificate being made), another operator's device
    // does not get its serial; released, the reservation is gone.
    void aHeldReservationIsNotDrawnByAnotherOperator()
    {
        Backend& b = backend();
        const crypto::SerialNumber held = crypto::SerialNumber::random();
        const crypto::SerialNumber fresh = crypto::SerialNumber::random();
        ScriptedSerialsScope scripted({held, held, fresh});
        auto reservation = model::SerialReservation::reserve(*b.workspace, b.caId, IssuedCertificateKind::Verification,
                                                             QStringLiteral("held-code"));
        QVERIFY2(reservation.ok(), qPrintable(reservation ? QString() : describe(reservation.error())));
        QCOMPARE(reservation->serial(), held);
        QCOMPARE(issueDevice(otherHandle()), fresh.toHex());
        QCOMPARE(IssuanceIntents::pending(*b.workspace)->size(), 1);
        reservation->release();
        verifyUniqueAndSettled();
    }

    // Signing that fails after the reservation (the parent key does not match the parent) leaves nothing: no CA,
    // no reservation.
    void aFailedSigningReleasesTheReservation()
    {
        Backend& b = backend();
        auto cas = b.workspace->cas().list();
        QVERIFY(cas.ok());
        auto wrongKey = crypto::PrivateKey::generate(crypto::KeyAlgorithm::EcP256);
        QVERIFY(wrongKey.ok());
        auto subCa = model::CaCreator::createIntermediate(otherHandle(), caParameters(name(QStringLiteral("Never"))),
                                                          passphrase(), b.caId, *wrongKey);
        QVERIFY(!subCa.ok());
        QCOMPARE(b.workspace->cas().list()->size(), cas->size());
        QVERIFY(IssuanceIntents::pending(*b.workspace)->isEmpty());
    }

    // A reservation whose process died (its connection is gone) is released by the next read-write open and named
    // in the audit log; a live operator's reservation is left alone.
    void aCrashedReservationIsReleasedAtTheNextOpen()
    {
        QFETCH_GLOBAL(bool, postgres);
        const QString location =
            postgres ? m_database.url() : m_dir.filePath(QStringLiteral("crashed-%1").arg(++m_run));
        if (postgres) {
            // The live reservation of another operator (alice's handle stays open).
            auto live = model::SerialReservation::reserve(*m_postgres.workspace, m_postgres.caId,
                                                          IssuedCertificateKind::Ca, QStringLiteral("Live"));
            QVERIFY(live.ok());
            const crypto::SerialNumber liveSerial = live->serial();
            auto crashed = model::Workspace::open(location);
            QVERIFY(crashed.ok());
            IssuanceIntent intent;
            intent.job = IssuanceIntents::newJobId();
            intent.caId = m_postgres.caId;
            intent.deviceName = QStringLiteral("Crashed");
            intent.kind = IssuedCertificateKind::Ca;
            auto recorded = IssuanceIntents::record(**crashed, {intent});
            QVERIFY(recorded.ok());
            const QString crashedSerial = recorded->constFirst().serial.toHex();
            crashed->reset(); // its connection ends, as a killed process's does
            auto next = model::Workspace::open(location);
            QVERIFY2(next.ok(), qPrintable(next ? QString() : describe(next.error())));
            QCOMPARE((*next)->recoveryReport().releasedSerials.size(), 1);
            QVERIFY((*next)->recoveryReport().releasedSerials.constFirst().contains(crashedSerial));
            const auto pending = IssuanceIntents::pending(**next);
            QCOMPARE(pending->size(), 1);
            QCOMPARE(pending->constFirst().serial, liveSerial);
            QCOMPARE(pending->constFirst().kind, IssuedCertificateKind::Ca);
            live->release();
            QVERIFY(IssuanceIntents::pending(**next)->isEmpty());
            return;
        }
        qint64 caId = 0;
        QString crashedSerial;
        {
            auto crashed = model::Workspace::open(location);
            QVERIFY(crashed.ok());
            auto root =
                model::CaCreator::createRoot(**crashed, caParameters(QStringLiteral("Crash Root")), passphrase());
            QVERIFY(root.ok());
            caId = *root;
            IssuanceIntent intent;
            intent.job = IssuanceIntents::newJobId();
            intent.caId = caId;
            intent.deviceName = QStringLiteral("code");
            intent.kind = IssuedCertificateKind::Verification;
            auto recorded = IssuanceIntents::record(**crashed, {intent});
            QVERIFY(recorded.ok());
            crashedSerial = recorded->constFirst().serial.toHex();
        }
        auto next = model::Workspace::open(location);
        QVERIFY2(next.ok(), qPrintable(next ? QString() : describe(next.error())));
        QCOMPARE((*next)->recoveryReport().releasedSerials.size(), 1);
        QVERIFY((*next)->recoveryReport().releasedSerials.constFirst().contains(crashedSerial));
        QVERIFY((*next)->recoveryReport().messages().isEmpty()); // nothing for the user: nothing was signed
        QVERIFY(IssuanceIntents::pending(**next)->isEmpty());
        auto entries = (*next)->audit().entries();
        QVERIFY(entries.ok());
        QVERIFY(entries->constLast().details.value(QStringLiteral("releasedSerials")).toArray().size() == 1);
    }
};

QTEST_GUILESS_MAIN(TestCaSerialCollisions)
#include "TestCaSerialCollisions.moc"
