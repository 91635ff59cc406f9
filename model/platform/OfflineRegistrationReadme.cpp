#include "OfflineRegistrationReadme.h"

#include "OfflineRegistrationBundleWriter.h"

#include <QDateTime>
#include <QStringList>

namespace iotca::model {

namespace {

using Writer = OfflineRegistrationBundleWriter;

/// The README's parts. Facts and names come from the platforms' documentation (shared/docs/platform-*.md); their
/// identifiers (actions, parameters, error codes, console labels) stay untranslated because that is how the reader
/// finds them there.
class ReadmeText
{
    Q_DECLARE_TR_FUNCTIONS(OfflineRegistrationReadme)
public:
    static void files(QStringList& lines, const OfflineRegistrationRequest& request,
                      const crypto::Certificate& verification, const QList<AliyunAssociationFile>& associations)
    {
        const crypto::Certificate& ca = request.caCertificate;
        lines << tr("Files in this folder (no private key is among them):");
        //: %1 is a file name, %2 a distinguished name, %3 a serial number, %4 a fingerprint
        lines << tr("  %1  the CA certificate: subject %2, serial number %3, SHA-256 %4")
                     .arg(Writer::caCertificateFileName(), ca.subjectString(), ca.serialNumberHex(),
                          crypto::Certificate::fingerprintText(ca.sha256Fingerprint()));
        //: %1 is a file name, %2 the registration code, %3 a date
        lines << tr("  %1  the verification certificate: Common Name = registration code %2, signed by the CA key, "
                    "valid until %3")
                     .arg(Writer::verificationFileName(), request.registrationCode,
                          verification.notAfter().toString(QStringLiteral("yyyy-MM-dd")));
        for (const AliyunAssociationFile& file : associations) {
            //: %1 is a file name, %n the number of rows, %2 a product key
            lines << tr("  %1  %n device association(s) (ProductKey,DeviceName,CertSN) of the product %2", nullptr,
                        static_cast<int>(file.rows.size()))
                         .arg(file.fileName, file.rows.constFirst().productKey);
        }
        lines << QString();
    }

    static void aliyunIot(QStringList& lines, const OfflineRegistrationRequest& request,
                          const QList<AliyunAssociationFile>& associations)
    {
        lines << tr("In the IoT Platform console (region China (Shanghai), the only one with X.509 device "
                    "authentication):");
        //: %1 is the registration code
        lines << tr("1. Open Devices > CA Certificates and click Register CA Certificate. The dialog shows a "
                    "registration code; it must be %1. If it shows another code, make a new bundle for that code.")
                     .arg(request.registrationCode);
        //: %1 is the CA name
        lines << tr("2. Enter the CA name %1 (4 to 30 letters, digits or '_').").arg(request.caName);
        //: %1 and %2 are file names
        lines << tr("3. Upload %1 as the CA certificate and %2 as the verification certificate, and confirm.")
                     .arg(Writer::caCertificateFileName(), Writer::verificationFileName());
        lines << tr("4. The devices' product must use the authentication mode X.509 Certificate with Use Private CA "
                    "Certificate set to Yes. Only directly connected MQTT devices with RSA device certificates can "
                    "use a private CA.");
        if (!associations.isEmpty()) {
            lines << tr("5. Open the CA's details > Device Association > Associate Certificate to Devices, upload "
                        "each association file (at most 10,000 rows of one product per file) and click Save. "
                        "Download the console's .csv template once to check that its header still reads "
                        "ProductKey,DeviceName,CertSN.");
        }
        lines << QString();
        lines << tr("An Alibaba Cloud account can register at most 10 CA certificates.");
    }

