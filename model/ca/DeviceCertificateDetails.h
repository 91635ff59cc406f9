#pragma once

#include "crypto/Certificate.h"
#include "crypto/Result.h"
#include "model/audit/AuditEntry.h"
#include "model/workspace/CaRecord.h"
#include "model/workspace/DeviceCertificateRecord.h"
#include "model/workspace/RevocationRepository.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace iotca::model {

class Workspace;

/// Everything the workspace knows about one device certificate: its record and issuing CA, the parsed certificate,
/// its revocation and the audit entries that name it. What `iotca device show` prints and the GUI's certificate
/// details dialog shows.
struct DeviceCertificateDetails
{
    enum class ExportFormat { Pem, Der, PemWithChain };

    CaRecord ca;
    DeviceCertificateRecord device;
    crypto::Certificate certificate;
    std::optional<RevocationRecord> revocation;
    /// The audit entries of the CA whose details name the serial, oldest first.
    QList<AuditEntry> history;

    /// The device is on a platform (associated or inactivated there): deleting the record here leaves it there.
    [[nodiscard]] bool isOnPlatform() const;

    /// Reads the certificate `serial` of `caId`. Error code "NotFound" when the CA has no such certificate.
    [[nodiscard]] static Result<DeviceCertificateDetails> read(Workspace& workspace, qint64 caId,
                                                               const QString& serial);
    /// The RFC 5280 names of the keyUsage bits set ("digitalSignature", ...).
    [[nodiscard]] static QStringList keyUsageNames(const crypto::Certificate& certificate);
    /// "AB:CD:..." upper-case hex with colons, for key identifiers.
    [[nodiscard]] static QString colonHex(const QByteArray& bytes);
    /// The certificate as PEM, followed by its CA chain up to the root as far as the workspace holds it (leaf first).
    /// `complete` (when given) says whether the chain reaches a self-signed root.
    [[nodiscard]] static Result<QByteArray>
    pemWithChain(const Workspace& workspace, const DeviceCertificateDetails& details, bool* complete = nullptr);
    /// Writes the certificate (never a key) to `filePath` atomically (QSaveFile; nothing is left on failure). An
    /// existing file is refused (code "FileExists"). `chainComplete` (when given) says for PemWithChain whether the
    /// chain reached a root.
    [[nodiscard]] static Status writeFile(const Workspace& workspace, const DeviceCertificateDetails& details,
                                          const QString& filePath, ExportFormat format, bool* chainComplete = nullptr);
};

/// Messages of DeviceCertificateDetails (lupdate context).
class DeviceCertificateDetailsText
{
    Q_DECLARE_TR_FUNCTIONS(DeviceCertificateDetails)
};

} // namespace iotca::model
