#include "CsvTestData.h"
#include "model/csv/AssociationCsvSplitter.h"
#include "model/input/InputErrorCode.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace iotca::model;
namespace csv = iotca::test::csv;

class TestAssociationCsvSplitter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void splitsIntoValidFilesOfTenThousand();
    void smallFileGivesOnePart();
    void invalidRowsWriteNothing();
    void duplicatesAcrossPartsAreCaught();
    void unreadableFileIsAnError();
    void partNames();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAssociationCsvSplitter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestAssociationCsvSplitter::splitsIntoValidFilesOfTenThousand()
{
    const QString input = csv::writeFile(*m_dir, QStringLiteral("fleet.csv"), csv::associationCsv(25'001));
    const QString out = m_dir->filePath(QStringLiteral("parts"));
    const auto split = AssociationCsvSplitter().split(input, out);
    QVERIFY2(split, split ? "" : qPrintable(split.error().fullText()));
    QVERIFY(split->report.tooManyRows);
    QCOMPARE(split->report.rowCount, 25'001);
    QCOMPARE(split->files,
             (QStringList {QDir(out).filePath(QStringLiteral("fleet-part-001.csv")),
                           QDir(out).filePath(QStringLiteral("fleet-part-002.csv")),
                           QDir(out).filePath(QStringLiteral("fleet-part-003.csv"))}));
    QCOMPARE(QFileInfo(out).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeOther),
             QFile::Permissions());

    // Every part passes on its own, and together they hold every row once, in order, serials normalised.
    const QList<int> expectedRows {10'000, 10'000, 5'001};
    int next = 0;
    for (int part = 0; part < split->files.size(); ++part) {
        AssociationCsvValidator::Options options;
        options.keepRows = true;
        const auto report = AssociationCsvValidator(options).validateFile(split->files.at(part));
        QVERIFY(report);
        QVERIFY(report->isValid());
        QCOMPARE(report->rowCount, expectedRows.at(part));
        for (const AssociationRow& row : report->rows) {
            QCOMPARE(row.deviceName, QString::fromLatin1(csv::deviceName(next)));
            QCOMPARE(row.certSn, csv::normalisedSerial(next));
            ++next;
        }
    }
    QCOMPARE(next, 25'001);
}

void TestAssociationCsvSplitter::smallFileGivesOnePart()
{
    const QString input = csv::writeFile(*m_dir, QStringLiteral("small.csv"), csv::associationCsv(7));
    const auto split = AssociationCsvSplitter().split(input, m_dir->path());
    QVERIFY(split);
    QVERIFY(split->report.isValid());
    QCOMPARE(split->files, QStringList {m_dir->filePath(QStringLiteral("small-part-001.csv"))});
}

void TestAssociationCsvSplitter::invalidRowsWriteNothing()
{
    QByteArray content = csv::associationCsv(12);
    content += "pk,device-x,not-hex\n";
    const QString input = csv::writeFile(*m_dir, QStringLiteral("bad.csv"), content);
    const QString out = m_dir->filePath(QStringLiteral("parts"));
    const auto split = AssociationCsvSplitter(5).split(input, out);
    QVERIFY(split);
    QVERIFY(split->files.isEmpty());
    QVERIFY(split->report.tooManyRows);
    QVERIFY(split->report.problemCount() >= 2);
    QVERIFY(!QFileInfo::exists(out));
}

void TestAssociationCsvSplitter::duplicatesAcrossPartsAreCaught()
{
    QByteArray content = csv::associationCsv(9);
    content += "a1ProductKey,device-again," + csv::serialText(1) + '\n'; // same serial as row 2, in the next part
    const QString input = csv::writeFile(*m_dir, QStringLiteral("dupes.csv"), content);
    const auto split = AssociationCsvSplitter(5).split(input, m_dir->filePath(QStringLiteral("parts")));
    QVERIFY(split);
    QVERIFY(split->files.isEmpty());
    QCOMPARE(split->report.problemCount(), 2);
    QCOMPARE(split->report.diagnostics.at(1).line, 11);
    QCOMPARE(split->report.diagnostics.at(1).column, QStringLiteral("CertSN"));
}

void TestAssociationCsvSplitter::unreadableFileIsAnError()
{
    const auto split = AssociationCsvSplitter().split(m_dir->filePath(QStringLiteral("missing.csv")), m_dir->path());
    QVERIFY(!split);
    QCOMPARE(split.error().code, QString(InputErrorCode::Missing));
}

void TestAssociationCsvSplitter::partNames()
{
    QCOMPARE(AssociationCsvSplitter::partFileName(QStringLiteral("/x/devices.csv"), 1, 3),
             QStringLiteral("devices-part-001.csv"));
    QCOMPARE(AssociationCsvSplitter::partFileName(QStringLiteral("batch.2026.csv"), 12, 120),
             QStringLiteral("batch.2026-part-012.csv"));
    QCOMPARE(AssociationCsvSplitter::partFileName(QStringLiteral("big.csv"), 7, 1200),
             QStringLiteral("big-part-0007.csv"));
}

QTEST_GUILESS_MAIN(TestAssociationCsvSplitter)
#include "TestAssociationCsvSplitter.moc"
