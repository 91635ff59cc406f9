#include "PostgresTestDatabase.h"
#include "WorkspaceFixtures.h"
#include "model/ModelErrorCode.h"
#include "model/audit/AuditAction.h"
#include "model/audit/AuditLog.h"
#include "model/secrets/KeychainSecretStore.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/PostgresLocation.h"
#include "model/workspace/TeamWorkspacePasswords.h"
#include "model/workspace/Transaction.h"
#include "model/workspace/Workspace.h"
#include "model/workspace/WorkspaceChangeWatcher.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUuid>

using namespace iotca;
using namespace iotca::model;

/// Issue 23, a team workspace used by several people: the role's password in the OS keychain (the test session's
/// gnome-keyring; a role `iotca_secret` that logs in with scram-sha-256, scripts/lib/postgres.sh), and a change
/// committed by one session reaching another session's watcher (LISTEN/NOTIFY).
class TestTeamWorkspaceSessions : public QObject
{
    Q_OBJECT

private:
    // The test's own keychain service, so it never touches the entries of the app's.
    const QString m_service = QStringLiteral("iotca-test-team-") + QUuid::createUuid().toString(QUuid::Id128);

    /// The URL of `database` for the password role (IOTCA_TEST_POSTGRES_PASSWORD_URL's user and server).
    static QString passwordUrl(const test::PostgresTestDatabase& database)
    {
        QUrl url(database.url());
        url.setUserName(QUrl(qEnvironmentVariable("IOTCA_TEST_POSTGRES_PASSWORD_URL")).userName());
        return url.toString();
    }
    static QString passwordRole() { return QUrl(qEnvironmentVariable("IOTCA_TEST_POSTGRES_PASSWORD_URL")).userName(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("IOTCA_TEST_POSTGRES_PASSWORD_URL")
                     && qEnvironmentVariableIsSet("IOTCA_TEST_POSTGRES_PASSWORD"),
                 "run through scripts/with-test-session, which starts PostgreSQL with a password role");
    }

    void passwordComesFromTheKeychain()
    {
        test::PostgresTestDatabase database;
        const QString failure = database.create(passwordRole());
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        const QString url = passwordUrl(database);
        const QByteArray password = qgetenv("IOTCA_TEST_POSTGRES_PASSWORD");
        KeychainSecretStore secrets(m_service);

        // Nothing stored: a clear failure that names the server and the role, and nothing is created.
        auto refused = TeamWorkspacePasswords::open(url, Workspace::OpenMode::ReadWrite, secrets);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QString(ErrorCode::TeamAuthentication));
        QVERIFY2(refused.error().message.contains(passwordRole()) && refused.error().message.contains(u"127.0.0.1")
                     && refused.error().message.contains(u"No password for it is stored"),
                 qPrintable(refused.error().message));
        QCOMPARE(database.tableCount(), 0);

