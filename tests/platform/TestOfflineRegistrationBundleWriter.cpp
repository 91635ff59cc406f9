// OfflineRegistrationBundleWriter for every platform: the folder an administrator carries from an air-gapped machine
// (or takes to Alibaba IoT's console) to finish a CA registration online. Alibaba's association CSVs are covered by
// TestAliyunIotBundleWriter.
#include "crypto/CertificateBuilder.h"
#include "crypto/VerificationCertificate.h"
#include "model/files/FileSetWriter.h"
#include "model/platform/OfflineRegistrationBundleWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace iotca;
using namespace iotca::model;

namespace {

const QString AwsCode = QStringLiteral("a3c1e0b8d9f24c7a8b6e5d4c3b2a1908f7e6d5c4b3a2918070f6e5d4c3b2a190");

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString fullText(const Status& status)
{
    return status ? QString() : status.error().fullText();
}

} // namespace

class TestOfflineRegistrationBundleWriter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    crypto::PrivateKey m_key;
    crypto::Certificate m_ca;
    std::shared_ptr<QList<crypto::Certificate>> m_recorded = std::make_shared<QList<crypto::Certificate>>();

    OfflineRegistrationRequest request(PlatformId platform, const QString& folder, const QString& code) const
    {
        OfflineRegistrationRequest made;
        made.platform = platform;
        made.folder = m_dir.filePath(folder);
        made.caName = QStringLiteral("fleet_root");
        made.caCertificate = m_ca;
        made.caKey = m_key;
        made.registrationCode = code;
        // No workspace here: the certificates the writer would record are kept (tst_workspace_verification_certificates
        // records them in a workspace).
        made.recordVerificationCertificate = [recorded = m_recorded](const crypto::Certificate& certificate,
                                                                     const QString&) -> Status {
            recorded->append(certificate);
            return {};
        };
        made.region = platform == PlatformId::AwsIot ? QStringLiteral("us-east-1") : QStringLiteral("cn-hangzhou");
        made.instanceId = platform == PlatformId::ApsaraMq ? QStringLiteral("post-cn-test01") : QString();
        return made;
    }

    /// Whether `path` is missing, with a message naming what is there otherwise.
    static bool absent(const QString& path)
    {
        if (!QFileInfo::exists(path) && !QFileInfo(path).isSymLink())
            return true;
        qWarning("%s exists: %s", qPrintable(path), qPrintable(QDir(path).entryList(QDir::AllEntries).join(u',')));
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto key = crypto::PrivateKey::generate(crypto::KeyAlgorithm::EcP256);
        QVERIFY(key);
        m_key = *key;
        crypto::CaCertificateSpec spec;
        spec.subject = *crypto::DistinguishedName::parse(u"CN=Fleet Root,O=Example,C=CN");
        auto ca = crypto::CertificateBuilder::createRootCa(m_key, spec);
        QVERIFY(ca);
        m_ca = *ca;
    }

    void writesTheBundle_data()
    {
        QTest::addColumn<PlatformId>("platform");
        QTest::addColumn<QString>("code");
        // What the README must name: the platform's own action, parameter and limit words.
        QTest::addColumn<QStringList>("words");
        QTest::newRow("apsaramq") << PlatformId::ApsaraMq
                                  << QStringLiteral("13274673-8f90-4630-bea1-9cccb25756ad2089abcdef")
                                  << QStringList {QStringLiteral("RegisterCaCertificate"),
                                                  QStringLiteral("GetRegisterCode"),
                                                  QStringLiteral("MqttInstanceId      = post-cn-test01"),
                                                  QStringLiteral("CaName              = fleet_root"),
                                                  QStringLiteral("CaContent           = the content of ca.pem"),
                                                  QStringLiteral("VerificationContent = the content of "
                                                                 "verification.pem"),
                                                  QStringLiteral("onsmqtt.cn-hangzhou.aliyuncs.com"),
                                                  QStringLiteral("Platinum"),
                                                  QStringLiteral("128 bytes"),
                                                  QStringLiteral("RegisterCodeUsed")};
        QTest::newRow("tencent") << PlatformId::TencentIotHub << QStringLiteral("9f3e2d1c0b")
                                 << QStringList {QStringLiteral("CreatePrivateCA"),
                                                 QStringLiteral("CertName       = fleet_root"),
                                                 QStringLiteral("CertText       = the content of ca.pem"),
                                                 QStringLiteral("VerifyCertText = the content of verification.pem"),
                                                 QStringLiteral("UpdateProductPrivateCA"),
                                                 QStringLiteral("Authentication Code"),
                                                 QStringLiteral("at most 10 CA certificates"),
                                                 QStringLiteral("CACertNotMatch")};
        QTest::newRow("aws") << PlatformId::AwsIot << AwsCode
                             << QStringList {QStringLiteral("RegisterCACertificate"),
                                             QStringLiteral("GetRegistrationCode"),
                                             QStringLiteral("https://iot.us-east-1.amazonaws.com"),
                                             QStringLiteral("caCertificate           = the content of ca.pem"),
                                             QStringLiteral("verificationCertificate = the content of "
                                                            "verification.pem"),
                                             QStringLiteral("certificateMode         = DEFAULT"),
                                             QStringLiteral("setAsActive=true"),
                                             QStringLiteral("at most 10 with the same subject field"),
                                             QStringLiteral("CN=Fleet Root")};
        // Not aliyun-iot: it takes only RSA-signed device certificates, so this EC CA is refused there
        // (tst_platform_rules); its bundle with an RSA CA is tst_platform_aliyun_bundle's.
    }

    void writesTheBundle()
    {
        QFETCH(PlatformId, platform);
        QFETCH(QString, code);
        QFETCH(QStringList, words);
        const QString name = QString::fromLatin1(QTest::currentDataTag());
        m_recorded->clear();
        const auto bundle = OfflineRegistrationBundleWriter::write(request(platform, name, code));
        QVERIFY2(bundle, qPrintable(bundle ? QString() : bundle.error().fullText()));
        // The verification certificate written is the one given to the recorder (brief rule 1), and only it.
        QCOMPARE(m_recorded->size(), 1);
        QCOMPARE(m_recorded->first(), *crypto::Certificate::fromPem(readAll(bundle->verificationCertificatePath)));

        const QDir folder(m_dir.filePath(name));
        QCOMPARE(QFileInfo(folder.path()).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeOther),
                 QFile::Permissions());
        QCOMPARE(
            folder.entryList(QDir::Files | QDir::Hidden, QDir::Name),
            (QStringList {QStringLiteral("README.txt"), QStringLiteral("ca.pem"), QStringLiteral("verification.pem")}));
        QCOMPARE(bundle->files(),
                 (QStringList {folder.filePath(QStringLiteral("ca.pem")),
                               folder.filePath(QStringLiteral("verification.pem")),
                               folder.filePath(QStringLiteral("README.txt"))}));

        // The CA certificate as it is; the verification certificate for the code, signed by the CA's key.
        QCOMPARE(*crypto::Certificate::fromPem(readAll(bundle->caCertificatePath)), m_ca);
        const QByteArray verificationPem = readAll(bundle->verificationCertificatePath);
        const auto verification = crypto::Certificate::fromPem(verificationPem);
        QVERIFY(verification);
        QCOMPARE(verification->commonName(), code);
        QVERIFY(verification->isSignedBy(m_ca));
        QVERIFY(!verification->isCa());
        const Status checked = crypto::VerificationCertificate::check(verificationPem, m_ca, code);
        QVERIFY2(checked, qPrintable(fullText(checked)));
        QCOMPARE(bundle->verificationFingerprint,
                 crypto::Certificate::fingerprintText(verification->sha256Fingerprint()));
        QCOMPARE(bundle->verificationNotAfter, verification->notAfter());

        const QString readme = QString::fromUtf8(readAll(bundle->readmePath));
        QVERIFY2(readme.contains(code), qPrintable(readme));
        for (const QString& word : std::as_const(words))
            QVERIFY2(readme.contains(word), qPrintable(word + QStringLiteral(" not in:\n") + readme));

        // No private key anywhere: neither the CA's nor the verification certificate's own.
        for (const QString& file : folder.entryList(QDir::Files | QDir::Hidden)) {
            const QByteArray content = readAll(folder.filePath(file));
            QVERIFY2(!content.contains("PRIVATE KEY"), qPrintable(file));
            QVERIFY2(!content.contains("ENCRYPTED"), qPrintable(file));
        }
    }

    void refusesToOverwrite()
    {
        const QString folder = m_dir.filePath(QStringLiteral("taken"));
        QVERIFY(QDir().mkpath(folder));
        QFile earlier(QDir(folder).filePath(QStringLiteral("ca.pem")));
        QVERIFY(earlier.open(QIODevice::WriteOnly));
        earlier.write("an earlier bundle's CA\n");
        earlier.close();

        const auto refused = OfflineRegistrationBundleWriter::write(
            request(PlatformId::TencentIotHub, QStringLiteral("taken"), QStringLiteral("9f3e2d1c0b")));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("FileExists"));
        QCOMPARE(readAll(earlier.fileName()), QByteArray("an earlier bundle's CA\n"));
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList {QStringLiteral("ca.pem")});

        // A dangling link counts as taken too: writing would go wherever it points.
        const QString linked = m_dir.filePath(QStringLiteral("linked"));
        QVERIFY(QDir().mkpath(linked));
        const QString target = m_dir.filePath(QStringLiteral("elsewhere.pem"));
        QVERIFY(QFile::link(target, QDir(linked).filePath(QStringLiteral("README.txt"))));
        const auto linkRefused =
            OfflineRegistrationBundleWriter::write(request(PlatformId::AwsIot, QStringLiteral("linked"), AwsCode));
        QVERIFY(!linkRefused);
        QCOMPARE(linkRefused.error().code, QStringLiteral("FileExists"));
        QVERIFY(absent(target));
        QCOMPARE(QDir(linked).entryList(QDir::Files | QDir::Hidden | QDir::System),
                 QStringList {QStringLiteral("README.txt")});
    }

    void failureLeavesNothing()
    {
        m_recorded->clear();
        const QString code = QStringLiteral("9f3e2d1c0b");
        // The CA's certificate with another key: the verification certificate cannot be made.
        OfflineRegistrationRequest otherKey = request(PlatformId::ApsaraMq, QStringLiteral("other-key"), code);
        otherKey.caKey = *crypto::PrivateKey::generate(crypto::KeyAlgorithm::EcP256);
        auto result = OfflineRegistrationBundleWriter::write(otherKey);
        QVERIFY(!result);

        OfflineRegistrationRequest badCode = request(PlatformId::AwsIot, QStringLiteral("bad-code"), code);
        badCode.registrationCode = QStringLiteral("not a code!");
        result = OfflineRegistrationBundleWriter::write(badCode);
        QVERIFY(!result);
        QCOMPARE(result.error().code, QStringLiteral("Preflight.RegistrationCode"));

        OfflineRegistrationRequest badName = request(PlatformId::TencentIotHub, QStringLiteral("bad-name"), code);
        badName.caName = QStringLiteral("Fleet Root!"); // Tencent takes letters, digits, _ - @ ( )
        result = OfflineRegistrationBundleWriter::write(badName);
        QVERIFY(!result);
        QCOMPARE(result.error().code, QStringLiteral("Preflight.CaName"));

        OfflineRegistrationRequest rows = request(PlatformId::AwsIot, QStringLiteral("rows"), AwsCode);
        rows.associations = {
            AssociationRow {0, QStringLiteral("a1B2c3D4e5"), QStringLiteral("sensor-0001"), QStringLiteral("0a1b2c")}};
        result = OfflineRegistrationBundleWriter::write(rows);
        QVERIFY(!result);
        QCOMPARE(result.error().code, QStringLiteral("Preflight.Unsupported"));

        QFile blocker(m_dir.filePath(QStringLiteral("a-file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        result = OfflineRegistrationBundleWriter::write(
            request(PlatformId::ApsaraMq, QStringLiteral("a-file/bundle"), QStringLiteral("9f3e2d1c0b")));
        QVERIFY(!result);

        for (const char* folder : {"other-key", "bad-code", "bad-name", "rows", "a-file/bundle"})
            QVERIFY2(absent(m_dir.filePath(QString::fromLatin1(folder))), folder); // not even the folder
        QVERIFY(m_recorded->isEmpty()); // and no verification certificate recorded
    }

    void aFailedWriteTakesBackWhatItMade()
    {
        // The second file cannot be created (its name is longer than any file system takes) after the folders were
        // made and the first file was written: nothing of it stays, the folders neither.
        const QString folder = m_dir.filePath(QStringLiteral("made/deeper"));
        const auto written =
            FileSetWriter::write(folder,
                                 {FileSetWriter::File {QStringLiteral("ca.pem"), QByteArrayLiteral("first\n")},
                                  FileSetWriter::File {QString(300, QLatin1Char('x')), QByteArrayLiteral("second\n")}});
        QVERIFY(!written);
        QCOMPARE(written.error().code, QStringLiteral("WriteFailed"));
        QVERIFY(absent(m_dir.filePath(QStringLiteral("made"))));

        // In a folder that was there before, the folder stays and only what this run made goes.
        const QString existing = m_dir.filePath(QStringLiteral("existing"));
        QVERIFY(QDir().mkpath(existing));
        const auto again =
            FileSetWriter::write(existing,
                                 {FileSetWriter::File {QStringLiteral("ca.pem"), QByteArrayLiteral("first\n")},
                                  FileSetWriter::File {QString(300, QLatin1Char('x')), QByteArrayLiteral("second\n")}});
        QVERIFY(!again);
        QVERIFY(QFileInfo(existing).isDir());
        QCOMPARE(QDir(existing).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestOfflineRegistrationBundleWriter)
#include "TestOfflineRegistrationBundleWriter.moc"
