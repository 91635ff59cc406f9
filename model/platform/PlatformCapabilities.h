#pragma once

#include "PlatformId.h"
#include "crypto/KeyAlgorithm.h"

#include <QFlags>
#include <QList>
#include <QRegularExpression>

namespace iotca::model {

/// What a platform can do with CAs and device certificates, and the rules it enforces. model/ checks these before
/// any request (PreflightChecker), so the user hears "CA limit reached" from us, not from the cloud.
struct PlatformCapabilities
{
    enum class Operation {
        GetRegistrationCode = 0x0001,
        RegisterCa = 0x0002,
        ListCas = 0x0004,
        GetCa = 0x0008,
        ActivateCa = 0x0010,
        DeactivateCa = 0x0020,
        DeleteCa = 0x0040,
        RegisterDevice = 0x0080,
        ActivateDevice = 0x0100,
        DeactivateDevice = 0x0200,
        DeleteDevice = 0x0400,
        ListDevices = 0x0800,
        /// No API at all: the connector writes an upload bundle for the console (Alibaba IoT Platform).
        ExportBundle = 0x1000,
        /// The products bound to a CA (Tencent DescribePrivateCABindedProducts).
        ListCaProducts = 0x2000,
    };
    Q_DECLARE_FLAGS(Operations, Operation)

    PlatformId platform = PlatformId::ApsaraMq;
    Operations operations;
    /// Key algorithms accepted for CA certificates.
    QList<crypto::KeyAlgorithm> caKeyAlgorithms;
    /// Key algorithms accepted for device certificates (Alibaba IoT: RSA only).
    QList<crypto::KeyAlgorithm> deviceKeyAlgorithms;
    /// CA name rule; an invalid (default) expression means "any non-empty name".
    QRegularExpression caNamePattern;
    int caNameMinLength = 1;
    int caNameMaxLength = 128;
    /// Translated description of the name rule for error messages.
    QString caNameRule;
    /// CA certificates per account (or per CA subject for AWS); 0 = unlimited.
    int maxCasPerAccount = 10;
    /// Serial numbers (CA and device) as a hex string, in bytes.
    int maxSerialBytes = 128;
    /// An ACTIVE CA must be deactivated before it may be deleted.
    bool deleteRequiresInactiveCa = false;
    /// Deactivating / deleting a CA deactivates / deletes its registered device certificates on the platform.
    bool caStatusCascadesToDevices = true;
    /// The registration code must be fetched through the API (false: typed in from the console).
    bool registrationCodeFromApi = true;
    /// Device certificates are registered automatically on first connection (ApsaraMQ).
    bool devicesAutoRegister = false;

    [[nodiscard]] bool supports(Operation operation) const { return operations.testFlag(operation); }

    /// The built-in rules of each platform (sources: /work/shared/docs/platform-*.md).
    [[nodiscard]] static PlatformCapabilities forPlatform(PlatformId platform);
};

Q_DECLARE_OPERATORS_FOR_FLAGS(PlatformCapabilities::Operations)

} // namespace iotca::model
