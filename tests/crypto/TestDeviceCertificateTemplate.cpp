#include "CryptoTestSupport.h"
#include "tests/support/PythonCryptography.h"

#include "crypto/CertificateBuilder.h"
#include "crypto/CertificateRequest.h"
#include "crypto/CryptoErrorCode.h"
#include "crypto/DerHeader.h"
#include "crypto/DeviceCertificateIssuer.h"
#include "crypto/PrivateKey.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <vector>

using namespace iotca::crypto;
using iotca::test::runOpenSsl;
using iotca::test::writeFileBytes;

namespace {

// The parts of Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm, signatureValue } (RFC 5280 4.1.1).
struct CertificateParts
{
    QByteArray tbsCertificate;
    QByteArray signatureAlgorithm;
};

CertificateParts splitCertificate(const QByteArray& der)
{
    const DerHeader outer = readDerHeader(der);
    if (outer.tag != 0x30 || outer.totalLength() != der.size())
        return {};
    const QByteArrayView content = QByteArrayView(der).sliced(outer.headerLength);
    const DerHeader tbs = readDerHeader(content);
    if (tbs.tag != 0x30 || tbs.totalLength() >= content.size())
        return {};
    const QByteArrayView rest = content.sliced(tbs.totalLength());
    const DerHeader algorithm = readDerHeader(rest);
    if (algorithm.tag != 0x30 || algorithm.totalLength() >= rest.size())
        return {};
    return {content.first(tbs.totalLength()).toByteArray(), rest.first(algorithm.totalLength()).toByteArray()};
}

QDateTime utc(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

DistinguishedName name(const QString& text)
{
    return DistinguishedName::parse(text).value();
}

} // namespace

// The DER template path of DeviceCertificateIssuer (issue 21) against the X509 builder it replaces: for the same
// inputs the TBSCertificate is the same byte for byte (ECDSA signatures are randomised, so for EC issuers only the TBS
// and the signature algorithm are compared; RSA PKCS#1 v1.5 signatures are deterministic, so there the whole
// certificate), and `openssl verify -x509_strict` and python3-cryptography accept what the template makes.
class TestDeviceCertificateTemplate : public QObject
{
    Q_OBJECT

    struct Issuer
    {
        PrivateKey key;
        Certificate certificate;
        QString file;
    };

    QTemporaryDir m_dir;
    std::vector<Issuer> m_issuers; // EC P-256, EC P-384, RSA 2048
    PrivateKey m_deviceP256;
    PrivateKey m_deviceP384;
    PrivateKey m_deviceRsa;
    Certificate m_earlierRsa; // for publicKeyOf
    QStringList m_pythonArguments; // ISSUER CERTIFICATE REFERENCE triples
    int m_fileCount = 0;

    QString path(const QString& file) const { return m_dir.filePath(file); }

