#include "model/csv/CertSerialText.h"

#include <QTest>

using iotca::model::CertSerialText;
using Problem = iotca::model::CertSerialText::Problem;

class TestCertSerialText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalises_data();
    void normalises();
    void rejects_data();
    void rejects();
    void equalNumbersHaveEqualBytes();
    void describesEveryProblem();
};

void TestCertSerialText::normalises_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("normalised");
    QTest::addColumn<QByteArray>("bytes");

    // `openssl x509 -noout -serial` prints 0x0ABC as "0ABC", 5 as "05", 0xFF01 as "FF01" (checked with OpenSSL 3.0).
    QTest::newRow("upper case") << QStringLiteral("0ABC") << QStringLiteral("0ABC") << QByteArray("\x0A\xBC");
    QTest::newRow("lower case, odd digits")
        << QStringLiteral("abc") << QStringLiteral("0ABC") << QByteArray("\x0A\xBC");
    QTest::newRow("single digit") << QStringLiteral("5") << QStringLiteral("05") << QByteArray("\x05");
    QTest::newRow("leading zeros") << QStringLiteral("0000ff01") << QStringLiteral("FF01") << QByteArray("\xFF\x01");
    QTest::newRow("colon separated") << QStringLiteral("0a:bc:de") << QStringLiteral("0ABCDE")
                                     << QByteArray("\x0A\xBC\xDE");
    QTest::newRow("colons anywhere between digits")
        << QStringLiteral("A:BC") << QStringLiteral("0ABC") << QByteArray("\x0A\xBC");
    QTest::newRow("20 bytes") << QStringLiteral("7F") + QString(38, u'1') << QStringLiteral("7F") + QString(38, u'1')
                              << QByteArray::fromHex("7F" + QByteArray(38, '1'));
    QTest::newRow("20 bytes after leading zeros")
        << QStringLiteral("0000") + QString(40, u'f') << QString(40, u'F') << QByteArray(20, '\xFF');
}

void TestCertSerialText::normalises()
{
    QFETCH(QString, text);
    QFETCH(QString, normalised);
    QFETCH(QByteArray, bytes);
    QByteArray magnitude;
    QCOMPARE(CertSerialText::parse(text, magnitude), Problem::None);
    QCOMPARE(magnitude, bytes);
    QCOMPARE(CertSerialText::toHex(magnitude), normalised);
    QCOMPARE(CertSerialText::normalised(text), normalised);
}

void TestCertSerialText::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Problem>("problem");

    QTest::newRow("empty") << QString() << Problem::Empty;
    QTest::newRow("only spaces") << QStringLiteral("  ") << Problem::Empty;
    QTest::newRow("leading space") << QStringLiteral(" 0A") << Problem::SurroundingSpace;
    QTest::newRow("trailing tab") << QStringLiteral("0A\t") << Problem::SurroundingSpace;
    QTest::newRow("not hex") << QStringLiteral("XYZ") << Problem::NotHexadecimal;
    QTest::newRow("0x prefix") << QStringLiteral("0x0A") << Problem::NotHexadecimal;
    QTest::newRow("inner space") << QStringLiteral("0A 0B") << Problem::NotHexadecimal;
    QTest::newRow("negative") << QStringLiteral("-0A") << Problem::NotHexadecimal;
    QTest::newRow("full-width digit") << QStringLiteral("０A") << Problem::NotHexadecimal;
    QTest::newRow("leading colon") << QStringLiteral(":0A") << Problem::MisplacedSeparator;
    QTest::newRow("trailing colon") << QStringLiteral("0A:") << Problem::MisplacedSeparator;
    QTest::newRow("double colon") << QStringLiteral("0A::0B") << Problem::MisplacedSeparator;
    QTest::newRow("21 bytes") << QStringLiteral("01") + QString(40, u'0') << Problem::TooLong;
    QTest::newRow("41 digits") << QStringLiteral("1") + QString(40, u'f') << Problem::TooLong;
    QTest::newRow("zero") << QStringLiteral("00") << Problem::Zero;
    QTest::newRow("zero with colons") << QStringLiteral("00:00") << Problem::Zero;
}

void TestCertSerialText::rejects()
{
    QFETCH(QString, text);
    QFETCH(Problem, problem);
    QByteArray magnitude;
    QCOMPARE(CertSerialText::parse(text, magnitude), problem);
    QVERIFY(CertSerialText::normalised(text).isEmpty());
}

void TestCertSerialText::equalNumbersHaveEqualBytes()
{
    QByteArray a;
    QByteArray b;
    QCOMPARE(CertSerialText::parse(u"00:0a:BC", a), Problem::None);
    QCOMPARE(CertSerialText::parse(u"abc", b), Problem::None);
    QCOMPARE(a, b);
    QCOMPARE(CertSerialText::parse(u"abd", b), Problem::None);
    QVERIFY(a != b);
}

void TestCertSerialText::describesEveryProblem()
{
    for (const Problem problem : {Problem::Empty, Problem::SurroundingSpace, Problem::NotHexadecimal,
                                  Problem::MisplacedSeparator, Problem::TooLong, Problem::Zero}) {
        QVERIFY(!CertSerialText::describe(problem, u"XYZ").isEmpty());
    }
    QCOMPARE(CertSerialText::describe(Problem::NotHexadecimal, u"XYZ"),
             QStringLiteral("'XYZ' is not a hexadecimal serial number"));
    QVERIFY(CertSerialText::describe(Problem::TooLong, u"01").contains(QLatin1String("20 bytes")));
}

QTEST_GUILESS_MAIN(TestCertSerialText)
#include "TestCertSerialText.moc"
