#include "CryptoTestSupport.h"

#include "crypto/CertificateBuilder.h"
#include "crypto/ChainVerifier.h"
#include "crypto/CrlBuilder.h"
#include "crypto/CryptoErrorCode.h"
#include "crypto/DeviceCertificateIssuer.h"

#include <QTemporaryDir>
#include <QTest>

using namespace iotca::crypto;

namespace {

DistinguishedName name(const char* text)
{
    return *DistinguishedName::parse(QString::fromUtf8(text));
}

} // namespace

/// crypto/ for the CA tree: path length rules, sub-CA requests, renewal with the same key, CRLs. OpenSSL's own
/// command line is the independent check of what the CRL builder writes.
class TestCaHierarchyCrypto : public QObject
{
    Q_OBJECT

private:
    PrivateKey m_rootKey;
    Certificate m_root;

private Q_SLOTS:
    void initTestCase()
    {
        auto key = PrivateKey::generate(KeyAlgorithm::EcP256);
        QVERIFY(key);
        m_rootKey = std::move(*key);
        CaCertificateSpec spec;
        spec.subject = name("CN=Tree Root,O=Example");
        spec.pathLength = 1;
        auto root = CertificateBuilder::createRootCa(m_rootKey, spec);
        QVERIFY(root);
        m_root = *root;
    }

    void childPathLengthMustBeSmaller()
    {
        // RFC 5280 4.2.1.9: below pathLenConstraint 1 at most one more CA level.
        auto subKey = PrivateKey::generate(KeyAlgorithm::EcP256);
        QVERIFY(subKey);
        CaCertificateSpec spec;
        spec.subject = name("CN=Too Long");
        spec.pathLength = 1;
        auto refused = CertificateBuilder::createIntermediateCa(*subKey, spec, m_root, m_rootKey);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QString(ErrorCode::InvalidArgument));
        spec.pathLength = 0;
        QVERIFY(CertificateBuilder::createIntermediateCa(*subKey, spec, m_root, m_rootKey));
    }

    void subCaRequestTakesItsSubjectAndKey()
    {
        auto subKey = PrivateKey::generate(KeyAlgorithm::EcP384);
        QVERIFY(subKey);
        auto request = CertificateRequest::create(*subKey, name("CN=From Request,O=Elsewhere"));
        QVERIFY(request);
        CaCertificateSpec spec;
        spec.pathLength = 0;
        spec.validityDays = 100;
        auto issued = CertificateBuilder::signSubCaRequest(*request, spec, m_root, m_rootKey);
        QVERIFY2(issued, qPrintable(issued ? QString() : issued.error().fullText()));
        QCOMPARE(issued->certificate.subjectString(), QStringLiteral("CN=From Request,O=Elsewhere"));
        QVERIFY(subKey->matches(issued->certificate));
        QCOMPARE(issued->certificate.authorityKeyIdentifier(), m_root.subjectKeyIdentifier());
        QVERIFY(ChainVerifier::verify(issued->certificate, {m_root}));
    }

    void renewedRootKeepsKeySubjectAndKeyId()
    {
        auto issuer = DeviceCertificateIssuer::create(m_root, m_rootKey);
        QVERIFY(issuer);
        DeviceCertificateSpec deviceSpec;
        deviceSpec.subject = name("CN=old-device");
        auto device = issuer->issue(deviceSpec);
        QVERIFY(device);
        auto renewed = CertificateBuilder::renewCa(m_root, 5000, Certificate(), m_rootKey);
        QVERIFY(renewed);
        QVERIFY(renewed->certificate.serialNumber() != m_root.serialNumber());
        QCOMPARE(renewed->certificate.toDer().size() > 0, true);
        QCOMPARE(renewed->certificate.subjectString(), m_root.subjectString());
        QCOMPARE(renewed->certificate.subjectKeyIdentifier(), m_root.subjectKeyIdentifier());
        QCOMPARE(renewed->certificate.publicKeyDer(), m_root.publicKeyDer());
        QCOMPARE(renewed->certificate.basicConstraints().pathLength, std::optional<int>(1));
        QVERIFY(renewed->certificate.isSelfSigned());
        QVERIFY(ChainVerifier::verify(device->certificate, {renewed->certificate}));

        auto otherKey = PrivateKey::generate(KeyAlgorithm::EcP256);
        QVERIFY(otherKey);
        auto mismatch = CertificateBuilder::renewCa(m_root, 100, Certificate(), *otherKey);
        QVERIFY(!mismatch);
        QCOMPARE(mismatch.error().code, QString(ErrorCode::KeyMismatch));
    }

    void crlVerifiesWithOpenSsl()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        CrlSpec spec;
        spec.crlNumber = 42;
        spec.validityDays = 7;
        spec.revoked.append({*SerialNumber::fromHex(u"0A0B"), QDateTime::currentDateTimeUtc().addDays(-1),
                             RevocationReason::KeyCompromise});
        spec.revoked.append({*SerialNumber::fromHex(u"01"), {}, RevocationReason::Unspecified});
        auto der = CrlBuilder::build(spec, m_root, m_rootKey);
        QVERIFY2(der, qPrintable(der ? QString() : der.error().fullText()));
        QVERIFY(iotca::test::writeFileBytes(dir.filePath(QStringLiteral("crl.pem")), CrlBuilder::toPem(*der)));
        QVERIFY(iotca::test::writeFileBytes(dir.filePath(QStringLiteral("ca.pem")), m_root.toPem()));
        const iotca::test::OpenSslRun run = iotca::test::runOpenSsl(
            {QStringLiteral("crl"), QStringLiteral("-in"), QStringLiteral("crl.pem"), QStringLiteral("-CAfile"),
             QStringLiteral("ca.pem"), QStringLiteral("-verify"), QStringLiteral("-noout"), QStringLiteral("-text")},
            dir.path());
        QVERIFY2(run.ok() && run.transcript().contains("verify OK"), run.transcript().constData());
        const QByteArray text = run.standardOutput;
        QVERIFY2(text.contains("Version 2") && text.contains("CRL Number") && text.contains("42")
                     && text.contains("Key Compromise") && text.contains("Serial Number: 0A0B")
                     && text.contains("Serial Number: 01"),
                 text.constData());
        // "unspecified" is left out of the entry (RFC 5280 5.3.1): one reason code for two entries.
        QCOMPARE(text.count("CRL Reason Code"), 1);

        auto otherKey = PrivateKey::generate(KeyAlgorithm::EcP256);
        QVERIFY(otherKey);
        auto mismatch = CrlBuilder::build(spec, m_root, *otherKey);
        QVERIFY(!mismatch);
        QCOMPARE(mismatch.error().code, QString(ErrorCode::KeyMismatch));
        spec.crlNumber = 0;
        QVERIFY(!CrlBuilder::build(spec, m_root, m_rootKey));
    }
};

QTEST_GUILESS_MAIN(TestCaHierarchyCrypto)
#include "TestCaHierarchyCrypto.moc"