    Issuer makeIssuer(KeyAlgorithm algorithm, const QString& commonName)
    {
        Issuer issuer;
        issuer.key = PrivateKey::generate(algorithm).value();
        CaCertificateSpec spec;
        spec.subject = name(QStringLiteral("CN=%1,O=Template Test,C=CN").arg(commonName));
        // Fixed dates far apart, so that device certificates may be dated on both sides of 2050.
        spec.notBefore = utc("2020-01-01T00:00:00Z");
        spec.validityDays = 36500;
        issuer.certificate = CertificateBuilder::createRootCa(issuer.key, spec).value();
        issuer.file = path(QStringLiteral("ca-%1.pem").arg(m_issuers.size()));
        writeFileBytes(issuer.file, issuer.certificate.toPem());
        return issuer;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const auto version = runOpenSsl({QStringLiteral("version")});
        QVERIFY2(version.ok(), "the openssl command line is needed for these tests");
        m_issuers.push_back(makeIssuer(KeyAlgorithm::EcP256, QStringLiteral("P-256 Root")));
        m_issuers.push_back(makeIssuer(KeyAlgorithm::EcP384, QStringLiteral("P-384 Root")));
        m_issuers.push_back(makeIssuer(KeyAlgorithm::Rsa2048, QStringLiteral("RSA Root")));
        for (const Issuer& issuer : m_issuers)
            QVERIFY(QFile::exists(issuer.file));
        m_deviceP256 = PrivateKey::generate(KeyAlgorithm::EcP256).value();
        m_deviceP384 = PrivateKey::generate(KeyAlgorithm::EcP384).value();
        m_deviceRsa = PrivateKey::generate(KeyAlgorithm::Rsa2048).value();
        // An earlier certificate whose RSA key a re-issue certifies again.
        auto issuer = DeviceCertificateIssuer::create(m_issuers.front().certificate, m_issuers.front().key);
        QVERIFY(issuer);
        DeviceCertificateSpec earlier;
        earlier.subject = name(QStringLiteral("CN=earlier-device"));
        DeviceCertificateFixedInputs fixed;
        fixed.key = m_deviceRsa;
        auto issued = issuer->issue(earlier, fixed);
        QVERIFY2(issued, qPrintable(issued ? QString() : issued.error().message));
        m_earlierRsa = issued->certificate;
    }

    void templateEqualsBuilder_data()
    {
        QTest::addColumn<int>("issuer");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("serialHex");
        QTest::addColumn<QDateTime>("notBefore");
        QTest::addColumn<int>("days");
        QTest::addColumn<QStringList>("subjectAltNames");
        QTest::addColumn<int>("notAfterYear");

        const QString longName = QString(64, QChar(0x8bbe)); // 64 x "设": 192 UTF-8 octets; L: 384 more
        const QString longSubject =
            QStringLiteral("CN=%1,O=%2,OU=%3,L=%4")
                .arg(longName, QString(64, QLatin1Char('o')), QString(64, QChar(0x90e8)), QString(128, QChar(0x533a)));
        const char* issuerNames[] = {"EC P-256 CA", "EC P-384 CA", "RSA 2048 CA"};
        for (int issuer = 0; issuer < 3; ++issuer) {
            const auto row = [&](const char* what) -> QTestData& {
                return QTest::addRow("%s, %s", issuerNames[issuer], what) << issuer;
            };
            row("plain P-256 device") << QStringLiteral("CN=sensor-0000001,OU=a1BcDeFgHiJ") << QStringLiteral("p256")
                                      << QStringLiteral("0123456789ABCDEF0123456789ABCDEF")
                                      << utc("2027-01-01T08:00:00Z") << 365 << QStringList() << 2028;
            // A serial with its top bit set takes a leading 0x00 (X.690 8.3.2; RFC 5280 4.1.2.2: positive).
            row("UTF-8 Chinese CN, P-384 device, high-bit serial")
                << QStringLiteral("CN=温度传感器-001,O=示例科技有限公司,C=CN") << QStringLiteral("p384")
                << QStringLiteral("80000000000000000000000000000001") << utc("2030-06-15T12:00:00Z") << 730
                << QStringList() << 2032;
            // A Name over 255 octets (three length octets) and the longest serial RFC 5280 4.1.2.2 allows.
            row("long names, 20-octet serial")
                << longSubject << QStringLiteral("p256") << QStringLiteral("FFEEDDCCBBAA99887766554433221100FFEEDDCC")
                << utc("2027-03-01T00:00:00Z") << 3650 << QStringList() << 2037;
            // UTCTime up to 2049, GeneralizedTime from 2050 (RFC 5280 4.1.2.5).
            row("validity crossing 2050")
                << QStringLiteral("CN=crosses-2050") << QStringLiteral("p256") << QStringLiteral("01")
                << utc("2049-12-15T12:34:56Z") << 60 << QStringList() << 2050;
            row("validity after 2050") << QStringLiteral("CN=after-2050") << QStringLiteral("p384")
                                       << QStringLiteral("7F") << utc("2051-02-28T23:59:59Z") << 366 << QStringList()
                                       << 2052;
            // Clamped to the CA's notAfter (2119), a GeneralizedTime.
            row("clamped to the CA") << QStringLiteral("CN=clamped") << QStringLiteral("p256")
                                     << QStringLiteral("00C0FFEE") << utc("2100-01-01T00:00:00Z") << 36500
                                     << QStringList() << 2119;
            row("RSA device key with SANs")
                << QStringLiteral("CN=gateway-01,O=Example") << QStringLiteral("rsa")
                << QStringLiteral("5A5A5A5A5A5A5A5A5A5A5A5A5A5A5A5A") << utc("2027-01-01T00:00:00Z") << 365
                << QStringList {QStringLiteral("DNS:gw.example.com"), QStringLiteral("IP:192.0.2.1"),
                                QStringLiteral("URI:spiffe://example/gw")}
                << 2028;
            // emailAddress and DC are not in the direct Name encoder: OpenSSL encodes that subject (IA5String).
            row("attributes OpenSSL encodes")
                << QStringLiteral("CN=mixed,emailAddress=ops@example.com,DC=example") << QStringLiteral("p256")
                << QStringLiteral("0FEDCBA987654321") << utc("2027-05-05T05:05:05Z") << 365 << QStringList() << 2028;
            row("serialNumber and ST attributes")
                << QStringLiteral("serialNumber=SN-0042,ST=广东省,L=深圳,O=Maker (Shenzhen) Ltd.")
                << QStringLiteral("p256") << QStringLiteral("2222") << utc("2027-01-01T00:00:00Z") << 30
                << QStringList() << 2027;
            row("from a CSR (its subject)") << QString() << QStringLiteral("csr") << QStringLiteral("1234")
                                            << utc("2028-02-29T00:00:00Z") << 365 << QStringList() << 2029;
            row("for the key of an earlier certificate")
                << QStringLiteral("CN=reissued") << QStringLiteral("publicKeyOf") << QStringLiteral("4321")
                << utc("2028-01-01T00:00:00Z") << 365 << QStringList() << 2028;
        }
    }

