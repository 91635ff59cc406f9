#include "model/secrets/KeychainSecretStore.h"

#include <QTest>
#include <QUuid>

using iotca::model::KeychainSecretStore;

// Talks to the real Secret Service that scripts/test starts (gnome-keyring in a private D-Bus session).
class TestKeychainSecretStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run the tests through scripts/test: they need a D-Bus session with gnome-keyring");
    }

    void writeReadRemoveRoundTrip()
    {
        KeychainSecretStore store(m_service);
        const QString key = QStringLiteral("ca/%1/passphrase").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
        const QByteArray secret("correct horse battery staple \xe7\xa7\x98");

        const auto written = store.writeBlocking(key, secret);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().fullText()));

        const auto read = store.readBlocking(key);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().fullText()));
        QCOMPARE(read->view(), QByteArrayView(secret));

        QVERIFY(store.removeBlocking(key).ok());
        const auto gone = store.readBlocking(key);
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().code, QStringLiteral("NotFound"));
    }

    void removingAMissingEntrySucceeds()
    {
        KeychainSecretStore store(m_service);
        QVERIFY(store.removeBlocking(QStringLiteral("never-written")).ok());
    }

    void servicesAreSeparate()
    {
        KeychainSecretStore mine(m_service);
        KeychainSecretStore other(m_service + QStringLiteral("-other"));
        const QString key = QStringLiteral("account/shared-name/secret");
        QVERIFY(mine.writeBlocking(key, "mine").ok());
        QVERIFY(!other.readBlocking(key).ok());
        QVERIFY(mine.removeBlocking(key).ok());
    }

private:
    const QString m_service = QStringLiteral("IoT CA Desk tests %1").arg(QUuid::createUuid().toString());
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "TestKeychainSecretStore.moc"
