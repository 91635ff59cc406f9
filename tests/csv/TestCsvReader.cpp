#include "CsvTestData.h"
#include "model/csv/CsvReader.h"

#include <QBuffer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using iotca::model::CsvReader;
using iotca::model::CsvRecord;

namespace {

struct ReadResult
{
    QList<CsvRecord> records;
    bool failed = false;
    QString errorCode;
    QString errorMessage;
    int errorLine = 0;
};

ReadResult readAll(const QByteArray& content, qsizetype chunkSize)
{
    QBuffer buffer;
    buffer.setData(content);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, chunkSize);
    ReadResult result;
    for (;;) {
        auto next = reader.next();
        if (!next) {
            result.failed = true;
            result.errorCode = next.error().code;
            result.errorMessage = next.error().message;
            result.errorLine = reader.currentLine();
            return result;
        }
        if (!next->has_value())
            return result;
        result.records.append(std::move(next->value()));
    }
}

QStringList fields(std::initializer_list<const char*> values)
{
    QStringList list;
    for (const char* value : values)
        list << QString::fromUtf8(value);
    return list;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every parsing case runs with tiny chunks too, so that CRLF pairs, quotes and UTF-8 sequences fall across
    // chunk boundaries.
    void parsing_data();
    void parsing();
    void lineNumbersFollowQuotedLineBreaks_data();
    void lineNumbersFollowQuotedLineBreaks();
    void blankRecords();
    void emptyFile();
    void byteOrderMarkIsSkipped();
    void quoteDefects_data();
    void quoteDefects();
    void notText_data();
    void notText();
    void readErrorIsReported();
    void largeFileStreams();
};

void TestCsvReader::parsing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QList<QStringList>>("expected");

    const QList<QStringList> abc {fields({"a", "b", "c"}), fields({"d", "e", "f"})};
    for (const qsizetype chunk : {qsizetype(16), qsizetype(17), qsizetype(65536)}) {
        const QByteArray suffix = " (chunk " + QByteArray::number(chunk) + ')';
        QTest::addRow("LF%s", suffix.constData()) << QByteArray("a,b,c\nd,e,f\n") << abc;
        QTest::addRow("CRLF%s", suffix.constData()) << QByteArray("a,b,c\r\nd,e,f\r\n") << abc;
        QTest::addRow("CR%s", suffix.constData()) << QByteArray("a,b,c\rd,e,f\r") << abc;
        QTest::addRow("no final line end%s", suffix.constData()) << QByteArray("a,b,c\r\nd,e,f") << abc;
        QTest::addRow("quoted comma%s", suffix.constData())
            << QByteArray("\"a,1\",b,c\n") << QList<QStringList> {fields({"a,1", "b", "c"})};
        QTest::addRow("doubled quotes%s", suffix.constData())
            << QByteArray("\"say \"\"hi\"\"\",\"\"\"\",x\n") << QList<QStringList> {fields({"say \"hi\"", "\"", "x"})};
        QTest::addRow("quoted line breaks%s", suffix.constData())
            << QByteArray("\"one\r\ntwo\nthree\",b\r\nc,d\r\n")
            << QList<QStringList> {fields({"one\r\ntwo\nthree", "b"}), fields({"c", "d"})};
        QTest::addRow("empty fields%s", suffix.constData())
            << QByteArray(",,\n\"\",x,\n") << QList<QStringList> {fields({"", "", ""}), fields({"", "x", ""})};
        QTest::addRow("spaces kept%s", suffix.constData())
            << QByteArray(" a , b\n") << QList<QStringList> {fields({" a ", " b"})};
        QTest::addRow("UTF-8%s", suffix.constData()) << QByteArray("产品,设备名称🙂,é\n")
                                                     << QList<QStringList> {fields({"产品", "设备名称🙂", "é"})};
        QTest::addRow("long field%s", suffix.constData())
            << (QByteArray(100, 'x') + ",\"" + QByteArray(100, 'y') + "\"\n")
            << QList<QStringList> {{QString(100, u'x'), QString(100, u'y')}};
    }
}

