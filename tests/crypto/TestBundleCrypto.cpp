#include "CryptoTestSupport.h"

#include "crypto/Certificate.h"
#include "crypto/CryptoErrorCode.h"
#include "crypto/DetachedSignature.h"
#include "crypto/PrivateKey.h"
#include "crypto/PrivateKeyScan.h"
#include "tests/support/OpenSslCli.h"

#include <QTemporaryDir>
#include <QTest>

using namespace iotca;
using namespace iotca::crypto;
using iotca::test::readFileBytes;
using iotca::test::runOpenSsl;
using iotca::test::writeFileBytes;

namespace {

QString text(const char* latin1)
{
    return QString::fromLatin1(latin1);
}

QString text(const QString& string)
{
    return string;
}

/// A command line from a mix of literals and QStrings (the project builds with QT_NO_CAST_FROM_ASCII).
template<class... Parts>
QStringList line(const Parts&... parts)
{
    return QStringList {text(parts)...};
}

} // namespace

/// The two crypto pieces of the transfer bundle (issue 19): the manifest's detached signature, checked both ways
/// against the openssl CLI (an independent implementation), and the private-key scan that keeps keys out of a
/// bundle, on every form of key the openssl CLI writes.
class TestBundleCrypto : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QByteArray file(const QString& name) const { return readFileBytes(path(name)); }

    /// A key and a self-signed certificate made by the openssl CLI.
    void makeSigner(const QString& name, const QStringList& keyOptions)
    {
        const auto key = runOpenSsl(line("genpkey") + keyOptions + line("-out", path(name + text(".key"))));
        QVERIFY2(key.ok(), key.transcript().constData());
        const auto cert = runOpenSsl(line("req", "-new", "-x509", "-key", path(name + text(".key")), "-subj",
                                          text("/CN=") + name, "-days", "2", "-out", path(name + text(".crt"))));
        QVERIFY2(cert.ok(), cert.transcript().constData());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        makeSigner(QStringLiteral("rsa"), line("-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048"));
        makeSigner(QStringLiteral("ec"), line("-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256"));
    }

    void signatureInteroperatesWithOpenSsl_data()
    {
        QTest::addColumn<QString>("signer");
        QTest::newRow("RSA 2048") << QStringLiteral("rsa");
        QTest::newRow("EC P-256") << QStringLiteral("ec");
    }

    void signatureInteroperatesWithOpenSsl()
    {
        QFETCH(QString, signer);
        auto key = PrivateKey::fromPem(file(signer + text(".key")));
        QVERIFY(key);
        auto certificate = Certificate::fromPem(file(signer + text(".crt")));
        QVERIFY(certificate);
        const QByteArray manifest = "{\"format\":\"iotca-transfer-bundle\"}\n";
        QVERIFY(writeFileBytes(path(text("manifest.json")), manifest));

        // Ours -> openssl dgst -verify.
        auto signature = DetachedSignature::sign(*key, manifest);
        QVERIFY(signature);
        QVERIFY(writeFileBytes(path(text("manifest.json.sig")), *signature));
        const auto publicKey = runOpenSsl(line("x509", "-in", path(signer + text(".crt")), "-pubkey", "-noout"));
        QVERIFY(writeFileBytes(path(text("pub.pem")), publicKey.standardOutput));
        const auto verified = runOpenSsl(line("dgst", "-sha256", "-verify", path(text("pub.pem")), "-signature",
                                              path(text("manifest.json.sig")), path(text("manifest.json"))));
        QVERIFY2(verified.ok() && verified.standardOutput.contains("Verified OK"), verified.transcript().constData());

        // openssl dgst -sign -> ours.
        const auto signedByOpenSsl = runOpenSsl(line("dgst", "-sha256", "-sign", path(signer + text(".key")), "-out",
                                                     path(text("openssl.sig")), path(text("manifest.json"))));
        QVERIFY2(signedByOpenSsl.ok(), signedByOpenSsl.transcript().constData());
        QVERIFY(DetachedSignature::verify(*certificate, manifest, file(text("openssl.sig"))));

        // A changed byte in the data or the signature, or another key: BadSignature.
        QByteArray changed = manifest;
        changed[3] = 'X';
        QCOMPARE(DetachedSignature::verify(*certificate, changed, *signature).error().code, ErrorCode::BadSignature);
        QByteArray broken = *signature;
        broken[broken.size() / 2] = char(broken.at(broken.size() / 2) ^ 0x01);
        QCOMPARE(DetachedSignature::verify(*certificate, manifest, broken).error().code, ErrorCode::BadSignature);
        QCOMPARE(DetachedSignature::verify(*certificate, manifest, QByteArray()).error().code, ErrorCode::BadSignature);
        const QString other = signer == QLatin1String("rsa") ? QStringLiteral("ec") : QStringLiteral("rsa");
        auto otherCertificate = Certificate::fromPem(file(other + text(".crt")));
        QVERIFY(otherCertificate);
        QCOMPARE(DetachedSignature::verify(*otherCertificate, manifest, *signature).error().code,
                 ErrorCode::BadSignature);
    }

    void privateKeysAreFound()
    {
        const QString key = path(text("ec.key"));
        const QString rsa = path(text("rsa.key"));
        struct Form
        {
            const char* name;
            QStringList arguments;
        };
        const QList<Form> forms {
            {"pkcs8.der", line("pkcs8", "-topk8", "-nocrypt", "-in", key, "-outform", "DER")},
            {"pkcs8-encrypted.pem", line("pkcs8", "-topk8", "-in", key, "-passout", "pass:secret")},
            {"pkcs8-encrypted.der", line("pkcs8", "-topk8", "-in", key, "-passout", "pass:secret", "-outform", "DER")},
            {"ec-traditional.pem", line("ec", "-in", key)},
            {"ec-traditional.der", line("ec", "-in", key, "-outform", "DER")},
            {"rsa-traditional.pem", line("rsa", "-in", rsa, "-traditional")},
            {"rsa-traditional.der", line("rsa", "-in", rsa, "-outform", "DER", "-traditional")},
            {"bundle.p12",
             line("pkcs12", "-export", "-inkey", key, "-in", path(text("ec.crt")), "-passout", "pass:secret")},
        };
        for (const Form& form : forms) {
            const auto written = runOpenSsl(form.arguments + line("-out", path(QString::fromLatin1(form.name))));
            QVERIFY2(written.ok(), written.transcript().constData());
            QVERIFY2(!findPrivateKeyMaterial(file(QString::fromLatin1(form.name))).isEmpty(), form.name);
        }
        QVERIFY(!findPrivateKeyMaterial(file(text("ec.key"))).isEmpty());
        // A key pasted into the middle of a text file is found too.
        QVERIFY(!findPrivateKeyMaterial("notes\n" + file(text("ec.key")) + "more notes\n").isEmpty());
    }

    void certificatesAndTextAreNotKeys()
    {
        auto certificate = Certificate::fromPem(file(text("rsa.crt")));
        QVERIFY(certificate);
        QVERIFY(findPrivateKeyMaterial(certificate->toPem()).isEmpty());
        QVERIFY(findPrivateKeyMaterial(certificate->toDer()).isEmpty());
        const auto publicKey = runOpenSsl(line("pkey", "-in", path(text("ec.key")), "-pubout"));
        QVERIFY(findPrivateKeyMaterial(publicKey.standardOutput).isEmpty());
        QVERIFY(findPrivateKeyMaterial("ProductKey,DeviceName,CertSN\npk1,dev-1,0A1B\n").isEmpty());
        QVERIFY(findPrivateKeyMaterial({}).isEmpty());
        QVERIFY(findPrivateKeyMaterial(QByteArray("\x30\x03\x02\x01\x00", 5)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBundleCrypto)
#include "TestBundleCrypto.moc"
