// Tencent Cloud IoT Hub binds CAs to products: the products of a CA as the platform lists them
// (DescribePrivateCABindedProducts), a bound CA refused for deletion with the products named (the platform's own
// LimitExceeded.CAAlreadyBindProduct, tencentcloud-sdk-go iotcloud/v20210408 client.go), and the one key-free
// registration pre-check in model/ that the wizard and the CLI share.
#include "RegistrationTestFixture.h"

#include "model/ModelErrorCode.h"
#include "model/registration/CaRegistrationPrecheck.h"
#include "model/workspace/PlatformAccountRepository.h"

#include <QRegularExpression>

using namespace iotca;
using namespace iotca::model;
using namespace iotca::test;

class TestTencentProductBinding : public RegistrationTestBase
{
    Q_OBJECT

    static Result<QList<RemoteProduct>> products(Account& account, qint64 caId)
    {
        return awaitResult<QList<RemoteProduct>>([&](auto done) { account.service->listCaProducts(caId, done); },
                                                 AwaitMs);
    }

private Q_SLOTS:
    void initTestCase() { startEmulator(); }
    void init() { resetState(); }
    void cleanup() { m_workspace.reset(); }

    void boundCaListsItsProductsAndIsNotDeleted()
    {
        Account account = this->account(PlatformId::TencentIotHub);
        const TestCa fleet = ca(QStringLiteral("fleet_root"));
        VERIFY_OK(registerCa(account, fleet));
        const auto none = products(account, fleet.id);
        VERIFY_OK(none);
        QVERIFY(none->isEmpty());

        // The administrator binds the CA to the product (console, or UpdateProductPrivateCA).
        const QString product = app::TencentIotHubEmulation::productId();
        emulated(PlatformId::TencentIotHub).productCa.insert(product, QStringLiteral("fleet_root"));
        const auto bound = products(account, fleet.id);
        VERIFY_OK(bound);
        QCOMPARE(bound->size(), 1);
        QCOMPARE(bound->first().productId, product);

        const QString before = workspaceSnapshot(*m_workspace);
        const auto refused = deleteCa(account, fleet.id);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QString(ErrorCode::CaBoundToProducts));
        QVERIFY2(refused.error().message.contains(product), qPrintable(refused.error().message));
        QCOMPARE(workspaceSnapshot(*m_workspace), before);
        QCOMPARE(emulated(PlatformId::TencentIotHub).cas.size(), 1);

        // Unbound, it goes.
        emulated(PlatformId::TencentIotHub).productCa.clear();
        VERIFY_OK(deleteCa(account, fleet.id));
        QVERIFY(emulated(PlatformId::TencentIotHub).cas.isEmpty());
        QCOMPARE(recordedStatus(fleet.id, account.id), RegistrationStatus::Deleted);
    }

    /// The emulated product id has the shape of real ones: ten upper-case letters and digits, as every ProductId in
    /// the official examples (tccli iotcloud 2021-04-08 examples.json: "EQPOKD5111", "UTY6QRLMQY", "7ZISKXPJVU").
    void emulatedProductIdHasTheRealShape()
    {
        const QString product = app::TencentIotHubEmulation::productId();
        QVERIFY2(QRegularExpression(QStringLiteral("^[A-Z0-9]{10}$")).match(product).hasMatch(), qPrintable(product));
    }

    void productsAreTencentsOnly()
    {
        Account account = this->account(PlatformId::ApsaraMq);
        const TestCa fleet = ca(QStringLiteral("mq_root"));
        VERIFY_OK(registerCa(account, fleet));
        const int requests = m_server->requestCount();
        const auto refused = products(account, fleet.id);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QString(ErrorCode::Unsupported));
        QCOMPARE(m_server->requestCount(), requests);
    }

    void emulatorRefusesDeletingABoundCa()
    {
        // The emulator itself answers as the platform does when the app does not ask first.
        Account account = this->account(PlatformId::TencentIotHub);
        const TestCa fleet = ca(QStringLiteral("raw_root"));
        VERIFY_OK(registerCa(account, fleet));
        emulated(PlatformId::TencentIotHub)
            .productCa.insert(app::TencentIotHubEmulation::productId(), QStringLiteral("raw_root"));
        const auto deleted = awaitResult<bool>([&](auto done) {
            return account.connector->deleteCa(QStringLiteral("raw_root"),
                                               [done](Status status) { status ? done(true) : done(status.error()); });
        });
        QVERIFY(!deleted);
        QCOMPARE(deleted.error().code, QStringLiteral("LimitExceeded.CAAlreadyBindProduct"));
    }

    void oneRegistrationPrecheck()
    {
        // The wizard and `iotca ca register` (with or without --out) ask the same model function; here its rules.
        Account account = this->account(PlatformId::ApsaraMq);
        const TestCa fleet = ca(QStringLiteral("pre_root"));
        auto record = m_workspace->cas().get(fleet.id);
        VERIFY_OK(record);
        auto accountRecord = m_workspace->accounts().get(account.id);
        VERIFY_OK(accountRecord);
        VERIFY_OK(CaRegistrationPrecheck::check(*m_workspace, *record, *accountRecord, {}));
        const Status badName =
            CaRegistrationPrecheck::check(*m_workspace, *record, *accountRecord, QStringLiteral("a b"));
        QVERIFY(!badName);
        QCOMPARE(badName.error().code, QString(ErrorCode::CaName));
        const Status badCode =
            CaRegistrationPrecheck::check(*m_workspace, *record, *accountRecord, {}, QStringLiteral("not a code"));
        QVERIFY(!badCode);
        QCOMPARE(badCode.error().code, QString(ErrorCode::RegistrationCode));

        VERIFY_OK(registerCa(account, fleet));
        const Status twice = CaRegistrationPrecheck::check(*m_workspace, *record, *accountRecord, {});
        QVERIFY(!twice);
        QCOMPARE(twice.error().code, QString(ErrorCode::AlreadyRegistered));

        // A key kept elsewhere cannot sign the verification certificate.
        CaRecord offline = *record;
        offline.encryptedKeyPem.clear();
        offline.keyReference = QStringLiteral("offline");
        const Status noKey = CaRegistrationPrecheck::check(*m_workspace, offline, *accountRecord, {});
        QVERIFY(!noKey);
        QCOMPARE(noKey.error().code, QString(ErrorCode::CaKey));
    }
};

QTEST_GUILESS_MAIN(TestTencentProductBinding)
#include "TestTencentProductBinding.moc"
