// Request signing against every official vector in /work/shared/docs/platform-*.md.
#include "model/platform/AliyunRpcSigner.h"
#include "model/platform/HttpCanonicalRequest.h"
#include "model/platform/SigV4Signer.h"
#include "model/platform/Tc3Signer.h"

#include <QTest>

using namespace iotca;
using namespace iotca::model;

namespace {

crypto::SecureBuffer secret(const char* text)
{
    return crypto::SecureBuffer::fromBytes(QByteArrayView(text));
}

RpcParameters describeRegionsParameters()
{
    return {{QStringLiteral("Timestamp"), QStringLiteral("2016-02-23T12:46:24Z")},
            {QStringLiteral("Format"), QStringLiteral("XML")},
            {QStringLiteral("AccessKeyId"), QStringLiteral("testid")},
            {QStringLiteral("Action"), QStringLiteral("DescribeRegions")},
            {QStringLiteral("SignatureMethod"), QStringLiteral("HMAC-SHA1")},
            {QStringLiteral("SignatureNonce"), QStringLiteral("3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf")},
            {QStringLiteral("Version"), QStringLiteral("2014-05-26")},
            {QStringLiteral("SignatureVersion"), QStringLiteral("1.0")}};
}

Tc3Request describeInstancesRequest()
{
    Tc3Request request;
    request.method = QByteArrayLiteral("POST");
    request.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=utf-8")},
                       {QByteArrayLiteral("Host"), QByteArrayLiteral("cvm.tencentcloudapi.com")}};
    request.payload =
        QByteArrayLiteral(R"({"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]})");
    request.service = QStringLiteral("cvm");
    request.timestamp = 1551113065;
    return request;
}

SigV4Request awsTestSuiteRequest(const QByteArray& method, QList<std::pair<QString, QString>> query)
{
    SigV4Request request;
    request.method = method;
    request.path = QByteArrayLiteral("/");
    request.query = std::move(query);
    request.headers = {{QByteArrayLiteral("Host"), QByteArrayLiteral("example.amazonaws.com")},
                       {QByteArrayLiteral("X-Amz-Date"), QByteArrayLiteral("20150830T123600Z")}};
    request.amzDate = QByteArrayLiteral("20150830T123600Z");
    request.region = QStringLiteral("us-east-1");
    request.service = QStringLiteral("service");
    return request;
}

const char* const awsSecret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

} // namespace

