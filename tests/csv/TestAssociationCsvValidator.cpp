#include "CsvTestData.h"
#include "model/csv/AssociationCsvValidator.h"
#include "model/csv/DeviceCertificateLookup.h"
#include "model/input/InputErrorCode.h"

#include <QBuffer>
#include <QHash>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace iotca::model;
namespace csv = iotca::test::csv;

namespace {

AssociationCsvReport check(const QByteArray& content, AssociationCsvValidator::Options options = {})
{
    options.keepRows = true;
    QBuffer buffer;
    buffer.setData(content);
    buffer.open(QIODevice::ReadOnly);
    auto result = AssociationCsvValidator(options).validate(&buffer);
    if (!result) {
        QTest::qFail(qPrintable(result.error().fullText()), __FILE__, __LINE__);
        return {};
    }
    return std::move(result).value();
}

QString listing(const AssociationCsvReport& report)
{
    QStringList lines;
    for (const CsvDiagnostic& diagnostic : report.diagnostics)
        lines << diagnostic.text();
    return lines.join(QLatin1Char('\n'));
}

/// A workspace stand-in: the device certificates one CA issued, by serial.
class FakeLookup : public DeviceCertificateLookup
{
public:
    QString caName;
    QHash<QString, KnownDeviceCertificate> certificates;
    bool fail = false;
    mutable int calls = 0;

    iotca::Result<std::optional<KnownDeviceCertificate>> findDeviceCertificate(const QString& ca,
                                                                               const QString& serialHex) const override
    {
        ++calls;
        if (fail)
            return iotca::Error {QStringLiteral("The workspace could not be read."), QStringLiteral("disk I/O error")};
        if (ca != caName || !certificates.contains(serialHex))
            return std::optional<KnownDeviceCertificate> {};
        return std::optional<KnownDeviceCertificate> {certificates.value(serialHex)};
    }
};

} // namespace

#define VERIFY_VALID(report) QVERIFY2((report).isValid(), qPrintable(listing(report)))

class TestAssociationCsvValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validFile();
    void byteOrderMarkAndCrlf();
    void headerIsCaseInsensitiveSpacePaddedAndReordered();
    void headerProblems_data();
    void headerProblems();
    void emptyFileAndHeaderOnly();
    void fieldCount();
    void blankLinesAreIgnored();
    void quotedFields();
    void quotingMistakes();
    void notUtf8Text_data();
    void notUtf8Text();
    void productKey();
    void differentProductKeysAreSummarised();
    void deviceNameRules_data();
    void deviceNameRules();
    void duplicateDeviceName();
    void certSnRules_data();
    void certSnRules();
    void serialsAreNormalised();
    void serialsAreComparedAsNumbers_data();
    void serialsAreComparedAsNumbers();
    void tenThousandRowsPass();
    void tenThousandAndOneRowsFailWithOneError();
    void everyErrorIsReported();
    void diagnosticCap();
    void crossCheckAgainstWorkspace();
    void crossCheckFailureIsAnError();
    void progressAndCancel();
    void validateFile();
    void diagnosticText();
};

void TestAssociationCsvValidator::validFile()
{
    const AssociationCsvReport report =
        check("ProductKey,DeviceName,CertSN\na1B2c3D4e5F,device-001,0a1b\na1B2c3D4e5F,dev@home.1:x_y,FF\n");
    VERIFY_VALID(report);
    QCOMPARE(report.rowCount, 2);
    QCOMPARE(report.productKey, QStringLiteral("a1B2c3D4e5F"));
    QVERIFY(!report.tooManyRows);
    QCOMPARE(report.rows.size(), 2);
    QCOMPARE(report.rows.at(0),
             (AssociationRow {2, QStringLiteral("a1B2c3D4e5F"), QStringLiteral("device-001"), QStringLiteral("0A1B")}));
    QCOMPARE(
        report.rows.at(1),
        (AssociationRow {3, QStringLiteral("a1B2c3D4e5F"), QStringLiteral("dev@home.1:x_y"), QStringLiteral("FF")}));
}

void TestAssociationCsvValidator::byteOrderMarkAndCrlf()
{
    const AssociationCsvReport report = check("\xEF\xBB\xBFProductKey,DeviceName,CertSN\r\npk,device-1,01\r\n"
                                              "pk,device-2,02\r\n");
    VERIFY_VALID(report);
    QCOMPARE(report.rowCount, 2);
    QCOMPARE(report.rows.at(1).line, 3);
}

