#include "model/files/BatchFileWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using iotca::model::BatchFileWriter;

namespace {

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

mode_t modeOf(const QString& path)
{
    struct stat status
    { };
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? status.st_mode & 07777 : mode_t(-1);
}

} // namespace

class TestBatchFileWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    mode_t m_oldUmask = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_oldUmask = ::umask(022);
    }

    void cleanupTestCase() { ::umask(m_oldUmask); }

    void writesTheBytesWithTheRequestedAccess()
    {
        const QString certificate = m_dir.filePath(QStringLiteral("device.crt"));
        const QString key = m_dir.filePath(QStringLiteral("device.key"));
        QVERIFY(BatchFileWriter::writeFile(certificate, "certificate bytes", BatchFileWriter::Access::Public).ok());
        QVERIFY(BatchFileWriter::writeFile(key, "key bytes", BatchFileWriter::Access::OwnerOnly).ok());
        QCOMPARE(contents(certificate), QByteArray("certificate bytes"));
        QCOMPARE(contents(key), QByteArray("key bytes"));
        QCOMPARE(modeOf(key), mode_t(0600));
        QCOMPARE(modeOf(certificate), mode_t(0644)); // the umask of the test, 022
        QVERIFY(BatchFileWriter::syncFolder(m_dir.path()).ok());
    }

    void neverReplacesAnExistingFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("taken.crt"));
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("the operator's file");
        existing.close();

        const iotca::Status written = BatchFileWriter::writeFile(path, "new bytes", BatchFileWriter::Access::Public);
        QVERIFY(!written.ok());
        QVERIFY2(written.error().message.contains(QDir::toNativeSeparators(path)), qPrintable(written.error().message));
        QCOMPARE(contents(path), QByteArray("the operator's file"));
    }

    void leavesNothingBehindOnFailure()
    {
        const QString folder = m_dir.filePath(QStringLiteral("clean"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = QDir(folder).filePath(QStringLiteral("a.crt"));
        QVERIFY(BatchFileWriter::writeFile(path, "first", BatchFileWriter::Access::Public).ok());
        QVERIFY(!BatchFileWriter::writeFile(path, "second", BatchFileWriter::Access::Public).ok());
        // No temporary or partial file is ever visible next to the target.
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System),
                 QStringList {QStringLiteral("a.crt")});
    }

    void namesTheFileWhenTheFolderIsMissing()
    {
        const QString path = m_dir.filePath(QStringLiteral("missing/device.crt"));
        const iotca::Status written = BatchFileWriter::writeFile(path, "bytes", BatchFileWriter::Access::Public);
        QVERIFY(!written.ok());
        QVERIFY2(written.error().message.contains(QDir::toNativeSeparators(path)), qPrintable(written.error().message));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!BatchFileWriter::syncFolder(m_dir.filePath(QStringLiteral("missing"))).ok());
    }
};

QTEST_GUILESS_MAIN(TestBatchFileWriter)
#include "TestBatchFileWriter.moc"
