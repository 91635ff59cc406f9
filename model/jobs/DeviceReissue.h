#pragma once

#include "DeviceProfile.h"
#include "DeviceValidity.h"

#include "crypto/Certificate.h"
#include "crypto/KeyAlgorithm.h"
#include "crypto/PrivateKey.h"
#include "crypto/Result.h"
#include "model/workspace/CaRecord.h"
#include "model/workspace/DeviceCertificateRecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace iotca::model {

class Workspace;

/// What to re-issue and how.
struct DeviceReissueRequest
{
    qint64 caId = 0;
    /// The device certificate to re-issue: the device's newest certificate, issued by `caId`.
    QString serial;
    /// A new key pair for the device (written beside the certificate, like `device issue` writes keys); false keeps
    /// the device's key: the new certificate is for the old certificate's public key and no key file is written.
    bool newKey = false;
    /// The new key's algorithm; default: the old certificate's.
    std::optional<crypto::KeyAlgorithm> keyAlgorithm;
    /// File names and key format, as for `device issue`.
    DeviceProfile profile;
    QString outputFolder;
    int validityDays = defaultDeviceValidityDays;
    /// Also revoke the old certificate, reason superseded (RFC 5280 5.3.1 reason code 4), in the same transaction.
    bool revokeOld = false;
};

/// What a re-issue will do, known before the CA's passphrase is asked.
struct DeviceReissuePlan
{
    CaRecord ca;
    DeviceCertificateRecord old;
    crypto::Certificate oldCertificate;
    /// The new key's algorithm (newKey), or the kept key's.
    crypto::KeyAlgorithm keyAlgorithm = crypto::KeyAlgorithm::EcP256;
    QString certificatePath;
    /// Empty unless a new key is made.
    QString keyPath;
};

struct DeviceReissueResult
{
    QString oldSerial;
    DeviceCertificateRecord record;
    QString certificatePath;
    QString keyPath;
    bool revokedOld = false;
    /// Translated sentence when the CA's validity shortened the new certificate, else empty.
    QString warning;
};

/// Re-issues one device certificate (`iotca device reissue`, Devices → Re-issue…): a new certificate from the same CA
/// for the same product and device name with the old certificate's subject and subject alternative names, a new
/// serial and validity; for the same public key by default, or for a new key pair.
///
/// The old certificate stays valid until it expires or is revoked: the device may still be using it while the new
/// one is rolled out. The workspace records the new one as the next generation of the device, superseding the old
/// one (DeviceCertificateHistory), so it becomes the device's current certificate; `revokeOld` revokes the old one
/// (superseded) in the same transaction.
///
/// All or nothing, record first: the intent (IssuanceIntents, naming the superseded serial) is committed before the
/// certificate is signed; the files are written (key first) and synced; then ONE transaction records the new
/// certificate, the revocation and a "device.reissued" audit entry and clears the intent. A failure removes the files
/// (and a folder it created) and the intent; a crash leaves the intent, and the next open records a signed
/// certificate as the re-issue (IssuanceRecovery).
class DeviceReissue
{
    Q_DECLARE_TR_FUNCTIONS(DeviceReissue)

public:
    /// Every check, before the passphrase is asked: the CA, the certificate (known, the device's newest, not revoked
    /// for keyCompromise unless a new key is made, not revoked already with `revokeOld`), the profile, the key
    /// algorithm, the validity and the files (none may exist).
    [[nodiscard]] static Result<DeviceReissuePlan> plan(Workspace& workspace, const DeviceReissueRequest& request);
    /// `caKey` is the CA's unlocked key.
    [[nodiscard]] static Result<DeviceReissueResult> run(Workspace& workspace, const DeviceReissueRequest& request,
                                                         const crypto::PrivateKey& caKey);
};

} // namespace iotca::model
