// StoredZipWriter (issue 21: `device issue --archive` in constant memory) writes the ZIP format by hand, so readers
// independent of it check every archive: Info-ZIP `unzip -t` (every entry's CRC and sizes against both headers) and
// python's zipfile (names, flags, modes, times, contents). Past 65,534 entries and past 4 GiB of offsets the ZIP64
// records take over (PKWARE APPNOTE.TXT 4.3.14, 4.3.15, 4.5.3); the 4 GiB case writes after a sparse hole, so it costs
// a few KiB of disk.
#include "model/files/StoredZipWriter.h"
#include "tests/support/ProgramRun.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <cerrno>
#include <fcntl.h>
#include <memory>
#include <optional>
#include <unistd.h>

using namespace iotca;
using namespace iotca::model;

namespace {

struct Entry
{
    QByteArray name;
    QByteArray content;
    quint32 mode = 0644;
};

/// A new archive file and an unnamed spill beside it, handed to a writer starting at `startOffset`.
std::unique_ptr<StoredZipWriter> createWriter(const QString& path, quint64 startOffset = 0)
{
    const int archive = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (archive < 0)
        return {};
    if (startOffset > 0 && ::ftruncate(archive, off_t(startOffset)) != 0) {
        ::close(archive);
        return {};
    }
    const int directory =
        ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
    if (directory < 0) {
        ::close(archive);
        return {};
    }
    return std::make_unique<StoredZipWriter>(archive, startOffset, directory);
}

bool addAll(StoredZipWriter& writer, const QList<Entry>& entries)
{
    for (const Entry& entry : entries) {
        if (!writer.add(entry.name, entry.content, StoredZipWriter::crc32(entry.content), entry.mode))
            return false;
    }
    return true;
}

/// python's zipfile: for each entry its name, the UTF-8 flag, the method, the system that made it, its permission
/// bits, its date and time, and its content (latin-1, so that any byte survives JSON).
test::ProgramRun readWithPython(const QString& path)
{
    return test::runProgram(
        QStringLiteral("python3"),
        {QStringLiteral("-c"),
         QStringLiteral("import json, sys, zipfile\n"
                        "with zipfile.ZipFile(sys.argv[1]) as z:\n"
                        "    assert z.testzip() is None\n"
                        "    print(json.dumps([[i.filename, bool(i.flag_bits & 0x800), i.compress_type, "
                        "i.create_system, (i.external_attr >> 16) & 0o7777, list(i.date_time), "
                        "z.read(i).decode('latin-1'), i.header_offset] for i in z.infolist()]))\n"),
         path});
}

/// Both readers: `unzip -t` must find every entry intact; then python's view of the entries (readWithPython), or
/// nothing and `why`.
std::optional<QJsonArray> readBack(const QString& path, QByteArray& why)
{
    const test::ProgramRun tested = test::runProgram(QStringLiteral("unzip"), {QStringLiteral("-tq"), path});
    if (tested.exitCode != 0) {
        why = tested.out + tested.err;
        return std::nullopt;
    }
    const test::ProgramRun python = readWithPython(path);
    if (python.exitCode != 0) {
        why = python.err;
        return std::nullopt;
    }
    return QJsonDocument::fromJson(python.out).array();
}

QByteArray tail(const QString& path, qint64 bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(file.size() - bytes))
        return {};
    return file.read(bytes);
}

} // namespace