    static void apsaraMq(QStringList& lines, const OfflineRegistrationRequest& request)
    {
        const QString instance =
            request.instanceId.isEmpty() ? tr("<your instance ID, e.g. post-cn-xxxx>") : request.instanceId;
        const QString region = request.region.isEmpty() ? QStringLiteral("{regionId}") : request.region;
        lines << tr("ApsaraMQ for MQTT registers CA certificates through its OpenAPI (product OnsMqtt, version "
                    "2020-04-20). On a connected machine:");
        //: %1 is the registration code, %2 an instance ID
        lines << tr("1. The registration code must be the one GetRegisterCode (MqttInstanceId = %2) returned: %1. A "
                    "code is used once (RegisterCodeUsed); for a new code, make a new bundle.")
                     .arg(request.registrationCode, instance);
        //: %1 is a host name
        lines << tr("2. Call RegisterCaCertificate on %1 with:")
                     .arg(QStringLiteral("onsmqtt.%1.aliyuncs.com").arg(region));
        lines << QStringLiteral("     MqttInstanceId      = %1").arg(instance);
        lines << QStringLiteral("     CaName              = %1").arg(request.caName);
        //: %1 is a file name
        lines << QStringLiteral("     CaContent           = ")
                + tr("the content of %1").arg(Writer::caCertificateFileName());
        lines << QStringLiteral("     VerificationContent = ")
                + tr("the content of %1").arg(Writer::verificationFileName());
        lines << tr("   The answer's Sn is the CA's serial number on the platform. The CA is active by default after "
                    "registration.");
        lines << tr("   Errors to expect: RegisterCodeError (the verification certificate does not carry the code), "
                    "RegisterCodeUsed, CaNumExceed (too many CA certificates), SnNotUnique (the CA's serial number is "
                    "registered already), CertificateContentError.");
        lines << QString();
        lines << tr("Limits and notes:");
        lines << tr("- The CA certificate APIs are for Enterprise Platinum Edition instances (the Chinese "
                    "documentation: Platinum and Professional); device certificate authentication needs Platinum.");
        lines << tr("- CA certificates (RSA or ECC) must have basicConstraints CA:TRUE; the CA's serial number must be "
                    "unique and at most 128 bytes.");
        // Seed 004 and the OnsMqtt error list name CaNumExceed but no number.
        lines << tr("- The documentation states no number of CA certificates per instance: when there are too many, "
                    "the platform answers CaNumExceed.");
        // Seed 004 (ApsaraMQ, "Create a validation certificate"): "All parameters are optional except for the
        // CommonName parameter. Replace the value of the CommonName parameter with the registration code".
        lines << tr("- The registration code is the verification certificate's Common Name, as the ApsaraMQ "
                    "documentation says (\"Replace the value of the CommonName parameter with the registration "
                    "code\").");
        lines << tr(
            "- Device certificates are not uploaded: the broker registers each one on its device's first "
            "connection. Deleting the CA deletes the device certificates it issued that the broker registered.");
    }

    static void tencentIotHub(QStringList& lines, const OfflineRegistrationRequest& request)
    {
        lines << tr("Tencent Cloud IoT Hub: finish in its console or through its API (service iotcloud, version "
                    "2021-04-08), on a connected machine.");
        //: %1 is the registration code
        lines << tr("The verification certificate was made for the Authentication Code (证书验证码) %1 that the "
                    "console showed. If it shows another code now, make a new bundle for that code.")
                     .arg(request.registrationCode);
        //: %1 is a CA name, %2 and %3 file names
        lines << tr("Console: on the CA certificate page, upload %2 as the CA certificate and %3 as the verification "
                    "certificate under the name %1 (the console takes .cer, .crt and .pem files).")
                     .arg(request.caName, Writer::caCertificateFileName(), Writer::verificationFileName());
        //: %1 is a host name, %2 a region
        lines << tr("API: CreatePrivateCA on %1 (X-TC-Region: %2) with:")
                     .arg(QStringLiteral("iotcloud.tencentcloudapi.com"),
                          request.region.isEmpty() ? QStringLiteral("ap-guangzhou") : request.region);
        lines << QStringLiteral("     CertName       = %1").arg(request.caName);
        lines << QStringLiteral("     CertText       = ")
                + tr("the content of %1").arg(Writer::caCertificateFileName());
        lines << QStringLiteral("     VerifyCertText = ") + tr("the content of %1").arg(Writer::verificationFileName());
        lines << tr("   Errors to expect: InvalidParameterValue.CACertNotMatch (the verification certificate does not "
                    "match the CA), LimitExceeded.CACertLimit, LimitExceeded.CACertNameRepeat, "
                    "LimitExceeded.CARepeat (the CA is uploaded already).");
        //: %1 is a CA name
        lines << tr("Then bind the CA to the product whose devices it signs: UpdateProductPrivateCA with ProductId and "
                    "CertName = %1 (Chinese site), or choose the CA certificate when creating the product in the "
                    "console. The product must use certificate authentication.")
                     .arg(request.caName);
        lines << QString();
        lines << tr("Limits and notes:");
        lines << tr("- An account can upload at most 10 CA certificates.");
        lines << tr("- CA certificate name: up to 32 letters, digits, '_', '-' or '@' (the Chinese console also "
                    "allows '(', ')' and Chinese characters).");
        // Seed 002 (Tencent, "Generating authentication certificate"): "Copy the Authentication Code from the Add
        // Certificate dialog box and paste it as the value of the Common Name field."
        lines << tr("- The Authentication Code is the verification certificate's Common Name, as the Tencent "
                    "documentation says (\"paste it as the value of the Common Name field\").");
        lines << tr("- Device certificates are given with the device: CreateDevice with TlsCrt. A CA bound to a "
                    "product cannot be deleted (LimitExceeded.CAAlreadyBindProduct).");
    }