    void templateEqualsBuilder()
    {
        QFETCH(int, issuer);
        QFETCH(QString, subject);
        QFETCH(QString, key);
        QFETCH(QString, serialHex);
        QFETCH(QDateTime, notBefore);
        QFETCH(int, days);
        QFETCH(QStringList, subjectAltNames);
        QFETCH(int, notAfterYear);
        const Issuer& ca = m_issuers.at(std::size_t(issuer));
        auto deviceIssuer = DeviceCertificateIssuer::create(ca.certificate, ca.key);
        QVERIFY(deviceIssuer);

        DeviceCertificateSpec spec;
        if (!subject.isEmpty())
            spec.subject = name(subject);
        spec.validityDays = days;
        spec.subjectAltNames = subjectAltNames;
        DeviceCertificateFixedInputs fixed;
        fixed.serialNumber = SerialNumber::fromHex(serialHex).value();
        fixed.notBefore = notBefore;
        if (key == QLatin1String("p256"))
            fixed.key = m_deviceP256;
        else if (key == QLatin1String("p384"))
            fixed.key = m_deviceP384;
        else if (key == QLatin1String("rsa"))
            fixed.key = m_deviceRsa;
        else if (key == QLatin1String("csr"))
            spec.request =
                CertificateRequest::create(m_deviceP256, name(QStringLiteral("CN=from-csr,O=Device Maker"))).value();
        else
            spec.publicKeyOf = m_earlierRsa;

        fixed.encoder = DeviceCertificateEncoder::DerTemplate;
        auto fromTemplate = deviceIssuer->issue(spec, fixed);
        QVERIFY2(fromTemplate, qPrintable(fromTemplate ? QString() : fromTemplate.error().message));
        fixed.encoder = DeviceCertificateEncoder::X509Builder;
        auto fromBuilder = deviceIssuer->issue(spec, fixed);
        QVERIFY2(fromBuilder, qPrintable(fromBuilder ? QString() : fromBuilder.error().message));

        const CertificateParts templateParts = splitCertificate(fromTemplate->certificateDer);
        const CertificateParts builderParts = splitCertificate(fromBuilder->certificateDer);
        QVERIFY(!templateParts.tbsCertificate.isEmpty());
        QCOMPARE(templateParts.tbsCertificate.toHex(), builderParts.tbsCertificate.toHex());
        QCOMPARE(templateParts.signatureAlgorithm.toHex(), builderParts.signatureAlgorithm.toHex());
        if (ca.key.isRsa())
            QCOMPARE(fromTemplate->certificateDer.toHex(), fromBuilder->certificateDer.toHex());
        QCOMPARE(fromTemplate->certificate.toDer(), fromTemplate->certificateDer);
        QCOMPARE(Certificate::fromPem(fromTemplate->certificatePem)->toDer(), fromTemplate->certificateDer);
        QCOMPARE(fromTemplate->keyPem.view().toByteArray(), fromBuilder->keyPem.view().toByteArray());
        QCOMPARE(fromTemplate->serialNumberHex, serialHex.mid(serialHex.startsWith(QLatin1String("00")) ? 2 : 0));
        QCOMPARE(fromTemplate->notAfter.date().year(), notAfterYear);
        QCOMPARE(fromTemplate->certificate.notAfter(), fromTemplate->notAfter);
        QVERIFY(fromTemplate->certificate.isSignedBy(ca.certificate));
        if (!fixed.key.isNull())
            QVERIFY(fixed.key.matches(fromTemplate->certificate));

        // openssl verify -x509_strict, at a time inside the certificate's validity.
        const QString file = path(QStringLiteral("device-%1.pem").arg(m_fileCount));
        const QString reference = path(QStringLiteral("reference-%1.pem").arg(m_fileCount++));
        QVERIFY(writeFileBytes(file, fromTemplate->certificatePem));
        QVERIFY(writeFileBytes(reference, fromBuilder->certificatePem));
        const auto verify =
            runOpenSsl({QStringLiteral("verify"), QStringLiteral("-x509_strict"), QStringLiteral("-attime"),
                        QString::number(fromTemplate->notBefore.toSecsSinceEpoch() + 3600), QStringLiteral("-CAfile"),
                        ca.file, file},
                       m_dir.path());
        QVERIFY2(verify.ok() && verify.standardOutput.contains(": OK"), verify.transcript().constData());
        m_pythonArguments << ca.file << file << reference;
    }

