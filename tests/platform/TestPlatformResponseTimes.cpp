// Certificate times in platform answers that no QDateTime can hold. Found by fuzzing (tests/fuzz): a double from
// JSON such as 1.9e19 was cast to qint64 (undefined behaviour, UBSan aborted the asan run) and AWS seconds were
// multiplied by 1000 as an integer-to-be. Each connector must read such a time as unknown (an invalid QDateTime),
// and read ordinary times as before. Runs the connectors' real answer handling on canned HTTP answers.
#include "CannedNetworkAccessManager.h"

#include "model/platform/ApsaraMqConnector.h"
#include "model/platform/AwsIotConnector.h"
#include "model/platform/EpochTime.h"
#include "model/platform/TencentIotHubConnector.h"
#include "tests/support/AwaitResult.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <limits>

using namespace iotca;
using namespace iotca::model;
using namespace iotca::test;

namespace {

const QString AwsCaId = QString(64, QLatin1Char('a'));

template<class Connector>
std::unique_ptr<Connector> makeConnector(PlatformId platform, QNetworkAccessManager* network)
{
    PlatformAccount account;
    account.platform = platform;
    account.name = QStringLiteral("canned");
    account.region = platform == PlatformId::AwsIot ? QStringLiteral("us-east-1") : QStringLiteral("cn-hangzhou");
    account.endpoint = QUrl(QStringLiteral("https://platform.invalid"));
    account.instanceId = QStringLiteral("post-cn-canned");
    account.product = QStringLiteral("PRODUCT1");
    account.accessKeyId = QStringLiteral("canned-key");
    return std::make_unique<Connector>(account, PlatformSecret {crypto::SecureBuffer::fromBytes("canned-secret")},
                                       network);
}

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A JSON number QJsonDocument keeps as a double (1e300 would print as a literal the parser reads back the same).
QByteArray withNumbers(const char* notBefore, const char* notAfter, const char* pattern)
{
    return QByteArray(pattern).replace("NB", notBefore).replace("NA", notAfter);
}

} // namespace

