#include "CryptoTestSupport.h"

#include "crypto/CertificateBuilder.h"
#include "crypto/DeviceCertificateIssuer.h"
#include "crypto/PrivateKey.h"

#include <QTemporaryDir>
#include <QTest>

using namespace iotca::crypto;

/// Issue 21: DeviceCertificateIssuer writes a new device key's unencrypted PKCS#8 PEM (the Generic profile's key file)
/// straight from the key's encoding instead of through OpenSSL's PEM_write_bio_PKCS8PrivateKey() per device. The
/// bytes must stay exactly OpenSSL's: compared with that encoder in-process and with the openssl CLI (`openssl pkey`,
/// which writes PKCS#8), and loaded back as the same key.
class TestDeviceKeyPkcs8 : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    PrivateKey m_caKey;
    Certificate m_ca;

    IssuedDeviceCertificate issue(KeyAlgorithm algorithm, bool pkcs8)
    {
        auto issuer = DeviceCertificateIssuer::create(m_ca, m_caKey);
        if (!issuer)
            return {};
        DeviceCertificateSpec spec;
        spec.subject = *DistinguishedName::parse(QStringLiteral("CN=pkcs8-device"));
        spec.keyAlgorithm = algorithm;
        spec.decodeCertificate = false;
        spec.pkcs8Key = pkcs8;
        auto issued = issuer->issue(spec);
        return issued ? std::move(*issued) : IssuedDeviceCertificate {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_caKey = PrivateKey::generate(KeyAlgorithm::EcP256).value();
        CaCertificateSpec spec;
        spec.subject = *DistinguishedName::parse(QStringLiteral("CN=PKCS8 Root,O=Template Test"));
        m_ca = CertificateBuilder::createRootCa(m_caKey, spec).value();
    }

    void keyPemIsOpenSslsPkcs8_data()
    {
        QTest::addColumn<KeyAlgorithm>("algorithm");
        QTest::newRow("EC P-256") << KeyAlgorithm::EcP256;
        QTest::newRow("EC P-384") << KeyAlgorithm::EcP384;
        QTest::newRow("RSA 2048") << KeyAlgorithm::Rsa2048;
    }

    void keyPemIsOpenSslsPkcs8()
    {
        QFETCH(KeyAlgorithm, algorithm);
        for (int round = 0; round < (algorithm == KeyAlgorithm::Rsa2048 ? 1 : 20); ++round) {
            IssuedDeviceCertificate issued = issue(algorithm, true);
            QVERIFY(!issued.keyPem.isEmpty());
            QVERIFY(issued.keyPem.view().startsWith("-----BEGIN PRIVATE KEY-----\n"));
            // OpenSSL's own PKCS#8 encoder on the same key: the same bytes.
            auto reference = issued.key.toUnencryptedPkcs8Pem();
            QVERIFY(reference.ok());
            QCOMPARE(issued.keyPem.view().toByteArray(), reference->view().toByteArray());
            // And it loads as the key the certificate was issued for.
            auto loaded = PrivateKey::fromPem(issued.keyPem.view());
            QVERIFY(loaded.ok());
            QCOMPARE(loaded->publicKeyDer(), issued.key.publicKeyDer());
        }
    }

    void keyPemMatchesTheOpenSslCli()
    {
        // `openssl pkey` reads the traditional SEC1 key the issuer writes by default and writes PKCS#8.
        IssuedDeviceCertificate issued = issue(KeyAlgorithm::EcP256, false);
        QVERIFY(issued.keyPem.view().startsWith("-----BEGIN EC PRIVATE KEY-----\n"));
        const QString sec1 = m_dir.filePath(QStringLiteral("sec1.pem"));
        QVERIFY(iotca::test::writeFileBytes(sec1, issued.keyPem.view()));
        const iotca::test::OpenSslRun cli =
            iotca::test::runOpenSsl({QStringLiteral("pkey"), QStringLiteral("-in"), sec1});
        QVERIFY2(cli.ok(), cli.transcript().constData());
        QVERIFY(cli.standardOutput.startsWith("-----BEGIN PRIVATE KEY-----\n"));
        // OpenSSL's in-process encoder agrees with its CLI for this key...
        auto pkcs8 = issued.key.toUnencryptedPkcs8Pem();
        QVERIFY(pkcs8.ok());
        QCOMPARE(pkcs8->view().toByteArray(), cli.standardOutput);
        // ...and the CLI rewrites a directly encoded PKCS#8 key to the very same bytes.
        IssuedDeviceCertificate direct = issue(KeyAlgorithm::EcP256, true);
        const QString directFile = m_dir.filePath(QStringLiteral("direct.pem"));
        QVERIFY(iotca::test::writeFileBytes(directFile, direct.keyPem.view()));
        const iotca::test::OpenSslRun again =
            iotca::test::runOpenSsl({QStringLiteral("pkey"), QStringLiteral("-in"), directFile});
        QVERIFY2(again.ok(), again.transcript().constData());
        QCOMPARE(again.standardOutput, direct.keyPem.view().toByteArray());
    }
};

QTEST_GUILESS_MAIN(TestDeviceKeyPkcs8)
#include "TestDeviceKeyPkcs8.moc"
