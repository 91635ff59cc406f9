#include "crypto/CertificateBuilder.h"
#include "crypto/CertificateRequest.h"
#include "crypto/ChainVerifier.h"
#include "crypto/CryptoErrorCode.h"
#include "crypto/DeviceCertificateIssuer.h"
#include "crypto/Pkcs12.h"
#include "crypto/VerificationCertificate.h"

#include <QSet>
#include <QTest>

#include <thread>
#include <vector>

using namespace iotca::crypto;

namespace {

DistinguishedName name(const char16_t* text)
{
    return *DistinguishedName::parse(text);
}

QString why(const iotca::Status& status)
{
    return status.ok() ? QString() : status.error().fullText();
}

template<class T>
QString why(const iotca::Result<T>& result)
{
    return result.ok() ? QString() : result.error().fullText();
}

} // namespace

// Building CA, verification and device certificates, and checking them in-process.
class TestCertificateBuilder : public QObject
{
    Q_OBJECT

    PrivateKey m_rootKey;
    Certificate m_root;

private Q_SLOTS:
    void initTestCase()
    {
        auto key = PrivateKey::generate(KeyAlgorithm::EcP256);
        QVERIFY(key);
        m_rootKey = *key;
        CaCertificateSpec spec;
        spec.subject = name(u"CN=Fleet Root,O=Example IoT,C=CN");
        auto root = CertificateBuilder::createRootCa(m_rootKey, spec);
        QVERIFY2(root, qPrintable(why(root)));
        m_root = *root;
    }

    void rootCaProfile()
    {
        QCOMPARE(m_root.subjectString(), QStringLiteral("CN=Fleet Root,O=Example IoT,C=CN"));
        QCOMPARE(m_root.issuerString(), m_root.subjectString());
        QVERIFY(m_root.isSelfSigned());
        const BasicConstraints constraints = m_root.basicConstraints();
        QVERIFY(constraints.present && constraints.critical && constraints.isCa);
        QVERIFY(!constraints.pathLength);
        QCOMPARE(m_root.keyUsage(), KeyUsages(KeyUsage::KeyCertSign | KeyUsage::CrlSign));
        QVERIFY(m_root.isExtensionCritical(QStringLiteral("keyUsage")));
        QCOMPARE(m_root.subjectKeyIdentifier().size(), 20);
        QCOMPARE(m_root.authorityKeyIdentifier(), m_root.subjectKeyIdentifier());
        QCOMPARE(m_root.serialNumber().byteLength(), 16);
        QCOMPARE(m_root.signatureAlgorithm(), QStringLiteral("ecdsa-with-SHA256"));
        QCOMPARE(m_root.keyAlgorithm(), std::optional<KeyAlgorithm>(KeyAlgorithm::EcP256));
        QCOMPARE(m_root.notBefore().daysTo(m_root.notAfter()), 3650);
        QVERIFY(m_root.checkIsCa());
        QVERIFY(m_rootKey.matches(m_root));
        QCOMPARE(m_root.sha256Fingerprint().size(), 32);
        QCOMPARE(Certificate::fingerprintText(QByteArray::fromHex("abcd01")), QStringLiteral("AB:CD:01"));
        QVERIFY(ChainVerifier::verify(m_root, {m_root}));
    }

    void rootCaP384UsesSha384AndPathLength()
    {
        auto key = PrivateKey::generate(KeyAlgorithm::EcP384);
        QVERIFY(key);
        CaCertificateSpec spec;
        spec.subject = name(u"CN=P384 Root");
        spec.pathLength = 1;
        spec.validityDays = 100;
        auto root = CertificateBuilder::createRootCa(*key, spec);
        QVERIFY2(root, qPrintable(why(root)));
        QCOMPARE(root->signatureAlgorithm(), QStringLiteral("ecdsa-with-SHA384"));
        QCOMPARE(root->basicConstraints().pathLength, std::optional<int>(1));
        QCOMPARE(root->notBefore().daysTo(root->notAfter()), 100);
    }

    void serialsAreFresh()
    {
        CaCertificateSpec spec;
        spec.subject = name(u"CN=Same");
        auto a = CertificateBuilder::createRootCa(m_rootKey, spec);
        auto b = CertificateBuilder::createRootCa(m_rootKey, spec);
        QVERIFY(a && b);
        QVERIFY(a->serialNumber() != b->serialNumber());
    }