        // A wrong password is checked with the server and not stored.
        const Status wrong = TeamWorkspacePasswords::remember(url, "not-the-password", secrets);
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, QString(ErrorCode::TeamAuthentication));
        QVERIFY(!TeamWorkspacePasswords::isRemembered(url, secrets));
        QCOMPARE(database.tableCount(), 0);

        // The right one is stored; opens use it.
        const Status stored = TeamWorkspacePasswords::remember(url, password, secrets);
        QVERIFY2(stored, qPrintable(stored.ok() ? QString() : stored.error().fullText()));
        QVERIFY(TeamWorkspacePasswords::isRemembered(url, secrets));
        QCOMPARE(database.tableCount(), 0); // remember() only connects
        {
            auto opened = TeamWorkspacePasswords::open(url, Workspace::OpenMode::ReadWrite, secrets);
            QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().fullText()));
            QVERIFY((*opened)->isTeamWorkspace());
            QVERIFY((*opened)->cas().add(test::sampleCa(QStringLiteral("Root"))));
        }
        QVERIFY(database.tableCount() > 0);

        // A stale entry (the password changed on the server): the message says the stored one was refused.
        QVERIFY(secrets.writeBlocking(TeamWorkspacePasswords::keychainKeyFor(*PostgresLocation::parse(url)),
                                      "an-old-password"));
        auto stale = TeamWorkspacePasswords::open(url, Workspace::OpenMode::ReadOnly, secrets);
        QVERIFY(!stale);
        QCOMPARE(stale.error().code, QString(ErrorCode::TeamAuthentication));
        QVERIFY2(stale.error().message.contains(u"stored in the keychain was refused"),
                 qPrintable(stale.error().message));
        // A password given (the GUI's dialog) wins over the stored one.
        auto given =
            TeamWorkspacePasswords::open(url, Workspace::OpenMode::ReadOnly, secrets, QString::fromUtf8(password));
        QVERIFY2(given, qPrintable(given ? QString() : given.error().fullText()));
        given = Error {};

        // Forgotten: refused again; forgetting twice is fine.
        QVERIFY(TeamWorkspacePasswords::forget(url, secrets));
        QVERIFY(TeamWorkspacePasswords::forget(url, secrets));
        QVERIFY(!TeamWorkspacePasswords::isRemembered(url, secrets));
        auto again = TeamWorkspacePasswords::open(url, Workspace::OpenMode::ReadWrite, secrets);
        QVERIFY(!again);
        QCOMPARE(again.error().code, QString(ErrorCode::TeamAuthentication));
    }

    void passwordInTheUrlIsRefused()
    {
        KeychainSecretStore secrets(m_service);
        for (const QString& url : {QStringLiteral("postgresql://ops:Hunter2Secret@db.example.com:5432/fleet"),
                                   QStringLiteral("postgresql://ops:Hunter2Secret@db.example.com:5432/fleet?x=%%"),
                                   QStringLiteral("postgres://ops:Hunter2Secret@[::1]/fleet")}) {
            auto opened = TeamWorkspacePasswords::open(url, Workspace::OpenMode::ReadWrite, secrets);
            QVERIFY(!opened);
            QCOMPARE(opened.error().code, QString(ErrorCode::TeamPasswordInUrl));
            QVERIFY(!opened.error().fullText().contains(u"Hunter2Secret"));
            const Status stored = TeamWorkspacePasswords::remember(url, "x", secrets);
            QVERIFY(!stored);
            QCOMPARE(stored.error().code, QString(ErrorCode::TeamPasswordInUrl));
        }
    }

    // Another session's commit reaches this session's watcher; this session's own commits and a rollback do not.
    void anotherSessionsChangeArrives()
    {
        test::PostgresTestDatabase database;
        const QString failure = database.create();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        auto opened = Workspace::open(database.url());
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().fullText()));
        std::unique_ptr<Workspace> mine = std::move(opened).value();
        opened = Workspace::open(database.url());
        QVERIFY(opened);
        std::unique_ptr<Workspace> theirs = std::move(opened).value();
        opened = Workspace::open(database.url());
        QVERIFY(opened);
        std::unique_ptr<Workspace> third = std::move(opened).value();

        WorkspaceChangeWatcher watcher(*mine);
        QVERIFY(watcher.isWatching());
        QSignalSpy changed(&watcher, &WorkspaceChangeWatcher::changed);

        // Mine (signalled by the Workspace itself, not again by the watcher), then a rollback of theirs, then a
        // commit of a third session. Notifications arrive in commit order, so when the third's has arrived, any of
        // the first two would have arrived before it.
        QVERIFY(mine->cas().add(test::sampleCa(QStringLiteral("Mine"))));
        {
            auto transaction = Transaction::begin(*theirs);
            QVERIFY(transaction);
            QVERIFY(theirs->audit().append(*transaction, AuditAction::CaExported, QStringLiteral("ca"),
                                           QStringLiteral("1")));
            transaction->rollback();
        }
        QVERIFY(third->cas().add(test::sampleCa(QStringLiteral("Third"), QStringLiteral("0C0D"))));
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, 10000);
        QTest::qWait(0);
        QCOMPARE(changed.count(), 1);

        // And the other one too, with two changes in a row.
        QVERIFY(theirs->audit().append(AuditAction::CaExported, QStringLiteral("ca"), QStringLiteral("1")));
        QVERIFY(theirs->cas().add(test::sampleCa(QStringLiteral("Theirs"), QStringLiteral("0E0F"))));
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 3, 10000);
    }

    void embeddedWorkspaceIsNotWatched()
    {
        QTemporaryDir folder;
        auto opened = Workspace::open(folder.filePath(QStringLiteral("ws")));
        QVERIFY(opened);
        WorkspaceChangeWatcher watcher(**opened);
        QVERIFY(!watcher.isWatching());
    }
};

QTEST_GUILESS_MAIN(TestTeamWorkspaceSessions)
#include "TestTeamWorkspaceSessions.moc"