void TestAssociationCsvValidator::headerIsCaseInsensitiveSpacePaddedAndReordered()
{
    const AssociationCsvReport report = check(" certsn ,  DEVICENAME,productkey \n0A,device-1,pk\n0B,device-2,pk\n");
    VERIFY_VALID(report);
    QCOMPARE(report.rows.at(0),
             (AssociationRow {2, QStringLiteral("pk"), QStringLiteral("device-1"), QStringLiteral("0A")}));
    QCOMPARE(report.productKey, QStringLiteral("pk"));
}

void TestAssociationCsvValidator::headerProblems_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QStringList>("messages");

    QTest::newRow("missing column") << QByteArray("ProductKey,DeviceName")
                                    << QStringList {QStringLiteral("line 1: the header has no column CertSN")};
    QTest::newRow("unknown column")
        << QByteArray("ProductKey,DeviceName,CertSN,Comment")
        << QStringList {QStringLiteral(
               "line 1: unknown column 'Comment' in the header; the columns are ProductKey, DeviceName and CertSN")};
    QTest::newRow("repeated column")
        << QByteArray("ProductKey,DeviceName,CertSN,devicename")
        << QStringList {QStringLiteral("line 1: the column DeviceName appears twice in the header (columns 2 and 4)")};
    QTest::newRow("misspelt column")
        << QByteArray("ProductKey,Device Name,CertSN")
        << QStringList {
               QStringLiteral("line 1: unknown column 'Device Name' in the header; the columns are ProductKey, "
                              "DeviceName and CertSN"),
               QStringLiteral("line 1: the header has no column DeviceName")};
    QTest::newRow("column without a name")
        << QByteArray("ProductKey,DeviceName,CertSN,")
        << QStringList {QStringLiteral("line 1: the header has a column without a name; the columns are ProductKey, "
                                       "DeviceName and CertSN")};
    QTest::newRow("no header row") << QByteArray("a1B,device-1,0A")
                                   << QStringList {QStringLiteral(
                                          "line 1: the first line must name the columns ProductKey, DeviceName and "
                                          "CertSN; it reads 'a1B,device-1,0A'")};
}

void TestAssociationCsvValidator::headerProblems()
{
    QFETCH(QByteArray, header);
    QFETCH(QStringList, messages);
    const AssociationCsvReport report = check(header + "\npk,device-1,0A\npk,device-2,0B\n");
    QVERIFY(!report.isValid());
    QStringList texts;
    for (const CsvDiagnostic& diagnostic : report.diagnostics) {
        texts << diagnostic.text();
        QCOMPARE(diagnostic.line, 1);
        QVERIFY(diagnostic.column.isEmpty());
    }
    QCOMPARE(texts, messages);
    QVERIFY(report.rows.isEmpty()); // rows are not checked against a broken header
}

void TestAssociationCsvValidator::emptyFileAndHeaderOnly()
{
    const AssociationCsvReport empty = check({});
    QCOMPARE(empty.diagnostics.size(), 1);
    QVERIFY(empty.diagnostics.at(0).message.startsWith(QLatin1String("the file is empty")));

    const AssociationCsvReport blank = check("\n\r\n,,\n");
    QCOMPARE(blank.diagnostics.size(), 1);
    QVERIFY(blank.diagnostics.at(0).message.startsWith(QLatin1String("the file is empty")));

    const AssociationCsvReport headerOnly = check("ProductKey,DeviceName,CertSN\r\n");
    QCOMPARE(headerOnly.rowCount, 0);
    QCOMPARE(headerOnly.diagnostics.size(), 1);
    QCOMPARE(headerOnly.diagnostics.at(0).line, 0);
    QVERIFY2(headerOnly.diagnostics.at(0).message.startsWith(QLatin1String("the file has no data rows")),
             qPrintable(listing(headerOnly)));
}

void TestAssociationCsvValidator::fieldCount()
{
    const AssociationCsvReport report =
        check("ProductKey,DeviceName,CertSN\npk,device-1\npk,device-2,02\npk,device-3,03,extra\npk,device-4,04\n");
    QCOMPARE(report.rowCount, 4);
    QCOMPARE(listing(report), QStringLiteral("line 2: 2 fields, expected 3\nline 4: 4 fields, expected 3"));
    QCOMPARE(report.diagnostics.at(0).column, QString());
}