    void intermediateCaIsClampedAndVerifies()
    {
        // A short-lived root, so that the intermediate's 10 years get clamped.
        CaCertificateSpec rootSpec;
        rootSpec.subject = name(u"CN=Short Root");
        rootSpec.validityDays = 30;
        auto root = CertificateBuilder::createRootCa(m_rootKey, rootSpec);
        QVERIFY(root);

        auto subKey = PrivateKey::generate(KeyAlgorithm::EcP256);
        QVERIFY(subKey);
        CaCertificateSpec spec;
        spec.subject = name(u"CN=Issuing CA 1,O=Example IoT");
        spec.pathLength = 0;
        auto intermediate = CertificateBuilder::createIntermediateCa(*subKey, spec, *root, m_rootKey);
        QVERIFY2(intermediate, qPrintable(why(intermediate)));
        QVERIFY(intermediate->clamped);
        QVERIFY(intermediate->warning.contains(QStringLiteral("Short Root")));
        QCOMPARE(intermediate->certificate.notAfter(), root->notAfter());
        QVERIFY(intermediate->certificate.isSignedBy(*root));
        QVERIFY(!intermediate->certificate.isSelfSigned());
        QCOMPARE(intermediate->certificate.authorityKeyIdentifier(), root->subjectKeyIdentifier());
        QVERIFY(ChainVerifier::verify(intermediate->certificate, {*root}));

        // pathlen:0 forbids it to sign another CA.
        auto third = CertificateBuilder::createIntermediateCa(*subKey, spec, intermediate->certificate, *subKey);
        QVERIFY(!third);
        QCOMPARE(third.error().code, QString(ErrorCode::NotACa));
    }

    void issuerChecks()
    {
        auto otherKey = PrivateKey::generate(KeyAlgorithm::EcP256);
        QVERIFY(otherKey);
        const iotca::Status mismatch = CertificateBuilder::checkIssuer(m_root, *otherKey);
        QVERIFY(!mismatch);
        QCOMPARE(mismatch.error().code, QString(ErrorCode::KeyMismatch));
        QVERIFY(mismatch.error().message.contains(QStringLiteral("Fleet Root")));

        // An end-entity certificate cannot issue.
        auto device = DeviceCertificateIssuer::create(m_root, m_rootKey);
        QVERIFY(device);
        DeviceCertificateSpec spec;
        spec.subject = name(u"CN=dev1");
        auto issued = device->issue(spec);
        QVERIFY(issued);
        const iotca::Status notCa = CertificateBuilder::checkIssuer(issued->certificate, issued->key);
        QVERIFY(!notCa);
        QCOMPARE(notCa.error().code, QString(ErrorCode::NotACa));
        QVERIFY(notCa.error().message.contains(QStringLiteral("CA:FALSE")));
    }

    void verificationCertificate()
    {
        VerificationCertificateSpec spec;
        spec.registrationCode = QStringLiteral("5b0c1d2e3f40a1b2c3d4e5f6a7b8c9d0");
        spec.extraSubject = name(u"O=Example IoT,C=CN");
        auto made = VerificationCertificate::create(spec, m_root, m_rootKey);
        QVERIFY2(made, qPrintable(why(made)));
        const Certificate& certificate = made->certificate();
        QCOMPARE(certificate.commonName(), spec.registrationCode);
        QCOMPARE(certificate.subject().value(u"O"), QStringLiteral("Example IoT"));
        QCOMPARE(certificate.signatureAlgorithm(), QStringLiteral("ecdsa-with-SHA512"));
        QCOMPARE(certificate.notBefore().daysTo(certificate.notAfter()), 300);
        QVERIFY(!certificate.isCa());
        QVERIFY(certificate.basicConstraints().present);
        QCOMPARE(certificate.keyUsage(), KeyUsages(KeyUsage::DigitalSignature | KeyUsage::KeyEncipherment));
        QVERIFY(made->key().matches(certificate));
        QVERIFY(!made->clamped());

        QVERIFY2(VerificationCertificate::check(certificate.toPem(), m_root, spec.registrationCode),
                 qPrintable(why(VerificationCertificate::check(certificate.toPem(), m_root, spec.registrationCode))));
        QVERIFY(VerificationCertificate::check(certificate.toDer(), m_root, spec.registrationCode));

        const iotca::Status wrongCode =
            VerificationCertificate::check(certificate.toPem(), m_root, QStringLiteral("x"));
        QCOMPARE(wrongCode.error().code, QString(ErrorCode::WrongCommonName));

        // Same issuer name, different key: the signature check catches it.
        auto impostorKey = PrivateKey::generate(KeyAlgorithm::EcP256);
        CaCertificateSpec impostorSpec;
        impostorSpec.subject = m_root.subject();
        auto impostor = CertificateBuilder::createRootCa(*impostorKey, impostorSpec);
        QVERIFY(impostor);
        const iotca::Status wrongCa =
            VerificationCertificate::check(certificate.toPem(), *impostor, spec.registrationCode);
        QCOMPARE(wrongCa.error().code, QString(ErrorCode::WrongIssuer));
        QVERIFY(wrongCa.error().message.contains(QStringLiteral("signature")));
    }

