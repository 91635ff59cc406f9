#pragma once

#include "UiEmulator.h"

#include "crypto/DeviceCertificateIssuer.h"
#include "crypto/KeyAlgorithm.h"
#include "crypto/Result.h"
#include "model/secrets/SecretStore.h"
#include "model/workspace/CaRegistrationRecord.h"

#include <QString>

namespace iotca::model {
class Workspace;
}

namespace iotca::test {

/// What the GUI platform tests set up straight through model/ (the flows under test then run through the widgets):
/// a CA with a stored key, an account on the in-process emulator, a registration, device certificates.
namespace UiPlatformSetup {

/// The passphrase of every CA made here.
[[nodiscard]] QString passphrase();
/// A self-signed CA "CN=<name>,O=Example" with its key stored under passphrase().
[[nodiscard]] Result<qint64> createCa(model::Workspace& workspace, const QString& name,
                                      crypto::KeyAlgorithm algorithm = crypto::KeyAlgorithm::EcP256);
/// An account of `platform` ("apsaramq-mqtt", "tencent-iothub", "aws-iot") on `emulator`; Tencent gets `product`.
[[nodiscard]] Result<qint64> addAccount(model::Workspace& workspace, model::SecretStore& secrets,
                                        const UiEmulator& emulator, const QString& name, const QString& platform,
                                        const QString& product = {});
/// Registers the CA on the account through CaRegistrationService (waits for the answer).
[[nodiscard]] Result<model::CaRegistrationRecord> registerCa(model::Workspace& workspace, model::SecretStore& secrets,
                                                             qint64 caId, qint64 accountId, const QString& remoteName);
/// Issues one device certificate with the CA's key (CN = `deviceName`), not recorded anywhere.
[[nodiscard]] Result<crypto::IssuedDeviceCertificate> issue(model::Workspace& workspace, qint64 caId,
                                                            const QString& deviceName);

} // namespace UiPlatformSetup

} // namespace iotca::test