void TestAssociationCsvValidator::blankLinesAreIgnored()
{
    const AssociationCsvReport report =
        check("\nProductKey,DeviceName,CertSN\n\npk,device-1,01\n   \n,,\n\r\npk,device-2,xx\n\n");
    QCOMPARE(report.rowCount, 2);
    // Line numbers stay physical: the bad serial is on line 8.
    QCOMPARE(listing(report), QStringLiteral("line 8, column CertSN: 'xx' is not a hexadecimal serial number"));
}

void TestAssociationCsvValidator::quotedFields()
{
    // A quoted comma and doubled quotes are data, not separators; a quoted line break moves the lines on.
    const AssociationCsvReport report = check("\"ProductKey\",\"DeviceName\",\"CertSN\"\n"
                                              "\"pk\",\"device-1\",\"01\"\n"
                                              "pk,\"dev,ice-2\",02\n"
                                              "pk,\"say \"\"hi\"\"\",03\n"
                                              "pk,\"device\n4\",04\n"
                                              "pk,device-5,05x\n");
    QCOMPARE(report.rowCount, 5);
    QCOMPARE(report.rows.at(0).deviceName, QStringLiteral("device-1"));
    QCOMPARE(report.rows.at(1).deviceName, QStringLiteral("dev,ice-2"));
    QCOMPARE(report.rows.at(2).deviceName, QStringLiteral("say \"hi\""));
    QCOMPARE(report.rows.at(3).deviceName, QStringLiteral("device\n4"));
    QCOMPARE(report.rows.at(4).line, 7);
    QCOMPARE(listing(report),
             QStringLiteral("line 3, column DeviceName: DeviceName 'dev,ice-2' contains ','; only letters, digits and "
                            "- _ @ . : are allowed\n"
                            "line 4, column DeviceName: DeviceName 'say \"hi\"' contains ' '; only letters, digits "
                            "and - _ @ . : are allowed\n"
                            "line 5, column DeviceName: DeviceName 'device\n4' contains '\n'; only letters, digits "
                            "and - _ @ . : are allowed\n"
                            "line 7, column CertSN: '05x' is not a hexadecimal serial number"));
}

void TestAssociationCsvValidator::quotingMistakes()
{
    const AssociationCsvReport report = check("ProductKey,DeviceName,CertSN\n"
                                              "pk,\"device\"-1,01\n"
                                              "pk,device-2,0\"2\n"
                                              "pk,device-3,03\n"
                                              "pk,\"device-4,04\n"
                                              "pk,device-5,05\n");
    QCOMPARE(report.diagnostics.size(), 3);
    QCOMPARE(report.diagnostics.at(0).line, 2);
    QCOMPARE(report.diagnostics.at(0).column, QStringLiteral("DeviceName"));
    QVERIFY(report.diagnostics.at(0).message.contains(QLatin1String("closing quote")));
    QCOMPARE(report.diagnostics.at(1).line, 3);
    QCOMPARE(report.diagnostics.at(1).column, QStringLiteral("CertSN"));
    QVERIFY(report.diagnostics.at(1).message.contains(QLatin1String("does not start with one")));
    QCOMPARE(report.diagnostics.at(2).line, 5);
    QVERIFY(report.diagnostics.at(2).message.contains(QLatin1String("not closed")));
}

void TestAssociationCsvValidator::notUtf8Text_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("start");

    const QByteArray good = csv::associationCsv(50);
    QTest::newRow("UTF-16 with BOM") << csv::utf16Le(QString::fromLatin1(good), true) << 0
                                     << QStringLiteral("the file is UTF-16 text");
    QTest::newRow("UTF-16 without BOM") << csv::utf16Le(QString::fromLatin1(good), false) << 0
                                        << QStringLiteral("the file is UTF-16 text");
    QByteArray binary(4096, '\0');
    for (int i = 0; i < binary.size(); ++i)
        binary[i] = static_cast<char>((i * 7919) % 251);
    QTest::newRow("binary") << binary << 1 << QStringLiteral("binary data");
    QTest::newRow("Latin-1 on line 31") << (good + "pk,caf\xE9,01\n" + good.mid(good.indexOf('\n') + 1)) << 52
                                        << QStringLiteral("the file is not UTF-8");
}

