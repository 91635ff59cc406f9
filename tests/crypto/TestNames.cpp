#include "crypto/CryptoErrorCode.h"
#include "crypto/DistinguishedName.h"
#include "crypto/SerialNumber.h"

#include <QSet>
#include <QTest>

#include <sys/wait.h>
#include <unistd.h>

using namespace iotca::crypto;

// DistinguishedName parsing/printing and SerialNumber text forms.
class TestNames : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesRfc4514InReverseOrder()
    {
        const auto name = DistinguishedName::parse(u"CN=Fleet Root,O=Example\\, Inc.,C=cn");
        QVERIFY2(name, qPrintable(name.ok() ? QString() : name.error().message));
        QCOMPARE(name->attributes().size(), 3);
        QCOMPARE(name->attributes().at(0), (NameAttribute {QStringLiteral("C"), QStringLiteral("CN")}));
        QCOMPARE(name->attributes().at(1), (NameAttribute {QStringLiteral("O"), QStringLiteral("Example, Inc.")}));
        QCOMPARE(name->commonName(), QStringLiteral("Fleet Root"));
        QCOMPARE(name->value(u"organizationName"), QStringLiteral("Example, Inc."));
        QCOMPARE(name->toString(), QStringLiteral("CN=Fleet Root,O=Example\\, Inc.,C=CN"));
        QCOMPARE(name->toOpenSslString(), QStringLiteral("/C=CN/O=Example, Inc./CN=Fleet Root"));
    }

    void parsesOpenSslStyle()
    {
        const auto name = DistinguishedName::parse(u"/C=CN/ST=Zhejiang/O=Acme IoT/OU=Devices/OU=Line 2/CN=a\\/b");
        QVERIFY2(name, qPrintable(name.ok() ? QString() : name.error().message));
        QCOMPARE(name->attributes().first().type, QStringLiteral("C"));
        QCOMPARE(name->commonName(), QStringLiteral("a/b"));
        QCOMPARE(name->values(u"OU"), (QStringList {QStringLiteral("Devices"), QStringLiteral("Line 2")}));
        QCOMPARE(name->toString(), QStringLiteral("CN=a/b,OU=Line 2,OU=Devices,O=Acme IoT,ST=Zhejiang,C=CN"));
        const auto again = DistinguishedName::parse(name->toString());
        QVERIFY(again);
        QCOMPARE(*again, *name);
    }

    void escapesAndQuotesAndUnicode()
    {
        const auto name = DistinguishedName::parse(
            u"CN=\\ lead\\+plus\\\\\\\"q\\#h trail\\ ,O=\"Quoted, Org\",L=\\E6\\9D\\AD\\E5\\B7\\9E");
        QVERIFY2(name, qPrintable(name.ok() ? QString() : name.error().message));
        QCOMPARE(name->commonName(), QStringLiteral(" lead+plus\\\"q#h trail "));
        QCOMPARE(name->value(u"O"), QStringLiteral("Quoted, Org"));
        QCOMPARE(name->value(u"L"), QStringLiteral("杭州"));
        const auto reparsed = DistinguishedName::parse(name->toString());
        QVERIFY(reparsed);
        QCOMPARE(*reparsed, *name);
    }

    void acceptsLongNamesAndOids()
    {
        const auto name = DistinguishedName::parse(u"commonName=x,2.5.4.10=Org,countryName=US");
        QVERIFY(name);
        QCOMPARE(name->toString(), QStringLiteral("CN=x,O=Org,C=US"));
    }

    void rejectsBadNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QString() << QStringLiteral("empty");
        QTest::newRow("unknown attribute") << QStringLiteral("CN=x,XY=1") << QStringLiteral("XY");
        QTest::newRow("country three letters") << QStringLiteral("CN=x,C=CHN") << QStringLiteral("CHN");
        QTest::newRow("country digits") << QStringLiteral("C=12,CN=x") << QStringLiteral("country");
        QTest::newRow("empty value") << QStringLiteral("CN=,O=x") << QStringLiteral("CN");
        QTest::newRow("CN too long") << QStringLiteral("CN=") + QString(65, QLatin1Char('a')) << QStringLiteral("64");
        QTest::newRow("no equals") << QStringLiteral("CN=x,garbage") << QStringLiteral("garbage");
        QTest::newRow("hex value") << QStringLiteral("CN=#0403616263") << QStringLiteral("hexadecimal");
        QTest::newRow("bad utf8") << QStringLiteral("CN=\\FF\\FE") << QStringLiteral("UTF-8");
        QTest::newRow("serialNumber not printable") << QStringLiteral("serialNumber=a_b") << QStringLiteral("_");
    }

    void rejectsBadNames()
    {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        const auto name = DistinguishedName::parse(text);
        QVERIFY(!name);
        QCOMPARE(name.error().code, QString(ErrorCode::InvalidName));
        QVERIFY2(name.error().message.contains(mentions), qPrintable(name.error().message));
    }

    void serialHexFormsAsOpenSslPrints_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("hex");
        // Verified against `openssl x509 -noout -serial` with -set_serial.
        QTest::newRow("1") << QStringLiteral("1") << QStringLiteral("01");
        QTest::newRow("0x123") << QStringLiteral("0x123") << QStringLiteral("0123");
        QTest::newRow("80") << QStringLiteral("80") << QStringLiteral("80");
        QTest::newRow("leading zeros") << QStringLiteral("00:00:ff") << QStringLiteral("FF");
        QTest::newRow("lower case colons") << QStringLiteral("ab:cd:ef") << QStringLiteral("ABCDEF");
        QTest::newRow("zero") << QStringLiteral("0") << QStringLiteral("00");
        QTest::newRow("20 bytes") << QString(40, QLatin1Char('F')) << QString(40, QLatin1Char('F'));
    }

    void serialHexFormsAsOpenSslPrints()
    {
        QFETCH(QString, input);
        QFETCH(QString, hex);
        const auto serial = SerialNumber::fromHex(input);
        QVERIFY2(serial, qPrintable(serial.ok() ? QString() : serial.error().message));
        QCOMPARE(serial->toHex(), hex);
    }

    void serialRejects_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not hex") << QStringLiteral("XYZ") << QStringLiteral("'X'");
        QTest::newRow("empty") << QString() << QStringLiteral("no digits");
        QTest::newRow("21 bytes") << QStringLiteral("01") + QString(40, QLatin1Char('0')) << QStringLiteral("20 bytes");
        QTest::newRow("double colon") << QStringLiteral("ab::cd") << QStringLiteral("separator");
    }

    void serialRejects()
    {
        QFETCH(QString, input);
        QFETCH(QString, mentions);
        const auto serial = SerialNumber::fromHex(input);
        QVERIFY(!serial);
        QCOMPARE(serial.error().code, QString(ErrorCode::InvalidSerialNumber));
        QVERIFY2(serial.error().message.contains(mentions), qPrintable(serial.error().message));
    }

    void randomSerialsArePositiveSixteenBytesAndUnique()
    {
        QSet<QByteArray> seen;
        for (int i = 0; i < 2000; ++i) {
            const SerialNumber serial = SerialNumber::random();
            const QByteArray bytes = serial.toBytes();
            QCOMPARE(bytes.size(), 16);
            QVERIFY(static_cast<unsigned char>(bytes[0]) != 0);
            QVERIFY(static_cast<unsigned char>(bytes[0]) < 0x80);
            QVERIFY(!serial.isNegative());
            QCOMPARE(serial.toHex().size(), 32);
            seen.insert(bytes);
        }
        QCOMPARE(seen.size(), 2000);
    }

    /// random() keeps a pool of random bytes per thread; a forked child must not hand out the serials the parent
    /// draws next.
    void forkedChildDrawsOtherSerials()
    {
        (void)SerialNumber::random(); // the pool is filled
        int channel[2];
        QCOMPARE(::pipe(channel), 0);
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            const QByteArray bytes = SerialNumber::random().toBytes();
            const bool written = ::write(channel[1], bytes.constData(), std::size_t(bytes.size())) == bytes.size();
            ::_exit(written ? 0 : 1);
        }
        ::close(channel[1]);
        const QByteArray parent = SerialNumber::random().toBytes();
        QByteArray fromChild(16, '\0');
        const ssize_t got = ::read(channel[0], fromChild.data(), std::size_t(fromChild.size()));
        ::close(channel[0]);
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status) && WEXITSTATUS(status) == 0);
        QCOMPARE(got, ssize_t(16));
        QVERIFY(fromChild != parent);
    }

    void serialComparesAsNumbers()
    {
        const SerialNumber small = *SerialNumber::fromHex(u"ff");
        const SerialNumber large = *SerialNumber::fromHex(u"0100");
        QVERIFY(small < large);
        QVERIFY(*SerialNumber::fromHex(u"00ff") == small);
        QVERIFY(SerialNumber::fromRaw("\x05", true) < SerialNumber());
        QVERIFY(SerialNumber::fromRaw("\x05", true) < SerialNumber::fromRaw("\x04", true));
        QCOMPARE(SerialNumber::fromRaw("\x05", true).toHex(), QStringLiteral("-05"));
        QCOMPARE(SerialNumber::fromBytes(QByteArray::fromHex("0a0b0c"))->toColonHex(), QStringLiteral("0A:0B:0C"));
    }
};

QTEST_GUILESS_MAIN(TestNames)
#include "TestNames.moc"
