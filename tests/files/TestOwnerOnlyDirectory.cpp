#include "model/files/OwnerOnlyDirectory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using iotca::model::OwnerOnlyDirectory;

/// Export folders as users type them: nested, existing, and with a trailing slash (`--out devices/`, the README's
/// example, failed with "could not be created" — found by tests/scripts/documented-commands, issue 24).
class TestOwnerOnlyDirectory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsNestedFoldersOwnerOnly_data()
    {
        QTest::addColumn<QString>("relative");
        QTest::addColumn<int>("levels");
        QTest::newRow("plain") << QStringLiteral("devices") << 1;
        QTest::newRow("trailing slash") << QStringLiteral("devices/") << 1;
        QTest::newRow("nested with trailing slash") << QStringLiteral("out/devices/") << 2;
        QTest::newRow("doubled slashes") << QStringLiteral("out//devices//") << 2;
    }

    void createsNestedFoldersOwnerOnly()
    {
        QFETCH(QString, relative);
        QFETCH(int, levels);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto created = OwnerOnlyDirectory::ensureCreating(dir.filePath(relative));
        QVERIFY2(created.ok(), qPrintable(created ? QString() : created.error().message));
        QCOMPARE(created->size(), levels);
        for (const QString& folder : *created) {
            const QFileInfo info(folder);
            QVERIFY2(info.isDir(), qPrintable(folder));
            QVERIFY(!folder.endsWith(QLatin1Char('/')));
            QCOMPARE(info.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeOther),
                     QFile::Permissions());
        }
        QVERIFY(QFileInfo(dir.filePath(relative)).isDir());
        // The second time, the folder is there and nothing is created.
        const auto again = OwnerOnlyDirectory::ensureCreating(dir.filePath(relative));
        QVERIFY(again.ok());
        QVERIFY(again->isEmpty());
    }

    void refusesAFile()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("devices")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const iotca::Status status = OwnerOnlyDirectory::ensure(dir.filePath(QStringLiteral("devices/")));
        QVERIFY(!status);
    }
};

QTEST_GUILESS_MAIN(TestOwnerOnlyDirectory)
#include "TestOwnerOnlyDirectory.moc"