void TestAssociationCsvValidator::notUtf8Text()
{
    QFETCH(QByteArray, content);
    QFETCH(int, line);
    QFETCH(QString, start);
    const AssociationCsvReport report = check(content);
    // One clear error, not a list of garbage rows.
    QCOMPARE(report.diagnostics.size(), 1);
    QCOMPARE(report.suppressedDiagnostics, 0);
    QCOMPARE(report.diagnostics.at(0).line, line);
    QVERIFY2(report.diagnostics.at(0).message.startsWith(start), qPrintable(listing(report)));
    QVERIFY(report.rows.isEmpty());
    QVERIFY(!report.isValid());
}

void TestAssociationCsvValidator::productKey()
{
    const AssociationCsvReport report = check("ProductKey,DeviceName,CertSN\n"
                                              "a1A,device-1,01\n"
                                              ",device-2,02\n"
                                              "a1A ,device-3,03\n"
                                              "a1A,device-4,04\n");
    QCOMPARE(listing(report),
             QStringLiteral("line 3, column ProductKey: the ProductKey is empty\n"
                            "line 4, column ProductKey: the ProductKey 'a1A ' has spaces around it\n"
                            "line 4, column ProductKey: ProductKey 'a1A ' differs from 'a1A' on line "
                            "2 (one product per file)"));
}

void TestAssociationCsvValidator::differentProductKeysAreSummarised()
{
    QByteArray content = "ProductKey,DeviceName,CertSN\n";
    for (int i = 0; i < 30; ++i) {
        const QByteArray productKey = i < 10 ? "a1A" : (i < 25 ? "a1B" : "a1C");
        content += productKey + ',' + csv::deviceName(i) + ',' + csv::serialText(i) + '\n';
    }
    const AssociationCsvReport report = check(content);
    QCOMPARE(report.productKey, QStringLiteral("a1A"));
    QCOMPARE(listing(report),
             QStringLiteral("line 12, column ProductKey: ProductKey 'a1B' differs from 'a1A' on line 2 "
                            "(one product per file); 'a1B' is on 15 rows in all\n"
                            "line 27, column ProductKey: ProductKey 'a1C' differs from 'a1A' on line 2 "
                            "(one product per file); 'a1C' is on 5 rows in all"));
}

void TestAssociationCsvValidator::deviceNameRules_data()
{
    QTest::addColumn<QByteArray>("deviceName");
    QTest::addColumn<QString>("message");

    QTest::newRow("4 characters") << QByteArray("abcd") << QString();
    QTest::newRow("32 characters") << QByteArray(32, 'x') << QString();
    QTest::newRow("every allowed character") << QByteArray("aZ09-_@.:") << QString();
    QTest::newRow("empty") << QByteArray() << QStringLiteral("the DeviceName is empty");
    QTest::newRow("3 characters") << QByteArray("abc")
                                  << QStringLiteral("DeviceName 'abc' must have 4 to 32 characters, not 3");
    QTest::newRow("33 characters") << QByteArray(
        33, 'x') << QStringLiteral("DeviceName '%1' must have 4 to 32 characters, not 33").arg(QString(33, u'x'));
    QTest::newRow("space") << QByteArray("dev ice")
                           << QStringLiteral("DeviceName 'dev ice' contains ' '; only letters, digits and - _ @ . : "
                                             "are allowed");
    QTest::newRow("non-ASCII letter") << QByteArray("设备一号")
                                      << QStringLiteral("DeviceName '设备一号' contains '设'; only letters, digits "
                                                        "and - _ @ . : are allowed");
    QTest::newRow("slash") << QByteArray("dev/1234")
                           << QStringLiteral("DeviceName 'dev/1234' contains '/'; only letters, digits and - _ @ . : "
                                             "are allowed");
}

void TestAssociationCsvValidator::deviceNameRules()
{
    QFETCH(QByteArray, deviceName);
    QFETCH(QString, message);
    const AssociationCsvReport report = check("ProductKey,DeviceName,CertSN\npk," + deviceName + ",01\n");
    if (message.isEmpty()) {
        VERIFY_VALID(report);
        return;
    }
    QCOMPARE(report.diagnostics.size(), 1);
    QCOMPARE(report.diagnostics.at(0).line, 2);
    QCOMPARE(report.diagnostics.at(0).column, QStringLiteral("DeviceName"));
    QCOMPARE(report.diagnostics.at(0).message, message);
}