    void verificationCertificateNeedsACode()
    {
        VerificationCertificateSpec spec;
        auto made = VerificationCertificate::create(spec, m_root, m_rootKey);
        QVERIFY(!made);
        QCOMPARE(made.error().code, QString(ErrorCode::InvalidName));
        spec.registrationCode = QString(65, QLatin1Char('a'));
        made = VerificationCertificate::create(spec, m_root, m_rootKey);
        QVERIFY(!made);
        QVERIFY(made.error().message.contains(QStringLiteral("64")));
    }

    void deviceCertificateFromNewKey_data()
    {
        QTest::addColumn<KeyAlgorithm>("algorithm");
        QTest::addColumn<QByteArray>("keyLabel");
        QTest::addColumn<KeyUsages>("usages");
        QTest::newRow("ec") << KeyAlgorithm::EcP256 << QByteArray("EC PRIVATE KEY")
                            << KeyUsages(KeyUsage::DigitalSignature);
        QTest::newRow("rsa") << KeyAlgorithm::Rsa2048 << QByteArray("RSA PRIVATE KEY")
                             << KeyUsages(KeyUsage::DigitalSignature | KeyUsage::KeyEncipherment);
    }

    void deviceCertificateFromNewKey()
    {
        QFETCH(KeyAlgorithm, algorithm);
        QFETCH(QByteArray, keyLabel);
        QFETCH(KeyUsages, usages);
        auto issuer = DeviceCertificateIssuer::create(m_root, m_rootKey);
        QVERIFY2(issuer, qPrintable(why(issuer)));
        DeviceCertificateSpec spec;
        spec.subject = name(u"CN=ProductA_device-001,O=Example IoT");
        spec.keyAlgorithm = algorithm;
        spec.subjectAltNames = {QStringLiteral("DNS:device-001.example.com"), QStringLiteral("IP:192.0.2.7")};
        auto issued = issuer->issue(spec);
        QVERIFY2(issued, qPrintable(why(issued)));
        const Certificate& certificate = issued->certificate;
        QCOMPARE(certificate.toDer(), issued->certificateDer);
        QCOMPARE(Certificate::fromPem(issued->certificatePem)->toDer(), issued->certificateDer);
        QCOMPARE(certificate.serialNumberHex(), issued->serialNumberHex);
        QCOMPARE(issued->serialNumber.byteLength(), 16);
        QCOMPARE(certificate.commonName(), QStringLiteral("ProductA_device-001"));
        QCOMPARE(certificate.issuerString(), m_root.subjectString());
        QVERIFY(!certificate.isCa());
        QVERIFY(certificate.isExtensionCritical(QStringLiteral("basicConstraints")));
        QCOMPARE(certificate.keyUsage(), usages);
        QCOMPARE(certificate.extendedKeyUsage(), QStringList {QStringLiteral("clientAuth")});
        QCOMPARE(certificate.authorityKeyIdentifier(), m_root.subjectKeyIdentifier());
        QCOMPARE(certificate.subjectKeyIdentifier().size(), 20);
        QCOMPARE(certificate.subjectAlternativeNames(),
                 (QStringList {QStringLiteral("DNS:device-001.example.com"), QStringLiteral("IP:192.0.2.7")}));
        QCOMPARE(certificate.keyAlgorithm(), std::optional<KeyAlgorithm>(algorithm));
        QVERIFY(issued->keyPem.view().startsWith(QByteArray("-----BEGIN " + keyLabel + "-----\n")));
        QVERIFY(issued->keyPem.view().endsWith(QByteArray("-----END " + keyLabel + "-----\n")));
        auto key = PrivateKey::fromPem(issued->keyPem.view());
        QVERIFY2(key, qPrintable(why(key)));
        QVERIFY(key->matches(certificate));
        // The fast-path SEC1 encoding is byte for byte what OpenSSL's own encoder writes.
        QCOMPARE(key->toUnencryptedTraditionalPem()->view(), issued->keyPem.view());
        // Re-decoded from DER, the certificate is the same (the fast path keeps the key object for itself).
        QCOMPARE(Certificate::fromDer(issued->certificateDer)->publicKeyDer(), certificate.publicKeyDer());
        QCOMPARE(certificate.publicKeyDer(), key->publicKeyDer());
        QVERIFY(certificate.isSignedBy(m_root));
        QVERIFY(ChainVerifier::verify(certificate, {m_root}));
        QVERIFY(!issued->clamped);
        QCOMPARE(issued->notBefore.daysTo(issued->notAfter), 365);
    }

