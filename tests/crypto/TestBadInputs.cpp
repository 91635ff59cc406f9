#include "CryptoTestSupport.h"

#include "crypto/CertificateBuilder.h"
#include "crypto/CertificateRequest.h"
#include "crypto/ChainVerifier.h"
#include "crypto/CryptoErrorCode.h"
#include "crypto/DeviceCertificateIssuer.h"
#include "crypto/Pkcs12.h"
#include "crypto/VerificationCertificate.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace iotca::crypto;
using iotca::test::readFileBytes;
using iotca::test::runOpenSsl;
using iotca::test::writeFileBytes;

namespace {

enum class Reader { Key, Certificate, Request };

struct BadInput
{
    const char* tag;
    Reader reader;
    QByteArray bytes;
    QLatin1String code;
    QString mentions; // the message must name the problem
    bool withPassphrase = false;
};

QByteArray pem(const char* label, const QByteArray& der)
{
    return QByteArray("-----BEGIN ") + label + "-----\n" + der.toBase64() + "\n-----END " + label + "-----\n";
}

} // namespace

// Malformed and mismatched inputs: each gives its own error code and a message naming the problem, and none crashes.
class TestBadInputs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    PrivateKey m_caKey;
    Certificate m_ca;
    IssuedDeviceCertificate m_device;
    QList<BadInput> m_inputs;

    QByteArray openssl(const QStringList& arguments, const QString& outFile)
    {
        const auto run = runOpenSsl(arguments, m_dir.path());
        if (!run.ok())
            qWarning("%s", run.transcript().constData());
        return readFileBytes(m_dir.filePath(outFile));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_caKey = *PrivateKey::generate(KeyAlgorithm::EcP256);
        CaCertificateSpec spec;
        spec.subject = *DistinguishedName::parse(u"CN=Bad Input Root");
        m_ca = *CertificateBuilder::createRootCa(m_caKey, spec);
        DeviceCertificateSpec deviceSpec;
        deviceSpec.subject = *DistinguishedName::parse(u"CN=device");
        auto issued = DeviceCertificateIssuer::create(m_ca, m_caKey)->issue(deviceSpec);
        QVERIFY(issued);
        m_device = std::move(*issued);

        const QByteArray keyPkcs8Der = m_device.key.toUnencryptedPkcs8Der()->view().toByteArray();
        const QByteArray keyPem = m_device.keyPem.view().toByteArray();
        const QByteArray certDer = m_device.certificateDer;
        const QByteArray certPem = m_device.certificatePem;
        const QByteArray csrDer = CertificateRequest::create(m_caKey, spec.subject)->toDer();

        const QString dir = m_dir.path();
        const QByteArray rsa1024 = openssl(
            {QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("RSA"), QStringLiteral("-pkeyopt"),
             QStringLiteral("rsa_keygen_bits:1024"), QStringLiteral("-out"), QStringLiteral("rsa1024.pem")},
            QStringLiteral("rsa1024.pem"));
        const QByteArray ed25519 =
            openssl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("ED25519"),
                     QStringLiteral("-out"), QStringLiteral("ed25519.pem")},
                    QStringLiteral("ed25519.pem"));
        const QByteArray p521 = openssl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"),
                                         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-521"),
                                         QStringLiteral("-out"), QStringLiteral("p521.pem")},
                                        QStringLiteral("p521.pem"));
        QVERIFY(writeFileBytes(m_dir.filePath(QStringLiteral("device.key")), keyPem));
        // Few iterations: this input is about the passphrase check, not the KDF.
        const QByteArray encrypted =
            openssl({QStringLiteral("pkcs8"), QStringLiteral("-topk8"), QStringLiteral("-in"),
                     QStringLiteral("device.key"), QStringLiteral("-v2"), QStringLiteral("aes-256-cbc"),
                     QStringLiteral("-iter"), QStringLiteral("1000"), QStringLiteral("-passout"),
                     QStringLiteral("pass:right"), QStringLiteral("-out"), QStringLiteral("encrypted.pem")},
                    QStringLiteral("encrypted.pem"));
        QVERIFY(!rsa1024.isEmpty() && !ed25519.isEmpty() && !p521.isEmpty() && !encrypted.isEmpty());

        QByteArray badBase64 = keyPem;
        badBase64.insert(badBase64.indexOf('\n') + 5, "!!!*");
        QByteArray wrongEnd = keyPem;
        wrongEnd.replace("-----END EC PRIVATE KEY-----", "-----END RSA PRIVATE KEY-----");
        QByteArray garbageDer = keyPkcs8Der;
        for (qsizetype i = 8; i < garbageDer.size(); ++i)
            garbageDer[i] = static_cast<char>(0x5a);
        QByteArray tamperedCsr = csrDer;
        tamperedCsr[tamperedCsr.size() - 5] = static_cast<char>(tamperedCsr[tamperedCsr.size() - 5] ^ 0x01);
        const QByteArray publicKeyPem = m_device.key.publicKeyPem();

        m_inputs = {
            {"key: empty", Reader::Key, QByteArray(), ErrorCode::Empty, QStringLiteral("empty")},
            {"key: whitespace", Reader::Key, QByteArray(" \n\t\r\n"), ErrorCode::Empty, QStringLiteral("empty")},
            {"key: binary garbage", Reader::Key, QByteArray("\x01\x02\x03\x04garbage", 11), ErrorCode::Malformed,
             QStringLiteral("neither a PEM nor a DER")},
            {"key: PEM cut off", Reader::Key, keyPem.left(keyPem.size() / 2), ErrorCode::Truncated,
             QStringLiteral("cut off")},
            {"key: bad base64", Reader::Key, badBase64, ErrorCode::Malformed, QStringLiteral("base64")},
            {"key: END label differs", Reader::Key, wrongEnd, ErrorCode::Malformed, QStringLiteral("ends with")},
            {"key: DER cut off", Reader::Key, keyPkcs8Der.left(keyPkcs8Der.size() - 20), ErrorCode::Truncated,
             QStringLiteral("should have")},
            {"key: DER damaged", Reader::Key, garbageDer, ErrorCode::Malformed, QStringLiteral("damaged")},
            {"key: PEM body damaged", Reader::Key, pem("PRIVATE KEY", garbageDer), ErrorCode::Malformed,
             QStringLiteral("damaged")},
            {"key: a certificate PEM", Reader::Key, certPem, ErrorCode::NotAPrivateKey, QStringLiteral("CERTIFICATE")},
            {"key: a certificate DER", Reader::Key, certDer, ErrorCode::NotAPrivateKey, QStringLiteral("certificate")},
            {"key: a public key", Reader::Key, publicKeyPem, ErrorCode::NotAPrivateKey, QStringLiteral("PUBLIC KEY")},
            {"key: a CSR DER", Reader::Key, csrDer, ErrorCode::NotAPrivateKey, QStringLiteral("signing request")},
            {"key: encrypted, no passphrase", Reader::Key, encrypted, ErrorCode::PassphraseRequired,
             QStringLiteral("passphrase is required")},
            {"key: encrypted, wrong passphrase", Reader::Key, encrypted, ErrorCode::WrongPassphrase,
             QStringLiteral("passphrase"), true},
            {"key: RSA 1024", Reader::Key, rsa1024, ErrorCode::KeyTooWeak, QStringLiteral("1024")},
            {"key: Ed25519", Reader::Key, ed25519, ErrorCode::UnsupportedAlgorithm, QStringLiteral("ED25519")},
            {"key: P-521", Reader::Key, p521, ErrorCode::UnsupportedAlgorithm, QStringLiteral("secp521r1")},
            {"key: OpenSSH", Reader::Key, pem("OPENSSH PRIVATE KEY", QByteArray("openssh-key-v1")),
             ErrorCode::UnsupportedAlgorithm, QStringLiteral("OPENSSH")},
            {"key: short SEQUENCE, junk after", Reader::Key, QByteArray("\x30\x03\x02\x01\x00junk", 9),
             ErrorCode::Malformed, QStringLiteral("damaged")},
            {"certificate: a key", Reader::Certificate, keyPem, ErrorCode::NotACertificate,
             QStringLiteral("EC PRIVATE KEY")},
            {"certificate: a key DER", Reader::Certificate, keyPkcs8Der, ErrorCode::NotACertificate,
             QStringLiteral("key")},
            {"certificate: a CSR DER", Reader::Certificate, csrDer, ErrorCode::NotACertificate,
             QStringLiteral("signing request")},
            {"certificate: DER cut off", Reader::Certificate, certDer.left(100), ErrorCode::Truncated,
             QStringLiteral("cut off")},
            {"certificate: second of two cut off", Reader::Certificate, certPem + certPem.left(200),
             ErrorCode::Truncated, QStringLiteral("line")},
            {"certificate: not PEM", Reader::Certificate, QByteArray("hello world"), ErrorCode::Malformed,
             QStringLiteral("neither")},
            {"certificate: PEM body damaged", Reader::Certificate, pem("CERTIFICATE", garbageDer), ErrorCode::Malformed,
             QStringLiteral("Certificate 1")},
            {"request: a certificate", Reader::Request, certDer, ErrorCode::NotARequest, QStringLiteral("certificate")},
            {"request: a key PEM", Reader::Request, keyPem, ErrorCode::NotARequest, QStringLiteral("EC PRIVATE KEY")},
            {"request: tampered signature", Reader::Request, tamperedCsr, ErrorCode::BadSignature,
             QStringLiteral("does not verify")},
        };
    }

    void eachBadInputHasItsOwnError_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < m_inputs.size(); ++i)
            QTest::newRow(m_inputs.at(i).tag) << i;
    }

    void eachBadInputHasItsOwnError()
    {
        QFETCH(int, index);
        const BadInput& input = m_inputs.at(index);
        const SecureBuffer wrong = SecureBuffer::fromBytes("wrong");
        iotca::Error error;
        switch (input.reader) {
        case Reader::Key: {
            auto key = PrivateKey::fromData(input.bytes, input.withPassphrase ? &wrong : nullptr);
            QVERIFY(!key);
            error = key.error();
            break;
        }
        case Reader::Certificate: {
            auto certificate = Certificate::fromData(input.bytes);
            QVERIFY(!certificate);
            error = certificate.error();
            break;
        }
        case Reader::Request: {
            auto request = CertificateRequest::fromData(input.bytes);
            if (request) {
                const iotca::Status verified = request->verifySignature();
                QVERIFY(!verified);
                error = verified.error();
            } else {
                error = request.error();
            }
            break;
        }
        }
        QCOMPARE(error.code, QString(input.code));
        QVERIFY2(error.message.contains(input.mentions, Qt::CaseInsensitive), qPrintable(error.message));
        QVERIFY(error.message.endsWith(QLatin1Char('.')) || error.message.endsWith(QLatin1Char(')')));
    }

    void messagesAreDistinct()
    {
        // Twenty and more different inputs, and the messages tell them apart (not one generic "invalid file").
        QVERIFY(m_inputs.size() >= 20);
        QSet<QString> messages;
        const SecureBuffer wrong = SecureBuffer::fromBytes("wrong");
        for (const BadInput& input : std::as_const(m_inputs)) {
            if (input.reader == Reader::Key)
                messages.insert(
                    PrivateKey::fromData(input.bytes, input.withPassphrase ? &wrong : nullptr).error().message);
        }
        QVERIFY2(messages.size() >= 17, qPrintable(QStringList(messages.values()).join(QLatin1Char('\n'))));
    }

    void mismatches()
    {
        auto otherKey = PrivateKey::generate(KeyAlgorithm::EcP256);
        QVERIFY(!otherKey->matches(m_device.certificate));
        QCOMPARE(DeviceCertificateIssuer::create(m_ca, *otherKey).error().code, QString(ErrorCode::KeyMismatch));
        QCOMPARE(
            Pkcs12::create(m_device.certificate, *otherKey, {}, SecureBuffer::fromBytes("x"), {}, 10000).error().code,
            QString(ErrorCode::KeyMismatch));
        // A device certificate is no CA.
        const iotca::Status notCa = m_device.certificate.checkIsCa();
        QCOMPARE(notCa.error().code, QString(ErrorCode::NotACa));
        QCOMPARE(DeviceCertificateIssuer::create(m_device.certificate, m_device.key).error().code,
                 QString(ErrorCode::NotACa));
        // A verification check fed with a key file.
        const iotca::Status check =
            VerificationCertificate::check(m_device.keyPem.view(), m_ca, QStringLiteral("code"));
        QCOMPARE(check.error().code, QString(ErrorCode::NotACertificate));
        QVERIFY(check.error().message.startsWith(QStringLiteral("The verification certificate cannot be read")));
        // A CSR for a weak key is refused before issuing.
        auto request = CertificateRequest::fromData(openssl(
            {QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"), QStringLiteral("rsa:1024"),
             QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("weak.key"), QStringLiteral("-subj"),
             QStringLiteral("/CN=weak"), QStringLiteral("-out"), QStringLiteral("weak.csr")},
            QStringLiteral("weak.csr")));
        QVERIFY(request);
        DeviceCertificateSpec spec;
        spec.request = *request;
        QCOMPARE(DeviceCertificateIssuer::create(m_ca, m_caKey)->issue(spec).error().code,
                 QString(ErrorCode::KeyTooWeak));
    }

    void expiredCaCannotIssue()
    {
        CaCertificateSpec spec;
        spec.subject = *DistinguishedName::parse(u"CN=Expired Root");
        spec.notBefore = QDateTime::currentDateTimeUtc().addDays(-20);
        spec.validityDays = 10;
        auto expired = CertificateBuilder::createRootCa(m_caKey, spec);
        QVERIFY(expired);
        const auto issuer = DeviceCertificateIssuer::create(*expired, m_caKey);
        QCOMPARE(issuer.error().code, QString(ErrorCode::CaExpired));
        QVERIFY(issuer.error().message.contains(QStringLiteral("Expired Root")));
        VerificationCertificateSpec verification;
        verification.registrationCode = QStringLiteral("code");
        QCOMPARE(VerificationCertificate::create(verification, *expired, m_caKey).error().code,
                 QString(ErrorCode::CaExpired));
    }

    void pkcs12Garbage()
    {
        QCOMPARE(Pkcs12::read(QByteArray(), SecureBuffer::fromBytes("x")).error().code, QString(ErrorCode::Empty));
        QCOMPARE(Pkcs12::read(m_device.certificateDer, SecureBuffer::fromBytes("x")).error().code,
                 QString(ErrorCode::Malformed));
    }

    void tamperedCertificateSignature()
    {
        QByteArray der = m_device.certificateDer;
        der[der.size() - 3] = static_cast<char>(der[der.size() - 3] ^ 0x01);
        auto tampered = Certificate::fromDer(der);
        if (!tampered) {
            // Flipping a bit may break the DER encoding of the ECDSA signature itself; also a clear error.
            QCOMPARE(tampered.error().code, QString(ErrorCode::Malformed));
            return;
        }
        QVERIFY(!tampered->isSignedBy(m_ca));
        const iotca::Status verified = ChainVerifier::verify(*tampered, {m_ca});
        QCOMPARE(verified.error().code, QString(ErrorCode::WrongIssuer));
        QVERIFY(verified.error().message.contains(QStringLiteral("signature")));
    }
};

QTEST_GUILESS_MAIN(TestBadInputs)
#include "TestBadInputs.moc"
