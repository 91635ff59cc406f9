// The registration flows as model::Jobs (docs/architecture.md, "Background work"): the job reads the account's
// credentials from the keychain without blocking the thread that runs it, and a cancel — while the keychain is asked,
// or between two platform requests — leaves the workspace and the (emulated) platform as they were.
#include "RegistrationTestFixture.h"

#include "model/registration/PlatformAccountService.h"
#include "model/registration/RegistrationJobs.h"
#include "tests/support/SlowSecretStore.h"

#include <QSignalSpy>
#include <QTimer>

using namespace iotca;
using namespace iotca::model;
using namespace iotca::test;

class TestRegistrationJobs : public RegistrationTestBase
{
    Q_OBJECT

    /// An ApsaraMQ account on the emulator whose credentials are in `store` (written through the real service, so
    /// the job reads the real entry format).
    qint64 addAccount(SecretStore& store)
    {
        PlatformAccountRecord record;
        record.name = QStringLiteral("apsara-jobs-%1").arg(++m_counter);
        record.platformId = platformIdName(PlatformId::ApsaraMq);
        record.displayName = record.name;
        record.region = QStringLiteral("cn-hangzhou");
        record.endpoint = m_server->url().toString();
        record.instanceId = QStringLiteral("post-cn-emulator");
        record.caBundlePath = m_caBundle;
        const auto id =
            PlatformAccountService(*m_workspace, store).add(record, KeyId, crypto::SecureBuffer::fromBytes(KeySecret));
        if (!id)
            qFatal("account: %s", qPrintable(id.error().fullText()));
        return *id;
    }

    static RegisterCaRequest request(const TestCa& ca) { return RegisterCaRequest {ca.id, {}, {}, ca.key, true}; }

    /// What the emulated ApsaraMQ account holds: its CAs (id, active) and devices.
    QString platformSnapshot()
    {
        QStringList parts;
        for (const app::EmulatedCa& ca : emulated(PlatformId::ApsaraMq).cas)
            parts << QStringLiteral("ca %1 %2").arg(ca.id).arg(ca.active);
        parts << QStringLiteral("devices %1").arg(emulated(PlatformId::ApsaraMq).devices.size());
        return parts.join(QLatin1Char('\n'));
    }

private Q_SLOTS:
    void initTestCase() { startEmulator(); }
    void init() { resetState(); }
    void cleanup() { m_workspace.reset(); }

    void keychainReadDoesNotBlockTheThread()
    {
        SlowSecretStore store;
        const qint64 accountId = addAccount(store);
        const TestCa fleet = ca(QStringLiteral("fleet_root"));
        RegisterCaJob job(AccountAccess::toOpen(*m_workspace, store, accountId), request(fleet));
        QSignalSpy steps(&job, &RegistrationJob::step);

        QVERIFY(store.returnsWithoutWaiting([&] { job.start(); }));
        QCOMPARE(store.pendingReads(), 1);
        QVERIFY(!job.isFinished());

        // The thread goes on processing events while the keychain has not answered: a timer fires, the job waits.
        bool timerFired = false;
        QTimer::singleShot(0, &store, [&] { timerFired = true; });
        QTRY_VERIFY(timerFired);
        QVERIFY(!job.isFinished());
        QCOMPARE(store.pendingReads(), 1);
        QCOMPARE(steps.count(), 1); // "Reading the account's credentials…"

        store.answerReads();
        QTRY_VERIFY_WITH_TIMEOUT(job.isFinished(), AwaitMs);
        VERIFY_OK(job.status());
        QVERIFY(job.hasResult());
        QCOMPARE(job.result().status, RegistrationStatus::Activated);
        QCOMPARE(recordedStatus(fleet.id, accountId), RegistrationStatus::Activated);
        QCOMPARE(emulated(PlatformId::ApsaraMq).cas.size(), 1);
        QVERIFY(steps.count() > 1);
    }

    void cancelWhileTheKeychainIsAskedSendsNothing()
    {
        SlowSecretStore store;
        const qint64 accountId = addAccount(store);
        const TestCa fleet = ca(QStringLiteral("fleet_root"));
        const QString before = workspaceSnapshot(*m_workspace);
        const QString platformBefore = platformSnapshot();
        const int requests = m_server->requestCount();
        RegisterCaJob job(AccountAccess::toOpen(*m_workspace, store, accountId), request(fleet));
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QCOMPARE(store.pendingReads(), 1);
        job.cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(job.status().error().code, Job::cancelledCode());

        // The keychain's late answer changes nothing: no second finished(), no request.
        store.answerReads();
        QCoreApplication::processEvents();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(m_server->requestCount(), requests);
        QCOMPARE(workspaceSnapshot(*m_workspace), before);
        QCOMPARE(platformSnapshot(), platformBefore);
    }

    void cancelBetweenRequestsLeavesWorkspaceAndPlatform()
    {
        SlowSecretStore store;
        const qint64 accountId = addAccount(store);
        const TestCa fleet = ca(QStringLiteral("fleet_root"));
        const QString before = workspaceSnapshot(*m_workspace);
        const QString platformBefore = platformSnapshot();
        RegisterCaJob job(AccountAccess::toOpen(*m_workspace, store, accountId), request(fleet));
        // ApsaraMQ's steps (RegisterCaOperation): list, registration code, verification certificate, upload, record.
        // Cancel once the code is in, while the verification certificate is made: the upload must not happen.
        QStringList seen;
        connect(&job, &RegistrationJob::step, &job, [&](qint64 done, qint64, const QString& text) {
            seen << text;
            if (done == 2)
                job.cancel();
        });
        QSignalSpy progress(&job, &Job::progress);
        job.start();
        store.answerReads();
        QTRY_VERIFY_WITH_TIMEOUT(job.isFinished(), AwaitMs);
        QVERIFY2(!job.status(), qPrintable(seen.join(QLatin1Char('|'))));
        QCOMPARE(job.status().error().code, Job::cancelledCode());
        QVERIFY(!job.hasResult());
        QVERIFY(progress.count() >= 3);
        QCOMPARE(workspaceSnapshot(*m_workspace), before);
        QCOMPARE(platformSnapshot(), platformBefore);
        QCOMPARE(recordedStatus(fleet.id, accountId), RegistrationStatus::Deleted); // i.e. no registration
    }

    void cancelledCaStatusChangeLeavesWorkspaceAndPlatform()
    {
        // A job on an account open already (as the CLI runs it): deactivation cancelled before its request.
        Account account = this->account(PlatformId::ApsaraMq);
        const TestCa fleet = ca(QStringLiteral("fleet_root"));
        VERIFY_OK(registerCa(account, fleet));
        const QString before = workspaceSnapshot(*m_workspace);
        const QString platformBefore = platformSnapshot();
        CaStatusJob job(AccountAccess::openedAs(*account.service), fleet.id, RegistrationStatus::Inactivated);
        QSignalSpy finished(&job, &Job::finished);
        job.cancel(); // before start(): the job finishes without sending anything
        job.start();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(job.status().error().code, Job::cancelledCode());
        QCOMPARE(workspaceSnapshot(*m_workspace), before);
        QCOMPARE(platformSnapshot(), platformBefore);
        QVERIFY(!account.service->isBusy());
    }
};

QTEST_GUILESS_MAIN(TestRegistrationJobs)
#include "TestRegistrationJobs.moc"