    void deviceCertificateFromCsr()
    {
        auto deviceKey = PrivateKey::generate(KeyAlgorithm::EcP256);
        QVERIFY(deviceKey);
        auto request = CertificateRequest::create(*deviceKey, name(u"CN=from-csr,O=Device Maker"),
                                                  {QStringLiteral("DNS:csr.example.com")});
        QVERIFY2(request, qPrintable(why(request)));
        QVERIFY(request->verifySignature());
        QCOMPARE(request->subjectAlternativeNames(), QStringList {QStringLiteral("DNS:csr.example.com")});
        QVERIFY(deviceKey->matches(*request));
        auto reparsed = CertificateRequest::fromData(request->toPem());
        QVERIFY(reparsed);
        QCOMPARE(reparsed->toDer(), request->toDer());
        QCOMPARE(CertificateRequest::fromData(request->toDer())->subjectString(),
                 QStringLiteral("CN=from-csr,O=Device Maker"));

        auto issuer = DeviceCertificateIssuer::create(m_root, m_rootKey);
        QVERIFY(issuer);
        DeviceCertificateSpec spec;
        spec.request = *reparsed; // subject empty: the CSR's subject is used
        auto issued = issuer->issue(spec);
        QVERIFY2(issued, qPrintable(why(issued)));
        QVERIFY(issued->key.isNull());
        QVERIFY(issued->keyPem.isEmpty());
        QCOMPARE(issued->certificate.subjectString(), QStringLiteral("CN=from-csr,O=Device Maker"));
        QVERIFY(deviceKey->matches(issued->certificate));

        spec.subject = name(u"CN=chosen-by-platform");
        issued = issuer->issue(spec);
        QVERIFY(issued);
        QCOMPARE(issued->certificate.commonName(), QStringLiteral("chosen-by-platform"));
    }

    void deviceValidityIsClampedToTheCa()
    {
        CaCertificateSpec rootSpec;
        rootSpec.subject = name(u"CN=Ten Day Root");
        rootSpec.validityDays = 10;
        auto root = CertificateBuilder::createRootCa(m_rootKey, rootSpec);
        QVERIFY(root);
        auto issuer = DeviceCertificateIssuer::create(*root, m_rootKey);
        QVERIFY(issuer);
        DeviceCertificateSpec spec;
        spec.subject = name(u"CN=dev");
        auto issued = issuer->issue(spec);
        QVERIFY(issued);
        QVERIFY(issued->clamped);
        QVERIFY(issued->warning.contains(QStringLiteral("Ten Day Root")));
        QCOMPARE(issued->certificate.notAfter(), root->notAfter());
    }

    void deviceIssuerRejects()
    {
        auto issuer = DeviceCertificateIssuer::create(m_root, m_rootKey);
        QVERIFY(issuer);
        DeviceCertificateSpec spec;
        auto noSubject = issuer->issue(spec);
        QCOMPARE(noSubject.error().code, QString(ErrorCode::InvalidName));
        spec.subject = name(u"CN=x");
        spec.validityDays = 0;
        QCOMPARE(issuer->issue(spec).error().code, QString(ErrorCode::InvalidValidity));
        spec.validityDays = 10;
        spec.subjectAltNames = {QStringLiteral("IP:999.1.1.1")};
        auto badSan = issuer->issue(spec);
        QCOMPARE(badSan.error().code, QString(ErrorCode::InvalidSubjectAltName));
        QVERIFY(badSan.error().message.contains(QStringLiteral("999.1.1.1")));

        auto otherKey = PrivateKey::generate(KeyAlgorithm::EcP256);
        QCOMPARE(DeviceCertificateIssuer::create(m_root, *otherKey).error().code, QString(ErrorCode::KeyMismatch));
    }