void TestAssociationCsvValidator::duplicateDeviceName()
{
    const AssociationCsvReport report = check("ProductKey,DeviceName,CertSN\n"
                                              "pk,device-1,01\npk,device-2,02\npk,Device-1,03\npk,device-1,04\n");
    // Case matters: Device-1 and device-1 are two devices.
    QCOMPARE(listing(report),
             QStringLiteral("line 5, column DeviceName: DeviceName 'device-1' is already listed on line 2"));
}

void TestAssociationCsvValidator::certSnRules_data()
{
    QTest::addColumn<QByteArray>("certSn");
    QTest::addColumn<QString>("message");

    QTest::newRow("hex") << QByteArray("0123456789abcdefABCDEF") << QString();
    QTest::newRow("20 bytes") << QByteArray(40, 'f') << QString();
    QTest::newRow("not hexadecimal") << QByteArray("XYZ") << QStringLiteral("'XYZ' is not a hexadecimal serial number");
    QTest::newRow("decimal-looking with a sign")
        << QByteArray("-12") << QStringLiteral("'-12' is not a hexadecimal serial number");
    QTest::newRow("21 bytes") << ("1" + QByteArray(40, '0'))
                              << QStringLiteral("'1%1' is longer than the 20 bytes a certificate serial number may "
                                                "have")
                                     .arg(QString(40, u'0'));
    QTest::newRow("empty") << QByteArray() << QStringLiteral("the certificate serial number is empty");
    QTest::newRow("zero") << QByteArray("00")
                          << QStringLiteral("'00' is zero; certificate serial numbers are positive");
    QTest::newRow("spaces") << QByteArray(" 0A") << QStringLiteral("' 0A' has spaces around the serial number");
    QTest::newRow("stray colon") << QByteArray("0A::0B")
                                 << QStringLiteral("'0A::0B' has a ':' separator that is not between two digits");
}

void TestAssociationCsvValidator::certSnRules()
{
    QFETCH(QByteArray, certSn);
    QFETCH(QString, message);
    const AssociationCsvReport report = check("ProductKey,DeviceName,CertSN\npk,device-1," + certSn + "\n");
    if (message.isEmpty()) {
        VERIFY_VALID(report);
        return;
    }
    QCOMPARE(report.diagnostics.size(), 1);
    QCOMPARE(report.diagnostics.at(0).line, 2);
    QCOMPARE(report.diagnostics.at(0).column, QStringLiteral("CertSN"));
    QCOMPARE(report.diagnostics.at(0).message, message);
    QCOMPARE(report.rows.at(0).certSn, QString::fromLatin1(certSn)); // an invalid serial is kept as read
}

void TestAssociationCsvValidator::serialsAreNormalised()
{
    const AssociationCsvReport report = check("ProductKey,DeviceName,CertSN\n"
                                              "pk,device-1,abc\npk,device-2,0a:bc:de\npk,device-3,5\npk,device-4,"
                                              "00FF01\n");
    VERIFY_VALID(report);
    QStringList serials;
    for (const AssociationRow& row : report.rows)
        serials << row.certSn;
    QCOMPARE(
        serials,
        (QStringList {QStringLiteral("0ABC"), QStringLiteral("0ABCDE"), QStringLiteral("05"), QStringLiteral("FF01")}));
}

void TestAssociationCsvValidator::serialsAreComparedAsNumbers_data()
{
    QTest::addColumn<QByteArray>("first");
    QTest::addColumn<QByteArray>("second");
    QTest::newRow("identical") << QByteArray("0A1B") << QByteArray("0A1B");
    QTest::newRow("case") << QByteArray("0a1b") << QByteArray("0A1B");
    QTest::newRow("leading zeros") << QByteArray("A1B") << QByteArray("00000A1B");
    QTest::newRow("colons") << QByteArray("0a:1b") << QByteArray("0A1B");
}

