// An archive of `device issue --archive` with more than 65,534 entries (about 32,000 devices) must open in Info-ZIP
// `unzip` and python's zipfile, two readers independent of minizip that wrote it: Zip64EndRecords gives it the ZIP64
// end records minizip 1.1 leaves out (PKWARE APPNOTE.TXT 4.3.14-4.3.16).
#include "model/files/DeviceArchiveWriter.h"
#include "model/files/Zip64EndRecords.h"
#include "tests/support/ProgramRun.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace iotca;
using namespace iotca::model;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Writes an archive of `count` small entries the way the job does, and returns its path (empty on failure).
QString writeArchive(const QTemporaryDir& dir, const QString& name, int count)
{
    const QString path = dir.filePath(name);
    DeviceArchiveWriter writer(path);
    if (!writer.open())
        return {};
    for (int i = 0; i < count; ++i) {
        const QByteArray content = QByteArrayLiteral("certificate ") + QByteArray::number(i) + '\n';
        const QByteArray sha = QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();
        if (!writer.addFile(QStringLiteral("a1Product_device-%1_0A1B.cer").arg(i, 6, 10, QLatin1Char('0')), content,
                            sha, false))
            return {};
    }
    if (!writer.finish(QStringLiteral("association.csv"), 10000) || !writer.commit())
        return {};
    return path;
}

} // namespace

class TestZip64EndRecords : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void smallArchiveIsLeftAsItIs()
    {
        const QString path = writeArchive(m_dir, QStringLiteral("small.zip"), 3);
        QVERIFY(!path.isEmpty());
        const QByteArray before = readAll(path);
        QVERIFY(Zip64EndRecords::addWhereNeeded(path));
        QCOMPARE(readAll(path), before);
        const test::ProgramRun listed = test::runProgram(QStringLiteral("unzip"), {QStringLiteral("-Z1"), path});
        QVERIFY2(listed.exitCode == 0, listed.err.constData());
        QVERIFY(listed.out.contains("a1Product_device-000002_0A1B.cer"));
    }

    void manyEntriesOpenInUnzipAndPython()
    {
        // 70,000 device files, the manifest and the (empty) CSV: past the classic end record's 16-bit count.
        constexpr int count = 70000;
        const QString path = writeArchive(m_dir, QStringLiteral("many.zip"), count);
        QVERIFY(!path.isEmpty());
        const test::ProgramRun listed = test::runProgram(QStringLiteral("unzip"), {QStringLiteral("-Z1"), path});
        QVERIFY2(listed.exitCode == 0, listed.err.constData());
        const QList<QByteArray> names = listed.out.split('\n');
        QVERIFY(names.contains("a1Product_device-000000_0A1B.cer"));
        QVERIFY(names.contains("a1Product_device-069999_0A1B.cer"));
        QVERIFY(names.contains(DeviceArchiveWriter::manifestName().toUtf8()));
        // `unzip -t` reads every entry back and checks its CRC.
        const test::ProgramRun tested = test::runProgram(QStringLiteral("unzip"), {QStringLiteral("-tq"), path});
        QVERIFY2(tested.exitCode == 0, (tested.out + tested.err).constData());
        const test::ProgramRun python =
            test::runProgram(QStringLiteral("python3"),
                             {QStringLiteral("-c"),
                              QStringLiteral("import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); "
                                             "print(len(z.namelist())); print(z.read(sys.argv[2]).decode(), end='')"),
                              path, QStringLiteral("a1Product_device-069999_0A1B.cer")});
        QVERIFY2(python.exitCode == 0, python.err.constData());
        const QList<QByteArray> lines = python.out.split('\n');
        const qsizetype listedCount = names.size() - (names.constLast().isEmpty() ? 1 : 0);
        QVERIFY(listedCount > count);
        QCOMPARE(lines.value(0).toLongLong(), qint64(listedCount));
        QCOMPARE(lines.value(1), QByteArray("certificate 69999"));

        // Running it again finds the records and changes nothing.
        const QByteArray once = readAll(path);
        QVERIFY(Zip64EndRecords::addWhereNeeded(path));
        QCOMPARE(readAll(path), once);
    }

    void damagedArchiveIsReported()
    {
        const QString path = m_dir.filePath(QStringLiteral("not-a-zip.zip"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(100, 'x'));
        file.close();
        const Status refused = Zip64EndRecords::addWhereNeeded(path);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("not-a-zip.zip")),
                 qPrintable(refused.error().message));
    }
};

QTEST_GUILESS_MAIN(TestZip64EndRecords)
#include "TestZip64EndRecords.moc"
