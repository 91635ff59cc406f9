// Issue 20: no keychain read blocks the GUI thread. A platform action (the CA details pane's Sync, which opens the
// account through a model::SyncJob) against a keychain that answers only when the test says so: the GUI thread keeps
// processing events meanwhile, and the keychain's late refusal ends the action with its message.
#include "UiScriptedPrompter.h"
#include "UiTestWorkspace.h"

#include "tests/support/SlowSecretStore.h"
#include "ui/actions/SyncCommand.h"

#include "crypto/DistinguishedName.h"
#include "model/ca/CaCreator.h"
#include "model/ca/NewCaParameters.h"
#include "model/registration/PlatformAccountService.h"
#include "model/workspace/CaRegistrationRecord.h"
#include "model/workspace/CaRegistrationRepository.h"

#include <QPointer>
#include <QTest>
#include <QTimer>

#include <optional>

using namespace iotca;

class TestKeychainWaits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void syncWaitsForTheKeychainWithoutBlocking()
    {
        test::UiTestWorkspace workspace;
        QVERIFY2(workspace.isValid(), qPrintable(workspace.error()));
        test::SlowSecretStore store;
        model::NewCaParameters parameters;
        parameters.name = QStringLiteral("Fleet Root");
        parameters.subject = *crypto::DistinguishedName::fromCommonName(QStringLiteral("Fleet Root"));
        parameters.algorithm = crypto::KeyAlgorithm::EcP256;
        const auto caId = model::CaCreator::createRoot(workspace.workspace(), parameters,
                                                       crypto::SecureBuffer::fromBytes("fleet-root-passphrase"));
        QVERIFY2(caId, qPrintable(caId ? QString() : caId.error().fullText()));
        model::PlatformAccountRecord account;
        account.name = QStringLiteral("Production");
        account.platformId = model::platformIdName(model::PlatformId::AwsIot);
        account.region = QStringLiteral("us-east-1");
        // Never contacted: the keychain refuses the credentials first.
        account.endpoint = QStringLiteral("https://127.0.0.1:9");
        const auto accountId = model::PlatformAccountService(workspace.workspace(), store)
                                   .add(account, QStringLiteral("AKIDEXAMPLE"),
                                        crypto::SecureBuffer::fromBytes("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"));
        QVERIFY2(accountId, qPrintable(accountId ? QString() : accountId.error().fullText()));
        model::CaRegistrationRecord registration;
        registration.caId = *caId;
        registration.accountId = *accountId;
        registration.remoteId = QStringLiteral("0123456789abcdef");
        QVERIFY(workspace.workspace().registrations().upsert(registration));

        test::UiScriptedPrompter prompter;
        QPointer<ui::SyncCommand> command = new ui::SyncCommand(workspace.workspace(), store, prompter, nullptr, *caId);
        std::optional<Error> failure;
        bool succeeded = false;
        connect(command.data(), &ui::Command::failed, this, [&](const Error& error) { failure = error; });
        connect(command.data(), &ui::Command::succeeded, this, [&] { succeeded = true; });

        QVERIFY(store.returnsWithoutWaiting([&] { command->start(); }));
        QCOMPARE(store.pendingReads(), 1);

        // The GUI thread goes on: a timer fires while the keychain has not answered, and the command waits.
        bool timerFired = false;
        QTimer::singleShot(0, &store, [&] { timerFired = true; });
        QTRY_VERIFY(timerFired);
        QCOMPARE(store.pendingReads(), 1);
        QVERIFY(!failure);
        QVERIFY(!succeeded);

        store.refuseReads();
        QTRY_VERIFY(failure.has_value());
        QVERIFY(!succeeded);
        QVERIFY2(failure->detail.contains(QStringLiteral("Production")), qPrintable(failure->fullText()));
        QVERIFY2(failure->detail.contains(QStringLiteral("denied")), qPrintable(failure->fullText()));
        QTRY_VERIFY(command.isNull()); // the command ended and went
    }
};

QTEST_MAIN(TestKeychainWaits)
#include "TestKeychainWaits.moc"