void TestAssociationCsvValidator::serialsAreComparedAsNumbers()
{
    QFETCH(QByteArray, first);
    QFETCH(QByteArray, second);
    const AssociationCsvReport report = check("ProductKey,DeviceName,CertSN\npk,device-1," + first
                                              + "\npk,device-2,0A1C\npk,device-3," + second + "\n");
    QCOMPARE(report.diagnostics.size(), 1);
    QCOMPARE(report.diagnostics.at(0).text(),
             QStringLiteral("line 4, column CertSN: CertSN '%1' (0A1B) is already listed on line 2")
                 .arg(QString::fromLatin1(second)));
}

void TestAssociationCsvValidator::tenThousandRowsPass()
{
    const AssociationCsvReport report = check(csv::associationCsv(10'000));
    VERIFY_VALID(report);
    QCOMPARE(report.rowCount, 10'000);
    QVERIFY(!report.tooManyRows);
    QCOMPARE(report.rows.size(), 10'000);
    QCOMPARE(report.rows.last().line, 10'001);
    QCOMPARE(report.rows.last().certSn, csv::normalisedSerial(9'999));
}

void TestAssociationCsvValidator::tenThousandAndOneRowsFailWithOneError()
{
    const AssociationCsvReport report = check(csv::associationCsv(10'001));
    QCOMPARE(report.rowCount, 10'001);
    QVERIFY(report.tooManyRows);
    QCOMPARE(report.diagnostics.size(), 1);
    QCOMPARE(report.suppressedDiagnostics, 0);
    const CsvDiagnostic& diagnostic = report.diagnostics.at(0);
    QCOMPARE(diagnostic.line, 0);
    QVERIFY(diagnostic.column.isEmpty());
    QCOMPARE(diagnostic.message,
             QStringLiteral("the file has %1 data rows; the platform accepts at most %2 per file")
                 .arg(QLocale().toString(10'001), QLocale().toString(10'000)));
}

void TestAssociationCsvValidator::everyErrorIsReported()
{
    const AssociationCsvReport report = check("ProductKey,DeviceName,CertSN\n"
                                              "pk,device-1,zz\n"
                                              "pk,x,01\n"
                                              "pk,device-3,01\n"
                                              ",device-4,04\n");
    QCOMPARE(listing(report),
             QStringLiteral("line 2, column CertSN: 'zz' is not a hexadecimal serial number\n"
                            "line 3, column DeviceName: DeviceName 'x' must have 4 to 32 "
                            "characters, not 1\n"
                            "line 4, column CertSN: CertSN '01' (01) is already listed on line 3\n"
                            "line 5, column ProductKey: the ProductKey is empty"));
}

void TestAssociationCsvValidator::diagnosticCap()
{
    QByteArray content = "ProductKey,DeviceName,CertSN\n";
    for (int i = 0; i < 1'500; ++i)
        content += "pk," + csv::deviceName(i) + ",not-hex\n";
    const AssociationCsvReport report = check(content);
    QCOMPARE(report.diagnostics.size(), AssociationCsvValidator::defaultDiagnosticCap);
    QCOMPARE(report.suppressedDiagnostics, 500);
    QCOMPARE(report.problemCount(), 1'500);
    QCOMPARE(report.diagnostics.last().line, 1'001);

    // With a cap and too many rows, the whole-file problem still comes first.
    AssociationCsvValidator::Options options;
    options.maxDiagnostics = 10;
    options.maxRows = 1'000;
    const AssociationCsvReport capped = check(content, options);
    QCOMPARE(capped.diagnostics.size(), 10);
    QCOMPARE(capped.suppressedDiagnostics, 1'491);
    QVERIFY(capped.tooManyRows);
    QCOMPARE(capped.diagnostics.first().line, 0);
    QVERIFY(capped.diagnostics.first().message.contains(QLocale().toString(1'500)));
    QCOMPARE(capped.diagnostics.at(1).line, 2);
}

void TestAssociationCsvValidator::crossCheckAgainstWorkspace()
{
    FakeLookup lookup;
    lookup.caName = QStringLiteral("Fleet Root");
    lookup.certificates.insert(QStringLiteral("0A"),
                               {QStringLiteral("0A"), QStringLiteral("pk"), QStringLiteral("device-1")});
    lookup.certificates.insert(QStringLiteral("0B"),
                               {QStringLiteral("0B"), QStringLiteral("other"), QStringLiteral("device-2")});
    lookup.certificates.insert(QStringLiteral("0C"),
                               {QStringLiteral("0C"), QStringLiteral("pk"), QStringLiteral("device-9")});
    AssociationCsvValidator::Options options;
    options.lookup = &lookup;
    options.caName = QStringLiteral("Fleet Root");
    const QByteArray content = "ProductKey,DeviceName,CertSN\n"
                               "pk,device-1,a\npk,device-2,b\npk,device-3,0c\npk,device-4,0D\n";
    const AssociationCsvReport report = check(content, options);
    QCOMPARE(lookup.calls, 4);
    QCOMPARE(
        listing(report),
        QStringLiteral("line 3, column ProductKey: the certificate 0B was issued for the product 'other', not 'pk'\n"
                       "line 4, column DeviceName: the certificate 0C was issued for the device 'device-9', not "
                       "'device-3'\n"
                       "line 5, column CertSN: no device certificate with serial number 0D was issued by the CA "
                       "'Fleet Root'"));

    options.caName = QStringLiteral("Another CA");
    const AssociationCsvReport otherCa = check("ProductKey,DeviceName,CertSN\npk,device-1,0A\n", options);
    QCOMPARE(otherCa.diagnostics.size(), 1);
    QCOMPARE(otherCa.diagnostics.at(0).column, QStringLiteral("CertSN"));
}

void TestAssociationCsvValidator::crossCheckFailureIsAnError()
{
    FakeLookup lookup;
    lookup.fail = true;
    AssociationCsvValidator::Options options;
    options.lookup = &lookup;
    options.caName = QStringLiteral("Fleet Root");
    QBuffer buffer;
    buffer.setData("ProductKey,DeviceName,CertSN\npk,device-1,0A\n");
    buffer.open(QIODevice::ReadOnly);
    const auto result = AssociationCsvValidator(options).validate(&buffer);
    QVERIFY(!result);
    QCOMPARE(result.error().detail, QStringLiteral("disk I/O error"));
}

void TestAssociationCsvValidator::progressAndCancel()
{
    const QByteArray content = csv::associationCsv(20'000);
    QList<qint64> reported;
    AssociationCsvValidator::Options options;
    options.progress = [&reported](qint64 bytes) {
        reported << bytes;
        return true;
    };
    QVERIFY(check(content, options).tooManyRows);
    QVERIFY(reported.size() >= 2);
    QVERIFY(std::is_sorted(reported.cbegin(), reported.cend()));
    QVERIFY(reported.last() <= content.size());

    options.progress = [](qint64) { return false; };
    QBuffer buffer;
    buffer.setData(content);
    buffer.open(QIODevice::ReadOnly);
    const auto canceled = AssociationCsvValidator(options).validate(&buffer);
    QVERIFY(!canceled);
    QCOMPARE(canceled.error().code, QStringLiteral("Canceled"));
}

void TestAssociationCsvValidator::validateFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = csv::writeFile(dir, QStringLiteral("devices.csv"), csv::associationCsv(3));
    const auto result = AssociationCsvValidator().validateFile(path);
    QVERIFY(result);
    QVERIFY(result->isValid());
    QCOMPARE(result->rowCount, 3);
    QVERIFY(result->rows.isEmpty()); // not kept unless asked for

    const auto missing = AssociationCsvValidator().validateFile(dir.filePath(QStringLiteral("missing.csv")));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, QString(InputErrorCode::Missing));
    QVERIFY(missing.error().message.contains(QLatin1String("missing.csv")));
}

void TestAssociationCsvValidator::diagnosticText()
{
    QCOMPARE((CsvDiagnostic {37, QStringLiteral("CertSN"), QStringLiteral("'XYZ' is not a hexadecimal serial number")})
                 .text(),
             QStringLiteral("line 37, column CertSN: 'XYZ' is not a hexadecimal serial number"));
    QCOMPARE((CsvDiagnostic {5, {}, QStringLiteral("4 fields, expected 3")}).text(),
             QStringLiteral("line 5: 4 fields, expected 3"));
    QCOMPARE((CsvDiagnostic {0, {}, QStringLiteral("the file has no data rows")}).text(),
             QStringLiteral("the file has no data rows"));
}

QTEST_GUILESS_MAIN(TestAssociationCsvValidator)
#include "TestAssociationCsvValidator.moc"