    // The default issue() is the template path, with a fresh key and serial.
    void defaultIssueUsesTheTemplate()
    {
        const Issuer& ca = m_issuers.front();
        auto deviceIssuer = DeviceCertificateIssuer::create(ca.certificate, ca.key);
        QVERIFY(deviceIssuer);
        DeviceCertificateSpec spec;
        spec.subject = name(QStringLiteral("CN=default-path"));
        auto issued = deviceIssuer->issue(spec);
        QVERIFY(issued);
        QVERIFY(issued->certificate.isSignedBy(ca.certificate));
        QVERIFY(PrivateKey::fromPem(issued->keyPem.view())->matches(issued->certificate));
        QVERIFY(issued->keyPem.view().startsWith("-----BEGIN EC PRIVATE KEY-----\n"));
        const QString file = path(QStringLiteral("default.pem"));
        QVERIFY(writeFileBytes(file, issued->certificatePem));
        const auto verify = runOpenSsl(
            {QStringLiteral("verify"), QStringLiteral("-x509_strict"), QStringLiteral("-CAfile"), ca.file, file},
            m_dir.path());
        QVERIFY2(verify.ok(), verify.transcript().constData());
        // Re-encoding the same inputs with the builder gives the same TBS.
        DeviceCertificateFixedInputs fixed;
        fixed.serialNumber = issued->serialNumber;
        fixed.notBefore = issued->notBefore;
        fixed.key = issued->key;
        fixed.encoder = DeviceCertificateEncoder::X509Builder;
        auto again = deviceIssuer->issue(spec, fixed);
        QVERIFY(again);
        QCOMPARE(splitCertificate(again->certificateDer).tbsCertificate.toHex(),
                 splitCertificate(issued->certificateDer).tbsCertificate.toHex());
    }