class TestPlatformResponseTimes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void epochTimeRefusesWhatNoDateHolds_data()
    {
        QTest::addColumn<double>("seconds");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ordinary") << 1700000000.0 << true;
        QTest::newRow("with fraction") << 1700000000.5 << true;
        QTest::newRow("year 9999") << 253402300799.0 << true;
        QTest::newRow("past year 9999") << 253402300800.0 << false;
        QTest::newRow("1.9e19 (the CI crash)") << 1.9e19 << false;
        QTest::newRow("1e300") << 1e300 << false;
        QTest::newRow("zero (unset)") << 0.0 << false;
        QTest::newRow("negative") << -5.0 << false;
        QTest::newRow("-1e300") << -1e300 << false;
        QTest::newRow("infinity") << std::numeric_limits<double>::infinity() << false;
        QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << false;
    }
    void epochTimeRefusesWhatNoDateHolds()
    {
        QFETCH(double, seconds);
        QFETCH(bool, valid);
        QCOMPARE(EpochTime::fromSeconds(QJsonValue(seconds)).isValid(), valid);
        QCOMPARE(EpochTime::fromMilliseconds(QJsonValue(seconds * 1000.0)).isValid(), valid);
        if (valid)
            QCOMPARE(EpochTime::fromSeconds(QJsonValue(seconds)).toMSecsSinceEpoch(),
                     static_cast<qint64>(seconds * 1000.0));
    }

    void epochTimeMillisecondStrings()
    {
        QCOMPARE(EpochTime::fromMilliseconds(QJsonValue(QStringLiteral("1700000000123"))).toMSecsSinceEpoch(),
                 qint64(1700000000123));
        QVERIFY(!EpochTime::fromMilliseconds(QJsonValue(QStringLiteral("19000000000000000000"))).isValid());
        QVERIFY(!EpochTime::fromMilliseconds(QJsonValue(QStringLiteral("9223372036854775807"))).isValid());
        QVERIFY(!EpochTime::fromMilliseconds(QJsonValue(QStringLiteral("soon"))).isValid());
        QVERIFY(!EpochTime::fromMilliseconds(QJsonValue(true)).isValid());
    }

    // ApsaraMqConnector.cpp:18 before the fix: ValidEnd 1.9e19 reached static_cast<qint64>.
    void apsaraMqHugeValidity()
    {
        CannedNetworkAccessManager network;
        network.setResponses(
            {{200,
              {},
              withNumbers("1.9e19", "1e300",
                          R"({"Data":{"CaCertificateVOS":[{"Sn":"ab","ValidBegin":NB,"ValidEnd":NA},)"
                          R"({"Sn":"cd","ValidBegin":1700000000000,"ValidEnd":"1800000000000"}]}})")}});
        auto connector = makeConnector<ApsaraMqConnector>(PlatformId::ApsaraMq, &network);
        const auto cas =
            awaitResult<QList<RemoteCaCertificate>>([&](auto done) { connector->listCas(std::move(done)); });
        QVERIFY2(cas, qPrintable(cas ? QString() : cas.error().message));
        QCOMPARE(cas->size(), 2);
        QVERIFY(!cas->at(0).notBefore.isValid());
        QVERIFY(!cas->at(0).notAfter.isValid());
        QCOMPARE(cas->at(1).notBefore.toMSecsSinceEpoch(), qint64(1700000000000));
        QCOMPARE(cas->at(1).notAfter.toMSecsSinceEpoch(), qint64(1800000000000));
    }

    // AwsIotConnector.cpp:25 before the fix: notAfter * 1000 cast to qint64.
    void awsHugeValidity()
    {
        CannedNetworkAccessManager network;
        network.setResponses({{200,
                               {},
                               withNumbers("1.9e19", "-1e300",
                                           R"({"certificateDescription":{"certificateId":"x",)"
                                           R"("validity":{"notBefore":NB,"notAfter":NA}}})")},
                              {200,
                               {},
                               json({{QStringLiteral("certificateDescription"),
                                      QJsonObject {{QStringLiteral("validity"),
                                                    QJsonObject {{QStringLiteral("notBefore"), 1700000000.25},
                                                                 {QStringLiteral("notAfter"), 1800000000.0}}}}}})}});
        auto connector = makeConnector<AwsIotConnector>(PlatformId::AwsIot, &network);
        const auto huge =
            awaitResult<RemoteCaCertificate>([&](auto done) { connector->getCa(AwsCaId, std::move(done)); });
        QVERIFY2(huge, qPrintable(huge ? QString() : huge.error().message));
        QVERIFY(!huge->notBefore.isValid());
        QVERIFY(!huge->notAfter.isValid());
        const auto ordinary =
            awaitResult<RemoteCaCertificate>([&](auto done) { connector->getCa(AwsCaId, std::move(done)); });
        QVERIFY2(ordinary, qPrintable(ordinary ? QString() : ordinary.error().message));
        QCOMPARE(ordinary->notBefore.toMSecsSinceEpoch(), qint64(1700000000250));
        QCOMPARE(ordinary->notAfter.toMSecsSinceEpoch(), qint64(1800000000000));
    }

    // TencentIotHubConnector.cpp:19 before the fix: ExpireTime cast to qint64 unchecked.
    void tencentHugeValidity()
    {
        CannedNetworkAccessManager network;
        network.setResponses({{200,
                               {},
                               withNumbers("1.9e19", "1e19",
                                           R"({"Response":{"CAs":[{"CertName":"a","EffectiveTime":NB,)"
                                           R"("ExpireTime":NA},{"CertName":"b","EffectiveTime":1700000000,)"
                                           R"("ExpireTime":1800000000}]}})")}});
        auto connector = makeConnector<TencentIotHubConnector>(PlatformId::TencentIotHub, &network);
        const auto cas =
            awaitResult<QList<RemoteCaCertificate>>([&](auto done) { connector->listCas(std::move(done)); });
        QVERIFY2(cas, qPrintable(cas ? QString() : cas.error().message));
        QCOMPARE(cas->size(), 2);
        QVERIFY(!cas->at(0).notBefore.isValid());
        QVERIFY(!cas->at(0).notAfter.isValid());
        QCOMPARE(cas->at(1).notBefore.toSecsSinceEpoch(), qint64(1700000000));
        QCOMPARE(cas->at(1).notAfter.toSecsSinceEpoch(), qint64(1800000000));
    }
};

QTEST_GUILESS_MAIN(TestPlatformResponseTimes)
#include "TestPlatformResponseTimes.moc"
