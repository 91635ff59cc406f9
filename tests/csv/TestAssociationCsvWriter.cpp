#include "CsvTestData.h"
#include "model/csv/AssociationCsvValidator.h"
#include "model/csv/AssociationCsvWriter.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace iotca::model;
namespace csv = iotca::test::csv;

namespace {

QByteArray contents(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

AssociationRow row(const char* productKey, const char* deviceName, const char* certSn)
{
    return {0, QString::fromUtf8(productKey), QString::fromUtf8(deviceName), QString::fromUtf8(certSn)};
}

} // namespace

class TestAssociationCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void emptyTemplate();
    void filledFileRoundTrips();
    void fieldsAreQuotedWhenNeeded_data();
    void fieldsAreQuotedWhenNeeded();
    void streamedWritingAppearsOnlyOnCommit();
    void cancelKeepsThePreviousFile();
    void missingFoldersAreCreatedOwnerOnly();
    void unwritablePathIsAnError();
    void appendBeforeOpenIsAnError();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAssociationCsvWriter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestAssociationCsvWriter::emptyTemplate()
{
    const QString path = m_dir->filePath(QStringLiteral("template.csv"));
    QVERIFY(AssociationCsvWriter::writeTemplate(path));
    QCOMPARE(contents(path), QByteArray("ProductKey,DeviceName,CertSN\r\n"));

    // Our own validator recognises the header and asks for rows.
    const auto report = AssociationCsvValidator().validateFile(path);
    QVERIFY(report);
    QCOMPARE(report->diagnostics.size(), 1);
    QVERIFY(report->diagnostics.at(0).message.startsWith(QLatin1String("the file has no data rows")));
}

void TestAssociationCsvWriter::filledFileRoundTrips()
{
    QList<AssociationRow> rows;
    for (int i = 0; i < 250; ++i) {
        rows.append(
            {0, QStringLiteral("a1ProductKey"), QString::fromLatin1(csv::deviceName(i)), csv::normalisedSerial(i)});
    }
    const QString path = m_dir->filePath(QStringLiteral("issued.csv"));
    QVERIFY(AssociationCsvWriter::writeRows(path, rows));

    AssociationCsvValidator::Options options;
    options.keepRows = true;
    const auto report = AssociationCsvValidator(options).validateFile(path);
    QVERIFY(report);
    QVERIFY(report->isValid());
    QCOMPARE(report->rows.size(), rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        AssociationRow expected = rows.at(i);
        expected.line = i + 2;
        QCOMPARE(report->rows.at(i), expected);
    }
    QVERIFY(contents(path).endsWith("\r\n"));
    QVERIFY(!contents(path).startsWith("\xEF\xBB\xBF"));
}

void TestAssociationCsvWriter::fieldsAreQuotedWhenNeeded_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("plain") << QStringLiteral("device-1") << QByteArray("device-1");
    QTest::newRow("empty") << QString() << QByteArray();
    QTest::newRow("comma") << QStringLiteral("a,b") << QByteArray("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
    QTest::newRow("line break") << QStringLiteral("a\nb") << QByteArray("\"a\nb\"");
    QTest::newRow("carriage return") << QStringLiteral("a\rb") << QByteArray("\"a\rb\"");
    QTest::newRow("surrounding space") << QStringLiteral(" a") << QByteArray("\" a\"");
    QTest::newRow("UTF-8") << QStringLiteral("设备") << QByteArray("设备");
}

void TestAssociationCsvWriter::fieldsAreQuotedWhenNeeded()
{
    QFETCH(QString, field);
    QFETCH(QByteArray, encoded);
    QCOMPARE(AssociationCsvWriter::encodeField(field), encoded);

    // Whatever the writer produces, the reader gives back.
    const QString path = m_dir->filePath(QStringLiteral("quoted.csv"));
    QVERIFY(AssociationCsvWriter::writeRows(path, {{0, field, QStringLiteral("device-1"), QStringLiteral("01")}}));
    AssociationCsvValidator::Options options;
    options.keepRows = true;
    const auto report = AssociationCsvValidator(options).validateFile(path);
    QVERIFY(report);
    QCOMPARE(report->rows.size(), 1);
    QCOMPARE(report->rows.at(0).productKey, field);
}

void TestAssociationCsvWriter::streamedWritingAppearsOnlyOnCommit()
{
    const QString path = m_dir->filePath(QStringLiteral("bulk.csv"));
    AssociationCsvWriter writer(path);
    QVERIFY(writer.open());
    QVERIFY(writer.append(row("pk", "device-1", "01")));
    QVERIFY(writer.append(row("pk", "device-2", "02")));
    QCOMPARE(writer.rowCount(), 2);
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(writer.commit());
    QCOMPARE(contents(path), QByteArray("ProductKey,DeviceName,CertSN\r\npk,device-1,01\r\npk,device-2,02\r\n"));
    QVERIFY(!writer.append(row("pk", "device-3", "03"))); // committed: closed
}

void TestAssociationCsvWriter::cancelKeepsThePreviousFile()
{
    const QString path = m_dir->filePath(QStringLiteral("keep.csv"));
    QVERIFY(AssociationCsvWriter::writeRows(path, {row("pk", "device-1", "01")}));
    const QByteArray before = contents(path);
    {
        AssociationCsvWriter writer(path);
        QVERIFY(writer.open());
        QVERIFY(writer.append(row("pk", "device-9", "09")));
        writer.cancel();
        QVERIFY(!writer.commit());
    }
    {
        AssociationCsvWriter abandoned(path); // destroyed without commit
        QVERIFY(abandoned.open());
        QVERIFY(abandoned.append(row("pk", "device-8", "08")));
    }
    QCOMPARE(contents(path), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList {QStringLiteral("keep.csv")});
}

void TestAssociationCsvWriter::missingFoldersAreCreatedOwnerOnly()
{
    const QString folder = m_dir->filePath(QStringLiteral("exports/2026"));
    const QString path = folder + QStringLiteral("/template.csv");
    QVERIFY(AssociationCsvWriter::writeTemplate(path));
    QVERIFY(QFileInfo::exists(path));
    const QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
    for (const QString& created : {m_dir->filePath(QStringLiteral("exports")), folder}) {
        const QFile::Permissions permissions = QFileInfo(created).permissions()
            & (ownerOnly | QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther
               | QFile::ExeOther);
        QCOMPARE(permissions, ownerOnly);
    }
}

void TestAssociationCsvWriter::unwritablePathIsAnError()
{
    const QString file = csv::writeFile(*m_dir, QStringLiteral("plain-file"), "x");
    const auto status = AssociationCsvWriter::writeTemplate(file + QStringLiteral("/template.csv"));
    QVERIFY(!status);
    QVERIFY(!status.error().message.isEmpty());
}

void TestAssociationCsvWriter::appendBeforeOpenIsAnError()
{
    AssociationCsvWriter writer(m_dir->filePath(QStringLiteral("never.csv")));
    const auto status = writer.append(row("pk", "device-1", "01"));
    QVERIFY(!status);
    QCOMPARE(status.error().code, QStringLiteral("NotOpen"));
    QVERIFY(!writer.commit());
}

QTEST_GUILESS_MAIN(TestAssociationCsvWriter)
#include "TestAssociationCsvWriter.moc"