    void issuesConcurrently()
    {
        auto issuer = DeviceCertificateIssuer::create(m_root, m_rootKey);
        QVERIFY(issuer);
        constexpr int threads = 4;
        constexpr int perThread = 50;
        std::vector<std::vector<QString>> serials(threads);
        std::vector<int> failures(threads, 0);
        std::vector<std::thread> workers;
        for (int t = 0; t < threads; ++t) {
            workers.emplace_back([&, t] {
                for (int i = 0; i < perThread; ++i) {
                    DeviceCertificateSpec spec;
                    spec.subject.appendUnchecked(QStringLiteral("CN"), QStringLiteral("dev-%1-%2").arg(t).arg(i));
                    auto issued = issuer->issue(spec);
                    if (!issued || !issued->certificate.isSignedBy(m_root)
                        || !PrivateKey::fromPem(issued->keyPem.view())->matches(issued->certificate)) {
                        ++failures[t];
                        continue;
                    }
                    serials[t].push_back(issued->serialNumberHex);
                }
            });
        }
        for (std::thread& worker : workers)
            worker.join();
        QSet<QString> unique;
        for (int t = 0; t < threads; ++t) {
            QCOMPARE(failures[t], 0);
            for (const QString& serial : serials[t])
                unique.insert(serial);
        }
        QCOMPARE(unique.size(), threads * perThread);
    }

    void chainVerifierReasons()
    {
        auto issuer = DeviceCertificateIssuer::create(m_root, m_rootKey);
        DeviceCertificateSpec spec;
        spec.subject = name(u"CN=chain-dev");
        auto issued = issuer->issue(spec);
        QVERIFY(issued);

        ChainVerifier verifier({m_root});
        QVERIFY(verifier.verify(issued->certificate));

        verifier.setVerificationTime(QDateTime::currentDateTimeUtc().addYears(2));
        const iotca::Status expired = verifier.verify(issued->certificate);
        QCOMPARE(expired.error().code, QString(ErrorCode::CertificateExpired));

        auto otherKey = PrivateKey::generate(KeyAlgorithm::EcP256);
        CaCertificateSpec otherSpec;
        otherSpec.subject = name(u"CN=Other Root");
        auto other = CertificateBuilder::createRootCa(*otherKey, otherSpec);
        const iotca::Status wrong = ChainVerifier::verify(issued->certificate, {*other});
        QCOMPARE(wrong.error().code, QString(ErrorCode::WrongIssuer));
        QVERIFY(wrong.error().message.contains(QStringLiteral("chain-dev")));
    }

    void pkcs12RoundTrip()
    {
        auto issuer = DeviceCertificateIssuer::create(m_root, m_rootKey);
        DeviceCertificateSpec spec;
        spec.subject = name(u"CN=p12-dev");
        auto issued = issuer->issue(spec);
        QVERIFY(issued);
        const SecureBuffer passphrase = SecureBuffer::fromBytes("bundle pass");
        // Few iterations here to keep the test fast; the default (600,000) is checked with openssl in the interop test.
        auto bundle =
            Pkcs12::create(issued->certificate, issued->key, {m_root}, passphrase, QStringLiteral("p12-dev"), 10000);
        QVERIFY2(bundle, qPrintable(why(bundle)));
        auto contents = Pkcs12::read(*bundle, passphrase);
        QVERIFY2(contents, qPrintable(why(contents)));
        QCOMPARE(contents->certificate, issued->certificate);
        QVERIFY(contents->key.matches(issued->certificate));
        QCOMPARE(contents->caCertificates.size(), 1);
        QCOMPARE(contents->caCertificates.first(), m_root);
        QCOMPARE(contents->friendlyName, QStringLiteral("p12-dev"));

        auto wrong = Pkcs12::read(*bundle, SecureBuffer::fromBytes("nope"));
        QCOMPARE(wrong.error().code, QString(ErrorCode::WrongPassphrase));
        auto mismatched = Pkcs12::create(m_root, issued->key, {}, passphrase, {}, 10000);
        QCOMPARE(mismatched.error().code, QString(ErrorCode::KeyMismatch));
    }
};

QTEST_GUILESS_MAIN(TestCertificateBuilder)
#include "TestCertificateBuilder.moc"
