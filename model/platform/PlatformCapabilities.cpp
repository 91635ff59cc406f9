#include "PlatformCapabilities.h"

#include <QCoreApplication>

namespace iotca::model {

namespace {

class CapabilityText
{
    Q_DECLARE_TR_FUNCTIONS(PlatformCapabilities)
public:
    static QString apsaraName() { return tr("1 to 64 letters, digits, '-' or '_'"); }
    static QString tencentName() { return tr("1 to 32 letters, digits, '_', '-', '@', '(' or ')'"); }
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
        // CaNumExceed has no documented number [UNVERIFIED]; we apply the 10 of the sister products.
        caps.maxCasPerAccount = 10;
        caps.deleteRequiresInactiveCa = false; // DeleteCaCertificate deletes an active CA and its devices
        caps.devicesAutoRegister = true;
        break;
    case PlatformId::TencentIotHub:
        caps.operations = Op::RegisterCa | Op::ListCas | Op::GetCa | Op::DeleteCa | Op::RegisterDevice
            | Op::ActivateDevice | Op::DeactivateDevice | Op::DeleteDevice | Op::ListDevices;
        caps.caNamePattern = QRegularExpression(QStringLiteral("^[A-Za-z0-9_@()\\-]+$"));
        caps.caNameMaxLength = 32;
        caps.caNameRule = CapabilityText::tencentName();
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
        caps.caNamePattern = QRegularExpression(QStringLiteral("^[A-Za-z0-9_]+$"));
        caps.caNameMinLength = 4;
        caps.caNameMaxLength = 30;
        caps.caNameRule = CapabilityText::aliyunName();
        caps.maxCasPerAccount = 10;
        caps.deviceKeyAlgorithms = {crypto::KeyAlgorithm::Rsa2048, crypto::KeyAlgorithm::Rsa3072,
                                    crypto::KeyAlgorithm::Rsa4096};
        caps.registrationCodeFromApi = false;
        break;
    }
    return caps;
}

} // namespace iotca::model
