// DeviceArchiveWriter writes through a user-space buffer (BufferedFileOutput, issue 21).
// Whatever the buffer's size — one byte, smaller than a local header, a few entries, larger than the archive — the
// archive must read back, entry for entry and byte for byte, in two readers independent of our writer: Info-ZIP
// `unzip -t` (every entry's CRC) and python's zipfile (names, modes, contents); and SHA256SUMS must list each entry.
#include "model/files/DeviceArchiveWriter.h"
#include "tests/support/ProgramRun.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace iotca;
using namespace iotca::model;

namespace {

struct Entry
{
    QString name;
    QByteArray content;
    bool ownerOnly = false;
};

/// Device-like entries of uneven sizes, and one far larger than the small buffers (a long certificate chain).
QList<Entry> entries()
{
    QList<Entry> list;
    for (int i = 0; i < 300; ++i) {
        QByteArray content = QByteArrayLiteral("-----BEGIN CERTIFICATE-----\n");
        for (int line = 0; line < 1 + (i * 7) % 23; ++line)
            content += QByteArray(64, char('A' + (i + line) % 26)) + '\n';
        content += QByteArrayLiteral("-----END CERTIFICATE-----\n");
        list.append({QStringLiteral("a1Product_device-%1_0A1B.cer").arg(i, 4, 10, QLatin1Char('0')), content, false});
        list.append({QStringLiteral("a1Product_device-%1_0A1B.key").arg(i, 4, 10, QLatin1Char('0')),
                     QByteArray(121 + i % 50, char('k')), true});
        if (i == 150)
            list.append({QStringLiteral("chain.pem"), QByteArray(300000, 'c'), false});
    }
    return list;
}

QString sha256Hex(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestDeviceArchiveWriter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void readsBackWhateverTheBuffer_data()
    {
        QTest::addColumn<qsizetype>("bufferBytes");
        QTest::newRow("1 byte: every write goes straight to the file") << qsizetype(1);
        QTest::newRow("17 bytes: smaller than a local header") << qsizetype(17);
        QTest::newRow("4 KiB: headers patched across flushes") << qsizetype(4096);
        QTest::newRow("default (1 MiB)") << BufferedFileOutput::defaultCapacity;
    }

    void readsBackWhateverTheBuffer()
    {
        QFETCH(qsizetype, bufferBytes);
        const QString path = m_dir.filePath(QStringLiteral("devices-%1.zip").arg(bufferBytes));
        const QList<Entry> written = entries();
        {
            DeviceArchiveWriter writer(path, bufferBytes);
            QVERIFY(writer.open());
            for (const Entry& entry : written)
                QVERIFY(
                    writer.addFile(entry.name, entry.content, ArchiveFileDigest::of(entry.content), entry.ownerOnly));
            QVERIFY(writer.finish(QStringLiteral("devices.csv"), 10000));
            QVERIFY(writer.commit());
        }
        QVERIFY(!QFile::exists(DeviceArchiveWriter::temporaryPath(path)));

        // Info-ZIP reads every entry back and checks its CRC and sizes against both headers.
        const test::ProgramRun tested = test::runProgram(QStringLiteral("unzip"), {QStringLiteral("-tq"), path});
        QVERIFY2(tested.exitCode == 0, (tested.out + tested.err).constData());

        // python's zipfile: every entry, its mode, its SHA-256; and the manifest.
        const test::ProgramRun python = test::runProgram(
            QStringLiteral("python3"),
            {QStringLiteral("-c"),
             QStringLiteral("import hashlib, json, sys, zipfile\n"
                            "with zipfile.ZipFile(sys.argv[1]) as z:\n"
                            "    assert z.testzip() is None\n"
                            "    print(json.dumps({'entries': [[i.filename, (i.external_attr >> 16) & 0o777, "
                            "hashlib.sha256(z.read(i)).hexdigest()] for i in z.infolist()], "
                            "'manifest': z.read('SHA256SUMS').decode()}))\n"),
             path});
        QVERIFY2(python.exitCode == 0, python.err.constData());
        const QJsonObject read = QJsonDocument::fromJson(python.out).object();
        const QJsonArray readEntries = read.value(QStringLiteral("entries")).toArray();
        // The device files, then the CSV and SHA256SUMS that finish() adds.
        QCOMPARE(readEntries.size(), written.size() + 2);
        const QStringList manifest = read.value(QStringLiteral("manifest")).toString().split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < written.size(); ++i) {
            const QJsonArray entry = readEntries.at(i).toArray();
            QCOMPARE(entry.at(0).toString(), written.at(i).name);
            QCOMPARE(entry.at(1).toInt(), written.at(i).ownerOnly ? 0600 : 0644);
            QCOMPARE(entry.at(2).toString(), sha256Hex(written.at(i).content));
            QCOMPARE(manifest.value(i), sha256Hex(written.at(i).content) + QStringLiteral("  ") + written.at(i).name);
        }
        QCOMPARE(readEntries.at(written.size()).toArray().at(0).toString(), QStringLiteral("devices.csv"));
        QCOMPARE(readEntries.at(written.size() + 1).toArray().at(0).toString(), DeviceArchiveWriter::manifestName());
    }

    void cancelledArchiveLeavesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("cancelled.zip"));
        {
            DeviceArchiveWriter writer(path, 64);
            QVERIFY(writer.open());
            QVERIFY(writer.addFile(QStringLiteral("a.cer"), QByteArray(1000, 'a'), ArchiveFileDigest::of("a"), false));
            writer.cancel();
        }
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(DeviceArchiveWriter::temporaryPath(path)));
    }
};

QTEST_GUILESS_MAIN(TestDeviceArchiveWriter)
#include "TestDeviceArchiveWriter.moc"