void TestCsvReader::parsing()
{
    QFETCH(QByteArray, content);
    QFETCH(QList<QStringList>, expected);
    const QByteArray tag(QTest::currentDataTag());
    const qsizetype chunk = tag.contains("chunk 16)") ? 16 : tag.contains("chunk 17)") ? 17 : 65536;

    const ReadResult result = readAll(content, chunk);
    QVERIFY2(!result.failed, qPrintable(result.errorMessage));
    QCOMPARE(result.records.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(result.records.at(i).fields, expected.at(i));
        QCOMPARE(result.records.at(i).fieldLines.size(), expected.at(i).size());
        QCOMPARE(result.records.at(i).quoteDefect, CsvRecord::QuoteDefect::None);
    }
}

void TestCsvReader::lineNumbersFollowQuotedLineBreaks_data()
{
    QTest::addColumn<QByteArray>("lineEnd");
    QTest::addColumn<qsizetype>("chunk");
    QTest::newRow("LF") << QByteArray("\n") << qsizetype(65536);
    QTest::newRow("CRLF") << QByteArray("\r\n") << qsizetype(65536);
    QTest::newRow("CRLF, small chunks") << QByteArray("\r\n") << qsizetype(16);
    QTest::newRow("CR") << QByteArray("\r") << qsizetype(65536);
}

void TestCsvReader::lineNumbersFollowQuotedLineBreaks()
{
    QFETCH(QByteArray, lineEnd);
    QFETCH(qsizetype, chunk);
    // line 1: header; lines 2-4: one record whose second field spans three lines; line 5: blank; line 6: a record.
    const QByteArray content =
        "h1,h2,h3" + lineEnd + "a,\"b" + lineEnd + "b" + lineEnd + "b\",c" + lineEnd + lineEnd + "d,e,f" + lineEnd;
    const ReadResult result = readAll(content, chunk);
    QVERIFY2(!result.failed, qPrintable(result.errorMessage));
    QCOMPARE(result.records.size(), 4);
    QCOMPARE(result.records.at(0).line, 1);
    QCOMPARE(result.records.at(1).line, 2);
    QCOMPARE(result.records.at(1).fieldLines, (QList<int> {2, 2, 4}));
    QCOMPARE(result.records.at(1).fields.at(1), QString::fromLatin1("b" + lineEnd + "b" + lineEnd + "b"));
    QCOMPARE(result.records.at(2).line, 5);
    QVERIFY(result.records.at(2).isBlank());
    QCOMPARE(result.records.at(3).line, 6);
    QCOMPARE(result.records.at(3).fields, fields({"d", "e", "f"}));
}

void TestCsvReader::blankRecords()
{
    const ReadResult result = readAll("a,b\n\n  \n,,\r\n\"\",\"\"\nc,d\n", 65536);
    QVERIFY(!result.failed);
    QCOMPARE(result.records.size(), 6);
    QVERIFY(!result.records.at(0).isBlank());
    for (int i = 1; i <= 4; ++i)
        QVERIFY2(result.records.at(i).isBlank(), qPrintable(QString::number(i)));
    QVERIFY(!result.records.at(5).isBlank());
    QCOMPARE(result.records.at(5).line, 6);
}

void TestCsvReader::emptyFile()
{
    const ReadResult result = readAll({}, 65536);
    QVERIFY(!result.failed);
    QVERIFY(result.records.isEmpty());

    const ReadResult bomOnly = readAll("\xEF\xBB\xBF", 65536);
    QVERIFY(!bomOnly.failed);
    QVERIFY(bomOnly.records.isEmpty());
}

void TestCsvReader::byteOrderMarkIsSkipped()
{
    QBuffer buffer;
    buffer.setData("\xEF\xBB\xBFProductKey,x\r\n");
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    auto record = reader.next();
    QVERIFY(record);
    QVERIFY(record->has_value());
    QCOMPARE(record->value().fields, fields({"ProductKey", "x"}));
    QCOMPARE(record->value().line, 1);
    QVERIFY(reader.hadByteOrderMark());
}

void TestCsvReader::quoteDefects_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("recordIndex");
    QTest::addColumn<CsvRecord::QuoteDefect>("defect");
    QTest::addColumn<int>("field");
    QTest::addColumn<QStringList>("fieldsRead");

    QTest::newRow("unclosed quote") << QByteArray("a,b\nc,\"d\ne,f\n") << 1 << CsvRecord::QuoteDefect::UnclosedQuote
                                    << 1 << fields({"c", "d\ne,f\n"});
    QTest::newRow("text after closing quote")
        << QByteArray("\"ab\"cd,e\n") << 0 << CsvRecord::QuoteDefect::TextAfterClosingQuote << 0
        << fields({"abcd", "e"});
    QTest::newRow("quote in unquoted field")
        << QByteArray("x,ab\"c\n") << 0 << CsvRecord::QuoteDefect::QuoteInUnquotedField << 1 << fields({"x", "ab\"c"});
}

