#pragma once

#include "crypto/Certificate.h"
#include "crypto/Result.h"
#include "model/workspace/CaRecord.h"

#include <QCoreApplication>
#include <QList>

namespace iotca::model {

class Workspace;

/// A CA's certification path inside the workspace, from the CA itself up to its root.
struct CaChainPath
{
    /// The CA first, then its issuer, ... (leaf-to-root order, as TLS and `openssl verify -untrusted` want it).
    QList<CaRecord> cas;
    QList<crypto::Certificate> certificates;
    /// The last CA is a self-signed root. False when its issuer is not in this workspace ("issuer missing").
    bool complete = false;
};

/// Walks the CA tree: parent_ca_id links, and for CAs imported without one, the CA of the workspace whose key signed
/// the certificate.
class CaChain
{
    Q_DECLARE_TR_FUNCTIONS(CaChain)
public:
    /// The path from `caId` up to its root (or as far as the workspace knows).
    [[nodiscard]] static Result<CaChainPath> pathOf(const Workspace& workspace, qint64 caId);
    /// The id of the workspace CA that issued `certificate` (subject name and signature checked), 0 for none or a
    /// self-signed certificate.
    [[nodiscard]] static Result<qint64> issuerIdInWorkspace(const Workspace& workspace,
                                                            const crypto::Certificate& certificate);
    /// PEM of every certificate of the path, leaf first.
    [[nodiscard]] static QByteArray toPemBundle(const CaChainPath& path);
};

} // namespace iotca::model
