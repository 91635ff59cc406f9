#pragma once

#include "crypto/Result.h"

#include <QCoreApplication>
#include <QString>

namespace iotca::model {

class Workspace;

/// Writes a CA's certificate to a file (QSaveFile, so a failure leaves no partial file; a missing folder is created
/// owner-only), audited as "ca.exported". Never exports the private key.
class CaExporter
{
    Q_DECLARE_TR_FUNCTIONS(CaExporter)
public:
    /// PemChain: the CA's certificate followed by its issuers' up to the root, as far as the workspace holds them
    /// (CaChain, leaf-to-root order).
    enum class Format { Pem, Der, PemChain };

    [[nodiscard]] static Status exportCertificate(Workspace& workspace, qint64 caId, const QString& filePath,
                                                  Format format = Format::Pem);
};

} // namespace iotca::model