void TestCsvReader::quoteDefects()
{
    QFETCH(QByteArray, content);
    QFETCH(int, recordIndex);
    QFETCH(CsvRecord::QuoteDefect, defect);
    QFETCH(int, field);
    QFETCH(QStringList, fieldsRead);

    const ReadResult result = readAll(content, 65536);
    QVERIFY(!result.failed);
    QVERIFY(result.records.size() > recordIndex);
    const CsvRecord& record = result.records.at(recordIndex);
    QCOMPARE(record.quoteDefect, defect);
    QCOMPARE(record.quoteDefectField, field);
    QCOMPARE(record.fields, fieldsRead);
}

void TestCsvReader::notText_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("line");

    const QString header = QStringLiteral("ProductKey,DeviceName,CertSN\r\na1B,device-1,0A\r\n");
    QTest::newRow("UTF-16 LE with BOM") << iotca::test::csv::utf16Le(header, true) << QStringLiteral("Utf16") << 1;
    QTest::newRow("UTF-16 LE without BOM") << iotca::test::csv::utf16Le(header, false) << QStringLiteral("Utf16") << 1;
    QTest::newRow("UTF-16 BE with BOM") << QByteArray("\xFE\xFF\0P\0K", 6) << QStringLiteral("Utf16") << 1;
    QTest::newRow("PNG image") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x10", 20) << QStringLiteral("Binary")
                               << 3;
    QTest::newRow("NUL on line 3") << QByteArray("a,b\nc,d\ne,\0f\n", 13) << QStringLiteral("Binary") << 3;
    QTest::newRow("control byte on line 2") << QByteArray("a,b\nc,\x01\n") << QStringLiteral("Binary") << 2;
    QTest::newRow("Latin-1 on line 4") << QByteArray("a,b\nc,d\ne,f\ng,Caf\xE9\n") << QStringLiteral("NotUtf8") << 4;
    QTest::newRow("GBK in quotes on line 2")
        << QByteArray("a,b\n\"\xB2\xFA\xC6\xB7\",x\n") << QStringLiteral("NotUtf8") << 2;
    QTest::newRow("overlong encoding") << QByteArray("a,\xC0\xAF\n") << QStringLiteral("NotUtf8") << 1;
    QTest::newRow("surrogate") << QByteArray("a,\xED\xA0\x80\n") << QStringLiteral("NotUtf8") << 1;
    QTest::newRow("above U+10FFFF") << QByteArray("a,\xF4\x90\x80\x80\n") << QStringLiteral("NotUtf8") << 1;
    QTest::newRow("truncated at the end") << QByteArray("a,b\nc,\xE4\xBA") << QStringLiteral("NotUtf8") << 2;
    QTest::newRow("lone continuation byte") << QByteArray("a,\x80\n") << QStringLiteral("NotUtf8") << 1;
}

void TestCsvReader::notText()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, code);
    QFETCH(int, line);
    for (const qsizetype chunk : {qsizetype(16), qsizetype(65536)}) {
        const ReadResult result = readAll(content, chunk);
        QVERIFY(result.failed);
        QCOMPARE(result.errorCode, code);
        QCOMPARE(result.errorLine, line);
        QVERIFY(!result.errorMessage.isEmpty());
    }
}

void TestCsvReader::readErrorIsReported()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("write-only.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly)); // reading from it fails
    CsvReader reader(&file);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("QIODevice::read.*WriteOnly")));
    auto next = reader.next();
    QVERIFY(!next);
    QCOMPARE(next.error().code, QStringLiteral("ReadFailed"));
}

void TestCsvReader::largeFileStreams()
{
    // 20,000 records through 4 KiB chunks: every record comes back, with its line, in order.
    const QByteArray content = iotca::test::csv::associationCsv(20'000);
    const ReadResult result = readAll(content, 4096);
    QVERIFY(!result.failed);
    QCOMPARE(result.records.size(), 20'001);
    QCOMPARE(result.records.last().line, 20'001);
    QCOMPARE(result.records.last().fields.at(1), QString::fromLatin1(iotca::test::csv::deviceName(19'999)));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"
