#pragma once

#include "NewCaParameters.h"
#include "crypto/PrivateKey.h"
#include "crypto/Result.h"
#include "crypto/SecureBuffer.h"

#include <QCoreApplication>

namespace iotca::model {

class Workspace;

/// Creates CAs in a workspace: generates the key, builds the certificate, stores the certificate with the key as
/// encrypted PKCS#8 under `passphrase` (one transaction, audited as "ca.created"). Key generation runs on the
/// calling thread (RSA 4096 takes a moment: call it from a job, not the GUI thread).
class CaCreator
{
    Q_DECLARE_TR_FUNCTIONS(CaCreator)
public:
    /// A self-signed root CA. Returns the new CA's id. Fails on an empty passphrase or a taken name.
    [[nodiscard]] static Result<qint64> createRoot(Workspace& workspace, const NewCaParameters& parameters,
                                                   const crypto::SecureBuffer& passphrase);
    /// An intermediate CA signed by the workspace's CA `parentCaId`, whose key the caller unlocked (CaKeyAccess).
    [[nodiscard]] static Result<qint64> createIntermediate(Workspace& workspace, const NewCaParameters& parameters,
                                                           const crypto::SecureBuffer& passphrase, qint64 parentCaId,
                                                           const crypto::PrivateKey& parentKey);
};

} // namespace iotca::model
