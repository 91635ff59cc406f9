#include "PlatformCapabilities.h"

#include <QCoreApplication>

namespace iotca::model {

namespace {

class CapabilityText
{
    Q_DECLARE_TR_FUNCTIONS(PlatformCapabilities)
public:
    static QString apsaraName() { return tr("1 to 64 letters, digits, '-' or '_'"); }
    static QString tencentName()
    {
        return tr("1 to 32 Chinese characters, letters, digits, '_', '-', '@', '(' or ')'");
    }
    static QString aliyunName() { return tr("4 to 30 letters, digits or '_'"); }
    static QString awsName() { return tr("any name (AWS identifies a CA by its certificate id)"); }
};

using Op = PlatformCapabilities::Operation;

} // namespace

PlatformCapabilities PlatformCapabilities::forPlatform(PlatformId platform)
{
    PlatformCapabilities caps;
    caps.platform = platform;
    caps.caKeyAlgorithms = crypto::allKeyAlgorithms();
    caps.deviceKeyAlgorithms = crypto::allKeyAlgorithms();
    switch (platform) {
    case PlatformId::ApsaraMq:
        // OnsMqtt 2020-04-20: 13 actions, no RegisterDeviceCertificate (devices register on first connection).
        caps.operations = Op::GetRegistrationCode | Op::RegisterCa | Op::ListCas | Op::GetCa | Op::ActivateCa
            | Op::DeactivateCa | Op::DeleteCa | Op::ActivateDevice | Op::DeactivateDevice | Op::DeleteDevice
            | Op::ListDevices;
        // The API documents no CaName rule [UNVERIFIED]; we keep names to a conservative, console-safe set.
        caps.caNamePattern = QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]+$"));
        caps.caNameMaxLength = 64;
        caps.caNameRule = CapabilityText::apsaraName();
        // No ApsaraMQ document states a number of CAs: seed 004 and the OnsMqtt API (platform-alibaba.md §1.5) only
        // name the error CaNumExceed ("CA certificate num exceed"), which the connector reports as the platform's.
        caps.maxCasPerAccount = 0;
        caps.deleteRequiresInactiveCa = false; // DeleteCaCertificate deletes an active CA and its devices
        caps.devicesAutoRegister = true;
        break;
    case PlatformId::TencentIotHub:
        caps.operations = Op::RegisterCa | Op::ListCas | Op::GetCa | Op::DeleteCa | Op::RegisterDevice
            | Op::ActivateDevice | Op::DeactivateDevice | Op::DeleteDevice | Op::ListDevices | Op::ListCaProducts;
        // CA certificate name, console doc 1105/50353 (platform-tencent-aws.md §1.6): the English page (seed 002)
        // says "up to 32 characters including letters, numbers, underscores, hyphens, and @"; the Chinese page
        // (2025-08-14) "支持中文、-、英文大小写、数字、下划线、@、(、)，最多32个字符". The API
        // (CreatePrivateCA.CertName) publishes no pattern, so the console's wider rule is the one to keep.
        caps.caNamePattern = QRegularExpression(QStringLiteral("^[\\p{Han}A-Za-z0-9_@()\\-]+$"));
        caps.caNameMaxLength = 32;
        caps.caNameRule = CapabilityText::tencentName();
        // Seed 002: "You can upload up to ten CA certificate files under one account."
        caps.maxCasPerAccount = 10;
        caps.registrationCodeFromApi = false; // the console shows the verification code; no API returns it
        caps.caStatusCascadesToDevices = false; // no CA activate/deactivate; delete needs the CA unbound first
        break;
    case PlatformId::AwsIot:
        caps.operations = Op::GetRegistrationCode | Op::RegisterCa | Op::ListCas | Op::GetCa | Op::ActivateCa
            | Op::DeactivateCa | Op::DeleteCa | Op::RegisterDevice | Op::ActivateDevice | Op::DeactivateDevice
            | Op::DeleteDevice | Op::ListDevices;
        caps.caNameRule = CapabilityText::awsName();
        caps.caNameMaxLength = 1024;
        // No limit per account; at most 10 CAs with the same subject, which PreflightChecker checks separately.
        caps.maxCasPerAccount = 0;
        caps.deleteRequiresInactiveCa = true; // CertificateStateException; terraform deactivates first
        caps.caStatusCascadesToDevices = false;
        break;
    case PlatformId::AliyunIot:
        caps.operations = Op::ExportBundle;
        // Seed 003, Register CA Certificate dialog: "4 to 30 characters ... letters, digits, and underscores (_)".
        caps.caNamePattern = QRegularExpression(QStringLiteral("^[A-Za-z0-9_]+$"));
        caps.caNameMinLength = 4;
        caps.caNameMaxLength = 30;
        caps.caNameRule = CapabilityText::aliyunName();
        // Seeds 000 / 003: "One AliCloud account can register up to 10 private CA certificates."
        caps.maxCasPerAccount = 10;
        // Seed 000: "only the device certificate signed by the RSA algorithm is supported": the CA signs them, so its
        // key is RSA, and so are the device keys (seed 003's key file is "BEGIN RSA PRIVATE KEY").
        caps.caKeyAlgorithms = {crypto::KeyAlgorithm::Rsa2048, crypto::KeyAlgorithm::Rsa3072,
                                crypto::KeyAlgorithm::Rsa4096};
        caps.deviceKeyAlgorithms = caps.caKeyAlgorithms;
        caps.registrationCodeFromApi = false;
        break;
    }
    return caps;
}

} // namespace iotca::model