class TestPlatformSigners : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aliyunOfficialDescribeRegions()
    {
        const auto parameters = describeRegionsParameters();
        QCOMPARE(AliyunRpcSigner::canonicalizedQuery(parameters),
                 QByteArrayLiteral("AccessKeyId=testid&Action=DescribeRegions&Format=XML&SignatureMethod=HMAC-SHA1&"
                                   "SignatureNonce=3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf&SignatureVersion=1.0&"
                                   "Timestamp=2016-02-23T12%3A46%3A24Z&Version=2014-05-26"));
        QCOMPARE(AliyunRpcSigner::stringToSign("GET", parameters),
                 QByteArrayLiteral("GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML%26"
                                   "SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-"
                                   "4e0ad82fd6cf%26SignatureVersion%3D1.0%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26"
                                   "Version%3D2014-05-26"));
        const QByteArray signature = AliyunRpcSigner::signature("GET", parameters, secret("testsecret"));
        QCOMPARE(signature, QByteArrayLiteral("OLeaidS1JvxuMvnyHOwuJ+uX5qY="));
        QCOMPARE(AliyunRpcSigner::percentEncode(QString::fromLatin1(signature)),
                 QByteArrayLiteral("OLeaidS1JvxuMvnyHOwuJ%2BuX5qY%3D"));
    }

    void aliyunPostVariant()
    {
        QCOMPARE(AliyunRpcSigner::signature("POST", describeRegionsParameters(), secret("testsecret")),
                 QByteArrayLiteral("MxbnVAM4w6sft9xjVpe/GCKueuk="));
    }

    void aliyunSdkUnitTestVector()
    {
        const RpcParameters parameters {{QStringLiteral("test"), QStringLiteral("ok")}};
        QCOMPARE(AliyunRpcSigner::stringToSign(QByteArray(), parameters), QByteArrayLiteral("&%2F&test%3Dok"));
        QCOMPARE(AliyunRpcSigner::signature(QByteArray(), parameters, secret("accessKeySecret")),
                 QByteArrayLiteral("jHx/oHoHNrbVfhncHEvPdHXZwHU="));
    }

    void aliyunOnsMqttGetRegisterCode()
    {
        const RpcParameters parameters {
            {QStringLiteral("AccessKeyId"), QStringLiteral("testid")},
            {QStringLiteral("Action"), QStringLiteral("GetRegisterCode")},
            {QStringLiteral("Format"), QStringLiteral("JSON")},
            {QStringLiteral("MqttInstanceId"), QStringLiteral("post-cn-7mz2d000000")},
            {QStringLiteral("SignatureMethod"), QStringLiteral("HMAC-SHA1")},
            {QStringLiteral("SignatureNonce"), QStringLiteral("3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf")},
            {QStringLiteral("SignatureVersion"), QStringLiteral("1.0")},
            {QStringLiteral("Timestamp"), QStringLiteral("2016-02-23T12:46:24Z")},
            {QStringLiteral("Version"), QStringLiteral("2020-04-20")}};
        QCOMPARE(AliyunRpcSigner::stringToSign("GET", parameters),
                 QByteArrayLiteral("GET&%2F&AccessKeyId%3Dtestid%26Action%3DGetRegisterCode%26Format%3DJSON%26"
                                   "MqttInstanceId%3Dpost-cn-7mz2d000000%26SignatureMethod%3DHMAC-SHA1%26"
                                   "SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf%26SignatureVersion%3D1.0%26"
                                   "Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2020-04-20"));
        QCOMPARE(AliyunRpcSigner::signature("GET", parameters, secret("testsecret")),
                 QByteArrayLiteral("uKZ8nN6Wjrua+dqdXKVBgUVLK2M="));
    }

    void aliyunPemEncoding()
    {
        const QString pem = QStringLiteral("-----BEGIN CERTIFICATE-----\nMIIB+/a=\n-----END CERTIFICATE-----\n");
        const QByteArray once = AliyunRpcSigner::percentEncode(pem);
        QCOMPARE(once,
                 QByteArrayLiteral("-----BEGIN%20CERTIFICATE-----%0AMIIB%2B%2Fa%3D%0A-----END%20CERTIFICATE-----%0A"));
        QCOMPARE(HttpCanonicalRequest::percentEncode(once),
                 QByteArrayLiteral("-----BEGIN%2520CERTIFICATE-----%250AMIIB%252B%252Fa%253D%250A-----END%2520"
                                   "CERTIFICATE-----%250A"));
        // Non-ASCII: UTF-8 bytes, upper-case hex; space is %20, never '+'; '*' is encoded, '~' is not.
        QCOMPARE(AliyunRpcSigner::percentEncode(QStringLiteral("a b*~\u00e9")), QByteArrayLiteral("a%20b%2A~%C3%A9"));
    }

    void tc3OfficialDescribeInstances()
    {
        const Tc3Request request = describeInstancesRequest();
        QCOMPARE(HttpCanonicalRequest::hexSha256(request.payload),
                 QByteArrayLiteral("35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064"));
        QCOMPARE(Tc3Signer::canonicalRequest(request),
                 QByteArrayLiteral("POST\n/\n\ncontent-type:application/json; charset=utf-8\n"
                                   "host:cvm.tencentcloudapi.com\n\ncontent-type;host\n"
                                   "35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064"));
        QCOMPARE(Tc3Signer::stringToSign(request),
                 QByteArrayLiteral("TC3-HMAC-SHA256\n1551113065\n2019-02-25/cvm/tc3_request\n"
                                   "5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031"));
        const auto key = secret("Gu5t9xGARNpq86cd98joQYCN3EXAMPLE");
        QCOMPARE(Tc3Signer::signingKey(request, key).view().toByteArray().toHex(),
                 QByteArrayLiteral("ac658d5dde49e9bfdd14e04e062f66b05d9f637d44b8a8d845327d4a77f666b1"));
        QCOMPARE(Tc3Signer::authorization(request, QStringLiteral("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE"), key),
                 QByteArrayLiteral("TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/"
                                   "tc3_request, SignedHeaders=content-type;host, "
                                   "Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168"));
    }

    void tc3NewerVariantSigningAction()
    {
        Tc3Request request = describeInstancesRequest();
        request.headers.append({QByteArrayLiteral("X-TC-Action"), QByteArrayLiteral("describeinstances")});
        QCOMPARE(HttpCanonicalRequest::hexSha256(Tc3Signer::canonicalRequest(request)),
                 QByteArrayLiteral("7019a55be8395899b900fb5564e4200d984910f34794a27cb3fb7d10ff6a1e84"));
        const auto maskedKey = crypto::SecureBuffer::fromBytes(QByteArray(32, '*'));
        QCOMPARE(Tc3Signer::signingKey(request, maskedKey).view().toByteArray().toHex(),
                 QByteArrayLiteral("b596b923aad85185e2d1f6659d2a062e0a86731226e021e61bfe06f7ed05f5af"));
        QCOMPARE(Tc3Signer::signature(request, maskedKey),
                 QByteArrayLiteral("10b1a37a7301a02ca19a647ad722d5e43b4b3cff309d421d85b46093f6ab6c4f"));
    }

    void tc3ScopeUsesUtcDate()
    {
        Tc3Request request = describeInstancesRequest();
        request.timestamp = 1551139199; // 2019-02-25T23:59:59Z: a later local time zone must not move the date
        QVERIFY(Tc3Signer::credentialScope(request).startsWith("2019-02-25/"));
        request.timestamp = 1551139200;
        QVERIFY(Tc3Signer::credentialScope(request).startsWith("2019-02-26/"));
    }

    void sigV4GetVanilla()
    {
        const SigV4Request request = awsTestSuiteRequest("GET", {});
        QCOMPARE(SigV4Signer::canonicalRequest(request),
                 QByteArrayLiteral("GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\n"
                                   "host;x-amz-date\n"
                                   "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(SigV4Signer::stringToSign(request),
                 QByteArrayLiteral("AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n"
                                   "bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63"));
        const auto key = secret(awsSecret);
        QCOMPARE(SigV4Signer::signingKey(request, key).view().toByteArray().toHex(),
                 QByteArrayLiteral("938127b5336810ddb6a5d6af445fcac9e371f9ed418ed386b022aed82901be75"));
        QCOMPARE(SigV4Signer::authorization(request, QStringLiteral("AKIDEXAMPLE"), key),
                 QByteArrayLiteral("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
                                   "SignedHeaders=host;x-amz-date, "
                                   "Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"));
    }

    void sigV4QueryOrderKeyCase()
    {
        const SigV4Request request = awsTestSuiteRequest("GET",
                                                         {{QStringLiteral("Param2"), QStringLiteral("value2")},
                                                          {QStringLiteral("Param1"), QStringLiteral("value1")}});
        QVERIFY(SigV4Signer::canonicalRequest(request).startsWith("GET\n/\nParam1=value1&Param2=value2\n"));
        QCOMPARE(SigV4Signer::signature(request, secret(awsSecret)),
                 QByteArrayLiteral("b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500"));
    }

    void sigV4PostVanillaQuery()
    {
        const SigV4Request request =
            awsTestSuiteRequest("POST", {{QStringLiteral("Param1"), QStringLiteral("value1")}});
        QCOMPARE(SigV4Signer::signature(request, secret(awsSecret)),
                 QByteArrayLiteral("28038455d6de14eafc1f9222cf5aa6f1a96197d7deb8263271d420d138af7f11"));
    }

    void canonicalHeadersCollapseWhitespace()
    {
        QCOMPARE(HttpCanonicalRequest::canonicalHeaders({{QByteArrayLiteral(" X-B "), QByteArrayLiteral("  a   b ")},
                                                         {QByteArrayLiteral("x-a"), QByteArrayLiteral("1")}}),
                 QByteArrayLiteral("x-a:1\nx-b:a b\n"));
    }
};

QTEST_GUILESS_MAIN(TestPlatformSigners)
#include "TestPlatformSigners.moc"
