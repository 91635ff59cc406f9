#include "crypto/CryptoErrorCode.h"
#include "crypto/KeyAlgorithm.h"
#include "crypto/PrivateKey.h"

#include <QTest>

using namespace iotca::crypto;

// Generating, reading and writing keys; the openssl cross-checks are in TestOpenSslInterop.
class TestKeys : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keyAlgorithmNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected"); // -1: not recognised
        QTest::newRow("rsa:2048") << QStringLiteral("rsa:2048") << int(KeyAlgorithm::Rsa2048);
        QTest::newRow("RSA3072") << QStringLiteral("RSA3072") << int(KeyAlgorithm::Rsa3072);
        QTest::newRow("rsa-4096") << QStringLiteral("rsa-4096") << int(KeyAlgorithm::Rsa4096);
        QTest::newRow("ec:P-256") << QStringLiteral("ec:P-256") << int(KeyAlgorithm::EcP256);
        QTest::newRow("prime256v1") << QStringLiteral("ec:prime256v1") << int(KeyAlgorithm::EcP256);
        QTest::newRow("secp384r1") << QStringLiteral("secp384r1") << int(KeyAlgorithm::EcP384);
        QTest::newRow("ecdsa-p384") << QStringLiteral("ECDSA-P384") << int(KeyAlgorithm::EcP384);
        QTest::newRow("rsa:1024") << QStringLiteral("rsa:1024") << -1;
        QTest::newRow("ec:P-521") << QStringLiteral("ec:P-521") << -1;
        QTest::newRow("ed25519") << QStringLiteral("ed25519") << -1;
        QTest::newRow("empty") << QString() << -1;
    }

    void keyAlgorithmNames()
    {
        QFETCH(QString, text);
        QFETCH(int, expected);
        const std::optional<KeyAlgorithm> parsed = parseKeyAlgorithm(text);
        if (expected < 0) {
            QVERIFY(!parsed);
        } else {
            QVERIFY(parsed);
            QCOMPARE(int(*parsed), expected);
        }
    }

    void keyAlgorithmNamesRoundTrip()
    {
        for (const KeyAlgorithm algorithm : allKeyAlgorithms()) {
            QCOMPARE(parseKeyAlgorithm(keyAlgorithmName(algorithm)), std::optional<KeyAlgorithm>(algorithm));
            QVERIFY(!keyAlgorithmDisplayName(algorithm).isEmpty());
        }
        QCOMPARE(keyAlgorithmName(KeyAlgorithm::EcP256), QStringLiteral("ec:P-256"));
        QCOMPARE(keyAlgorithmName(KeyAlgorithm::Rsa2048), QStringLiteral("rsa:2048"));
        QCOMPARE(defaultSignatureDigest(KeyAlgorithm::EcP384), DigestAlgorithm::Sha384);
        QCOMPARE(defaultSignatureDigest(KeyAlgorithm::Rsa4096), DigestAlgorithm::Sha256);
    }

    void generateEachAlgorithm_data()
    {
        QTest::addColumn<KeyAlgorithm>("algorithm");
        QTest::addColumn<int>("bits");
        QTest::addColumn<QString>("curve");
        QTest::addColumn<QByteArray>("traditionalLabel");
        QTest::newRow("rsa2048") << KeyAlgorithm::Rsa2048 << 2048 << QString() << QByteArray("RSA PRIVATE KEY");
        QTest::newRow("rsa3072") << KeyAlgorithm::Rsa3072 << 3072 << QString() << QByteArray("RSA PRIVATE KEY");
        QTest::newRow("rsa4096") << KeyAlgorithm::Rsa4096 << 4096 << QString() << QByteArray("RSA PRIVATE KEY");
        QTest::newRow("p256") << KeyAlgorithm::EcP256 << 256 << QStringLiteral("P-256") << QByteArray("EC PRIVATE KEY");
        QTest::newRow("p384") << KeyAlgorithm::EcP384 << 384 << QStringLiteral("P-384") << QByteArray("EC PRIVATE KEY");
    }

    void generateEachAlgorithm()
    {
        QFETCH(KeyAlgorithm, algorithm);
        QFETCH(int, bits);
        QFETCH(QString, curve);
        QFETCH(QByteArray, traditionalLabel);

        const iotca::Result<PrivateKey> key = PrivateKey::generate(algorithm);
        QVERIFY2(key, qPrintable(key.ok() ? QString() : key.error().fullText()));
        QCOMPARE(key->algorithm(), std::optional<KeyAlgorithm>(algorithm));
        QCOMPARE(key->bits(), bits);
        QCOMPARE(key->curveName(), curve);
        QCOMPARE(key->isRsa(), isRsa(algorithm));
        QCOMPARE(key->isEc(), isEc(algorithm));

        // Device form: PKCS#1 / SEC1, unencrypted, and it reads back to the same key.
        const iotca::Result<SecureBuffer> traditional = key->toUnencryptedTraditionalPem();
        QVERIFY(traditional);
        QVERIFY(traditional->view().startsWith(QByteArray("-----BEGIN " + traditionalLabel + "-----\n")));
        const iotca::Result<PrivateKey> reread = PrivateKey::fromPem(traditional->view());
        QVERIFY2(reread, qPrintable(reread.ok() ? QString() : reread.error().fullText()));
        QCOMPARE(reread->publicKeyDer(), key->publicKeyDer());

        // Unencrypted PKCS#8, PEM and DER.
        const iotca::Result<SecureBuffer> pkcs8 = key->toUnencryptedPkcs8Pem();
        QVERIFY(pkcs8);
        QVERIFY(pkcs8->view().startsWith("-----BEGIN PRIVATE KEY-----\n"));
        QCOMPARE(PrivateKey::fromData(pkcs8->view())->publicKeyDer(), key->publicKeyDer());
        const iotca::Result<SecureBuffer> der = key->toUnencryptedPkcs8Der();
        QVERIFY(der);
        QCOMPARE(PrivateKey::fromDer(der->view())->publicKeyDer(), key->publicKeyDer());
        QCOMPARE(PrivateKey::fromData(der->view())->publicKeyDer(), key->publicKeyDer());
        QVERIFY(key->publicKeyPem().startsWith("-----BEGIN PUBLIC KEY-----"));
    }

    void freshKeysDiffer()
    {
        const auto a = PrivateKey::generate(KeyAlgorithm::EcP256);
        const auto b = PrivateKey::generate(KeyAlgorithm::EcP256);
        QVERIFY(a && b);
        QVERIFY(a->publicKeyDer() != b->publicKeyDer());
    }

    void encryptedPkcs8RoundTrip()
    {
        // Each encryption or decryption runs PBKDF2 with 600,000 iterations: keep these few.
        const auto key = PrivateKey::generate(KeyAlgorithm::EcP256);
        QVERIFY(key);
        const SecureBuffer passphrase = SecureBuffer::fromString(QStringLiteral("correct horse 電池"));
        const iotca::Result<QByteArray> pem = key->toEncryptedPkcs8Pem(passphrase);
        QVERIFY(pem);
        QVERIFY(pem->startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----\n"));
        QVERIFY(!pem->contains("BEGIN PRIVATE KEY"));

        const iotca::Result<PrivateKey> decrypted = PrivateKey::fromPem(*pem, &passphrase);
        QVERIFY2(decrypted, qPrintable(decrypted.ok() ? QString() : decrypted.error().fullText()));
        QCOMPARE(decrypted->publicKeyDer(), key->publicKeyDer());

        const SecureBuffer wrong = SecureBuffer::fromBytes("correct horse");
        const iotca::Result<PrivateKey> refused = PrivateKey::fromPem(*pem, &wrong);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QString(ErrorCode::WrongPassphrase));
        QVERIFY(refused.error().message.contains(QStringLiteral("passphrase")));

        const iotca::Result<PrivateKey> noPassphrase = PrivateKey::fromPem(*pem);
        QVERIFY(!noPassphrase);
        QCOMPARE(noPassphrase.error().code, QString(ErrorCode::PassphraseRequired));
    }

    void encryptedPkcs8Der()
    {
        const auto key = PrivateKey::generate(KeyAlgorithm::EcP384);
        QVERIFY(key);
        const SecureBuffer passphrase = SecureBuffer::fromBytes("s3cret!");
        const iotca::Result<QByteArray> der = key->toEncryptedPkcs8Der(passphrase);
        QVERIFY(der);
        QCOMPARE(static_cast<unsigned char>(der->at(0)), 0x30);
        const iotca::Result<PrivateKey> decrypted = PrivateKey::fromData(*der, &passphrase);
        QVERIFY2(decrypted, qPrintable(decrypted.ok() ? QString() : decrypted.error().fullText()));
        QCOMPARE(decrypted->publicKeyDer(), key->publicKeyDer());
        QCOMPARE(PrivateKey::fromDer(*der).error().code, QString(ErrorCode::PassphraseRequired));
    }

    void emptyPassphraseIsRefusedForWriting()
    {
        const auto key = PrivateKey::generate(KeyAlgorithm::EcP256);
        QVERIFY(key);
        const iotca::Result<QByteArray> pem = key->toEncryptedPkcs8Pem(SecureBuffer());
        QVERIFY(!pem);
        QCOMPARE(pem.error().code, QString(ErrorCode::InvalidArgument));
    }

    void nullKeyIsHarmless()
    {
        const PrivateKey key;
        QVERIFY(key.isNull());
        QCOMPARE(key.bits(), 0);
        QVERIFY(!key.algorithm());
        QVERIFY(key.publicKeyDer().isEmpty());
        QVERIFY(!key.toUnencryptedTraditionalPem());
    }

    void copiesAreTheSameKey()
    {
        const auto key = PrivateKey::generate(KeyAlgorithm::EcP256);
        QVERIFY(key);
        const PrivateKey copy = *key;
        QVERIFY(copy == *key);
        QCOMPARE(copy.publicKeyDer(), key->publicKeyDer());
        // Read back from its encoding, it is still the same key; another key of the same kind is not.
        const auto encoded = key->toUnencryptedPkcs8Der();
        QVERIFY(encoded);
        const auto decoded = PrivateKey::fromDer(encoded->view());
        QVERIFY(decoded);
        QVERIFY(*decoded == *key);
        const auto other = PrivateKey::generate(KeyAlgorithm::EcP256);
        QVERIFY(other);
        QVERIFY(!(*other == *key));
        QVERIFY(PrivateKey() == PrivateKey());
        QVERIFY(!(PrivateKey() == *key));
    }
};

QTEST_GUILESS_MAIN(TestKeys)
#include "TestKeys.moc"
