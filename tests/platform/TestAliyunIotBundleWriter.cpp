// OfflineRegistrationBundleWriter for Alibaba Cloud IoT Platform: the console upload bundle with its association CSVs.
#include "crypto/CertificateBuilder.h"
#include "crypto/VerificationCertificate.h"
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

const QString Code = QStringLiteral("c7cdfde6775c4b408b69d7e3c865f21bafe67937dc9a483ebbf7e6997b7b0001");

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestAliyunIotBundleWriter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    crypto::PrivateKey m_key;
    crypto::Certificate m_ca;
    std::shared_ptr<QList<crypto::Certificate>> m_recorded = std::make_shared<QList<crypto::Certificate>>();

    OfflineRegistrationRequest request(const QString& folder) const
    {
        OfflineRegistrationRequest made;
        made.platform = PlatformId::AliyunIot;
        made.folder = m_dir.filePath(folder);
        made.caName = QStringLiteral("fleet_root");
        made.caCertificate = m_ca;
        made.caKey = m_key;
        made.registrationCode = Code;
        // No workspace here: the certificates the writer would record are kept (tst_workspace_verification_certificates
        // records them in a workspace).
        made.recordVerificationCertificate = [recorded = m_recorded](const crypto::Certificate& certificate,
                                                                     const QString&) -> Status {
            recorded->append(certificate);
            return {};
        };
        made.associations = {
            AssociationRow {0, QStringLiteral("a1B2c3D4e5"), QStringLiteral("sensor-0001"), QStringLiteral("0a1b2c")},
            AssociationRow {0, QStringLiteral("a1B2c3D4e5"), QStringLiteral("sensor-0002"), QStringLiteral("0A1B2D")}};
        return made;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto key = crypto::PrivateKey::generate(crypto::KeyAlgorithm::Rsa2048);
        QVERIFY(key);
        m_key = *key;
        crypto::CaCertificateSpec spec;
        spec.subject = *crypto::DistinguishedName::parse(u"CN=Fleet Root,O=Example,C=CN");
        auto ca = crypto::CertificateBuilder::createRootCa(m_key, spec);
        QVERIFY(ca);
        m_ca = *ca;
    }

    void writesTheBundle()
    {
        const auto bundle = OfflineRegistrationBundleWriter::write(request(QStringLiteral("bundle")));
        QVERIFY2(bundle, qPrintable(bundle ? QString() : bundle.error().fullText()));
        const QDir folder(m_dir.filePath(QStringLiteral("bundle")));
        QCOMPARE(QFileInfo(folder.path()).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeOther),
                 QFile::Permissions());
        QCOMPARE(folder.entryList(QDir::Files, QDir::Name),
                 (QStringList {QStringLiteral("README.txt"), QStringLiteral("association.csv"),
                               QStringLiteral("ca.pem"), QStringLiteral("verification.pem")}));
        QCOMPARE(bundle->files().size(), 4);

        QCOMPARE(*crypto::Certificate::fromPem(readAll(bundle->caCertificatePath)), m_ca);
        const QByteArray verificationPem = readAll(bundle->verificationCertificatePath);
        const auto verification = crypto::Certificate::fromPem(verificationPem);
        QVERIFY(verification);
        QCOMPARE(verification->commonName(), Code);
        QVERIFY(verification->isSignedBy(m_ca));
        QVERIFY(!verification->isCa());
        const Status checked = crypto::VerificationCertificate::check(verificationPem, m_ca, Code);
        QVERIFY2(checked, qPrintable(checked ? QString() : checked.error().fullText()));
        QCOMPARE(bundle->verificationFingerprint,
                 crypto::Certificate::fingerprintText(verification->sha256Fingerprint()));

        QCOMPARE(readAll(bundle->associationCsvPaths.value(0)),
                 QByteArrayLiteral("ProductKey,DeviceName,CertSN\r\na1B2c3D4e5,sensor-0001,0A1B2C\r\n"
                                   "a1B2c3D4e5,sensor-0002,0A1B2D\r\n"));
        const QString readme = QString::fromUtf8(readAll(bundle->readmePath));
        QVERIFY(readme.contains(Code));
        QVERIFY(readme.contains(QStringLiteral("fleet_root")));
        QVERIFY(readme.contains(QStringLiteral("Register CA Certificate")));
        QVERIFY(readme.contains(QStringLiteral("association.csv")));

        // No private key anywhere: neither the CA's nor the verification certificate's own.
        for (const QString& name : folder.entryList(QDir::Files))
            QVERIFY2(!readAll(folder.filePath(name)).contains("PRIVATE KEY"), qPrintable(name));
    }

    void refusesToOverwrite()
    {
        OfflineRegistrationRequest first = request(QStringLiteral("again"));
        first.associations.clear();
        const auto written = OfflineRegistrationBundleWriter::write(first);
        QVERIFY(written);
        QVERIFY(written->associationCsvPaths.isEmpty());
        const QByteArray verification = readAll(written->verificationCertificatePath);

        const auto refused = OfflineRegistrationBundleWriter::write(request(QStringLiteral("again")));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("FileExists"));
        QCOMPARE(readAll(written->verificationCertificatePath), verification); // untouched
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("again/association.csv")))); // nothing new either

        OfflineRegistrationRequest replace = request(QStringLiteral("again"));
        replace.overwrite = true;
        const auto replaced = OfflineRegistrationBundleWriter::write(replace);
        QVERIFY2(replaced, qPrintable(replaced ? QString() : replaced.error().fullText()));
        QVERIFY(readAll(replaced->verificationCertificatePath) != verification);
        QVERIFY(QFileInfo::exists(m_dir.filePath(QStringLiteral("again/association.csv"))));
    }

    void oneFilePerProduct()
    {
        OfflineRegistrationRequest split = request(QStringLiteral("products"));
        split.associations.append(
            AssociationRow {0, QStringLiteral("b9Other0001"), QStringLiteral("meter-0001"), QStringLiteral("ff01")});
        const auto bundle = OfflineRegistrationBundleWriter::write(split);
        QVERIFY(bundle);
        QCOMPARE(bundle->associationCsvPaths.size(), 2);
        QVERIFY(bundle->associationCsvPaths.at(0).endsWith(QStringLiteral("association-a1B2c3D4e5-001.csv")));
        QVERIFY(bundle->associationCsvPaths.at(1).endsWith(QStringLiteral("association-b9Other0001-001.csv")));
        QVERIFY(readAll(bundle->associationCsvPaths.at(1)).endsWith("b9Other0001,meter-0001,FF01\r\n"));
    }

    void refusesBadInput()
    {
        OfflineRegistrationRequest badName = request(QStringLiteral("bad-name"));
        badName.caName = QStringLiteral("Fleet Root"); // the console takes letters, digits and '_' only
        auto result = OfflineRegistrationBundleWriter::write(badName);
        QVERIFY(!result);
        QCOMPARE(result.error().code, QStringLiteral("Preflight.CaName"));

        OfflineRegistrationRequest badRow = request(QStringLiteral("bad-row"));
        badRow.associations[1].certSn = QStringLiteral("XYZ");
        result = OfflineRegistrationBundleWriter::write(badRow);
        QVERIFY(!result);
        QCOMPARE(result.error().code, QStringLiteral("InvalidRow"));
        QVERIFY(result.error().message.contains(QStringLiteral("row 2")));

        OfflineRegistrationRequest otherKey = request(QStringLiteral("other-key"));
        otherKey.caKey = *crypto::PrivateKey::generate(crypto::KeyAlgorithm::EcP256);
        result = OfflineRegistrationBundleWriter::write(otherKey);
        QVERIFY(!result);
        for (const QString& folder :
             {QStringLiteral("bad-name"), QStringLiteral("bad-row"), QStringLiteral("other-key")})
            QVERIFY(!QFileInfo::exists(m_dir.filePath(folder))); // nothing written, not even the folder
    }
};

QTEST_GUILESS_MAIN(TestAliyunIotBundleWriter)
#include "TestAliyunIotBundleWriter.moc"