class TestStoredZipWriter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void smallArchiveReadsBack()
    {
        const QString path = m_dir.filePath(QStringLiteral("small.zip"));
        const QList<Entry> entries {
            {"a1Product_device-1_0A1B.cer", "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n", 0644},
            {"a1Product_device-1_0A1B.key", QByteArray(121, 'k'), 0600},
            {"empty.txt", {}, 0644},
            {QStringLiteral("传感器-温度_01.cer").toUtf8(), QByteArray("\x00\x01\xff binary", 10), 0640},
        };
        {
            auto writer = createWriter(path);
            QVERIFY(writer);
            writer->setEntryTime(QDateTime(QDate(2026, 12, 6), QTime(16, 7, 45)));
            QVERIFY(addAll(*writer, entries));
            QVERIFY(writer->finish());
            QCOMPARE(writer->entryCount(), quint64(entries.size()));
        }
        QByteArray why;
        const std::optional<QJsonArray> read = readBack(path, why);
        QVERIFY2(read, why.constData());
        QCOMPARE(read->size(), entries.size());
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QJsonArray entry = read->at(i).toArray();
            QCOMPARE(entry.at(0).toString(), QString::fromUtf8(entries.at(i).name));
            QVERIFY(entry.at(1).toBool()); // UTF-8 names
            QCOMPARE(entry.at(2).toInt(), 0); // stored
            QCOMPARE(entry.at(3).toInt(), 3); // made by UNIX
            QCOMPARE(quint32(entry.at(4).toInt()), entries.at(i).mode);
            // MS-DOS time has two-second steps.
            QCOMPARE(entry.at(5).toArray(), QJsonArray({2026, 12, 6, 16, 7, 44}));
            QCOMPARE(entry.at(6).toString().toLatin1(), entries.at(i).content);
        }
        // No ZIP64 record in a small archive: the classic end record, 22 bytes, ends the file.
        const QByteArray end = tail(path, 22);
        QCOMPARE(qFromLittleEndian<quint32>(end.constData()), quint32(0x06054b50));
        QCOMPARE(qFromLittleEndian<quint16>(end.constData() + 10), quint16(entries.size()));
    }

    void manyEntriesGetZip64EndRecords()
    {
        // Past the classic end record's 16-bit count (0xFFFF is its "see ZIP64" value, APPNOTE 4.4.1.4).
        constexpr int count = 70000;
        const QString path = m_dir.filePath(QStringLiteral("many.zip"));
        {
            auto writer = createWriter(path);
            QVERIFY(writer);
            for (int i = 0; i < count; ++i) {
                const QByteArray content = QByteArrayLiteral("certificate ") + QByteArray::number(i) + '\n';
                QVERIFY(
                    writer->add(QStringLiteral("a1Product_device-%1_0A1B.cer").arg(i, 6, 10, QLatin1Char('0')).toUtf8(),
                                content, StoredZipWriter::crc32(content), 0644));
            }
            QVERIFY(writer->finish());
        }
        const test::ProgramRun listed = test::runProgram(QStringLiteral("unzip"), {QStringLiteral("-Z1"), path});
        QVERIFY2(listed.exitCode == 0, listed.err.constData());
        const QList<QByteArray> names = listed.out.trimmed().split('\n');
        QCOMPARE(names.size(), count);
        QCOMPARE(names.constLast(), QByteArray("a1Product_device-069999_0A1B.cer"));
        const test::ProgramRun tested = test::runProgram(QStringLiteral("unzip"), {QStringLiteral("-tq"), path});
        QVERIFY2(tested.exitCode == 0, (tested.out + tested.err).constData());
        const test::ProgramRun python =
            test::runProgram(QStringLiteral("python3"),
                             {QStringLiteral("-c"),
                              QStringLiteral("import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); "
                                             "print(len(z.namelist())); print(z.read(sys.argv[2]).decode(), end='')"),
                              path, QStringLiteral("a1Product_device-069999_0A1B.cer")});
        QVERIFY2(python.exitCode == 0, python.err.constData());
        QCOMPARE(python.out, QByteArray("70000\ncertificate 69999\n"));
        // The ZIP64 end record (56 bytes) and its locator (20) before the classic record, whose counts say 0xFFFF.
        const QByteArray end = tail(path, 56 + 20 + 22);
        QCOMPARE(qFromLittleEndian<quint32>(end.constData()), quint32(0x06064b50));
        QCOMPARE(qFromLittleEndian<quint64>(end.constData() + 32), quint64(count));
        QCOMPARE(qFromLittleEndian<quint32>(end.constData() + 56), quint32(0x07064b50));
        QCOMPARE(qFromLittleEndian<quint16>(end.constData() + 76 + 10), quint16(0xffff));
    }

    void offsetsPastFourGiB()
    {
        // The archive starts just below 4 GiB (a sparse hole before it): the second entry's local header and the
        // central directory lie past 0xFFFFFFFF, so their offsets go in ZIP64 fields.
        const QString path = m_dir.filePath(QStringLiteral("far.zip"));
        const quint64 start = 0xffffffffULL - 100;
        const QList<Entry> entries {
            {"first.cer", QByteArray(200, 'a'), 0644},
            {"second.key", QByteArray(300, 'b'), 0600},
            {"third.cer", QByteArray(50, 'c'), 0644},
        };
        {
            auto writer = createWriter(path, start);
            QVERIFY(writer);
            QVERIFY(addAll(*writer, entries));
            QVERIFY(writer->finish());
        }
        QByteArray why;
        const std::optional<QJsonArray> read = readBack(path, why);
        QVERIFY2(read, why.constData());
        QCOMPARE(read->size(), entries.size());
        for (qsizetype i = 0; i < entries.size(); ++i) {
            QCOMPARE(read->at(i).toArray().at(0).toString(), QString::fromUtf8(entries.at(i).name));
            QCOMPARE(read->at(i).toArray().at(6).toString().toLatin1(), entries.at(i).content);
        }
        QCOMPARE(qint64(read->at(0).toArray().at(7).toDouble()), qint64(start));
        QVERIFY(qint64(read->at(1).toArray().at(7).toDouble()) > qint64(0xffffffffLL));
        QCOMPARE(qFromLittleEndian<quint32>(tail(path, 56 + 20 + 22).constData()), quint32(0x06064b50));
    }

    void entryBytesMustMatchTheirSize()
    {
        const QString path = m_dir.filePath(QStringLiteral("misused.zip"));
        auto writer = createWriter(path);
        QVERIFY(writer);
        QVERIFY(writer->begin("short.txt", 10, 0, 0644));
        QVERIFY(writer->append("12345"));
        QVERIFY(!writer->end()); // 5 of 10 bytes
        QCOMPARE(writer->error(), EINVAL);

        auto second = createWriter(m_dir.filePath(QStringLiteral("misused-2.zip")));
        QVERIFY(second);
        QVERIFY(second->begin("long.txt", 3, 0, 0644));
        QVERIFY(!second->append("1234")); // more than declared
        QCOMPARE(second->error(), EINVAL);
        QVERIFY(!second->finish()); // an entry still open
    }
};

QTEST_GUILESS_MAIN(TestStoredZipWriter)
#include "TestStoredZipWriter.moc"