    // What the batch job asks for: no decoded Certificate object (OpenSSL 3.0's decoding of the public key costs
    // more than the rest of the issue), the same DER and PEMs.
    void withoutTheCertificateObject()
    {
        const Issuer& ca = m_issuers.front();
        auto deviceIssuer = DeviceCertificateIssuer::create(ca.certificate, ca.key);
        QVERIFY(deviceIssuer);
        DeviceCertificateSpec spec;
        spec.subject = name(QStringLiteral("CN=job-device"));
        spec.decodeCertificate = false;
        auto issued = deviceIssuer->issue(spec);
        QVERIFY(issued);
        QVERIFY(issued->certificate.isNull());
        const auto decoded = Certificate::fromPem(issued->certificatePem);
        QVERIFY(decoded);
        QCOMPARE(decoded->toDer(), issued->certificateDer);
        QVERIFY(decoded->isSignedBy(ca.certificate));
        QCOMPARE(decoded->serialNumberHex(), issued->serialNumberHex);
        QVERIFY(PrivateKey::fromPem(issued->keyPem.view())->matches(*decoded));
    }

    void negativeFixedSerialIsRefused()
    {
        const Issuer& ca = m_issuers.front();
        auto deviceIssuer = DeviceCertificateIssuer::create(ca.certificate, ca.key);
        QVERIFY(deviceIssuer);
        DeviceCertificateSpec spec;
        spec.subject = name(QStringLiteral("CN=negative"));
        DeviceCertificateFixedInputs fixed;
        fixed.serialNumber = SerialNumber::fromRaw(QByteArray("\x01", 1), true);
        fixed.key = m_deviceP256;
        auto issued = deviceIssuer->issue(spec, fixed);
        QVERIFY(!issued);
        QCOMPARE(issued.error().code, QString(ErrorCode::InvalidSerialNumber));
    }

    // python3-cryptography (its own ASN.1 parser) loads every template certificate, verifies its signature with the
    // issuer's public key and finds the builder's TBSCertificate bytes in it. scripts/test installs
    // python3-cryptography (scripts/lib/common.sh), so a missing module fails here instead of skipping.
    void pythonCryptographyVerifies()
    {
        QVERIFY(!m_pythonArguments.isEmpty());
        const QString script = QDir(qEnvironmentVariable("IOTCA_SOURCE_DIR"))
                                   .filePath(QStringLiteral("tests/crypto/check_device_certificates.py"));
        QVERIFY2(QFile::exists(script), qPrintable(script));
        QProcess python;
        python.start(QStringLiteral("python3"), QStringList {script} + m_pythonArguments);
        QVERIFY2(python.waitForStarted(), "python3 is needed for the independent check");
        QVERIFY(python.waitForFinished(60'000));
        const QByteArray output = python.readAllStandardOutput();
        const QByteArray errors = python.readAllStandardError();
        QVERIFY2(python.exitCode() == 0 && output.trimmed().endsWith("\nOK"), (output + errors).constData());
        QCOMPARE(output.count('\n'), qsizetype(m_pythonArguments.size() / 3 + 1));
        // The 2050 rows: python reads the GeneralizedTime notAfter as the year it says.
        QVERIFY2(output.contains(" 2050\n") && output.contains(" 2119\n"), output.constData());
    }
};

QTEST_GUILESS_MAIN(TestDeviceCertificateTemplate)
#include "TestDeviceCertificateTemplate.moc"