    static void awsIot(QStringList& lines, const OfflineRegistrationRequest& request)
    {
        const QString region = request.region.isEmpty() ? QStringLiteral("{Region}") : request.region;
        //: %1 is a URL
        lines << tr("AWS IoT Core registers CA certificates through its API (service iot, version 2015-05-28, "
                    "endpoint %1). On a connected machine:")
                     .arg(QStringLiteral("https://iot.%1.amazonaws.com").arg(region));
        //: %1 is the registration code
        lines << tr("1. The registration code must be the account's code in this Region, as GetRegistrationCode "
                    "returns it (it stays the same until DeleteRegistrationCode): %1.")
                     .arg(request.registrationCode);
        lines << tr("2. Call RegisterCACertificate (POST /cacertificate?setAsActive=true) with the JSON body:");
        lines << QStringLiteral("     caCertificate           = ")
                + tr("the content of %1").arg(Writer::caCertificateFileName());
        lines << QStringLiteral("     verificationCertificate = ")
                + tr("the content of %1").arg(Writer::verificationFileName());
        lines << QStringLiteral("     certificateMode         = DEFAULT");
        lines << tr("   The answer's certificateId and certificateArn identify the CA; setAsActive=true makes it "
                    "ACTIVE at once (else UpdateCACertificate with newStatus=ACTIVE).");
        lines << tr("   Errors to expect: RegistrationCodeValidationException, CertificateValidationException, "
                    "ResourceAlreadyExistsException, LimitExceededException.");
        lines << QString();
        lines << tr("Limits and notes:");
        lines << tr("- There is no limit to the number of CA certificates per account, but at most 10 with the same "
                    "subject field.");
        lines << tr("- In DEFAULT mode a CA certificate can be registered by only one account in a Region. SNI_ONLY "
                    "mode allows several accounts but takes no verification certificate: this bundle is for DEFAULT "
                    "mode.");
        lines << tr("- Device certificates are registered with RegisterCertificate (certificatePem, "
                    "caCertificatePem, status).");
    }
};

} // namespace

QByteArray OfflineRegistrationReadme::text(const OfflineRegistrationRequest& request,
                                           const crypto::Certificate& verification,
                                           const QList<AliyunAssociationFile>& associations)
{
    QStringList lines;
    const QString platform = platformDisplayName(request.platform);
    if (request.platform == PlatformId::AwsIot) {
        //: %1 is a platform, %2 a distinguished name (AWS IoT Core gives CAs no name)
        lines << tr("%1: registering the CA certificate %2").arg(platform, request.caCertificate.subjectString());
    } else {
        //: %1 is a platform, %2 the CA's name on it
        lines << tr("%1: registering the CA certificate '%2'").arg(platform, request.caName);
    }
    //: %1 is a date and time in UTC
    lines << tr("Made by IoT CA Desk on %1 (UTC). Nothing was sent to the platform.")
                 .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    lines << QString();
    ReadmeText::files(lines, request, verification, associations);
    switch (request.platform) {
    case PlatformId::AliyunIot:
        ReadmeText::aliyunIot(lines, request, associations);
        break;
    case PlatformId::ApsaraMq:
        ReadmeText::apsaraMq(lines, request);
        break;
    case PlatformId::TencentIotHub:
        ReadmeText::tencentIotHub(lines, request);
        break;
    case PlatformId::AwsIot:
        ReadmeText::awsIot(lines, request);
        break;
    }
    if (request.platform != PlatformId::AliyunIot) {
        lines << QString();
        lines << tr("Back online, IoT CA Desk's CA > Register with Platform (or iotca ca register) makes this call "
                    "itself and records the registration in the workspace. A registration finished from this bundle "
                    "is not recorded there.");
    }
    return lines.join(QLatin1Char('\n')).toUtf8() + '\n';
}

} // namespace iotca::model
