#pragma once

#include "CeremonyRecord.h"
#include "crypto/PrivateKey.h"
#include "crypto/Result.h"
#include "model/workspace/CaRecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace iotca::model {

class Workspace;

/// Writes a ceremony's record into its folder, all or nothing (FileSetWriter): ceremony-record.json, its detached
/// signature ceremony-record.json.sig by the signing CA's key (with that CA's certificate beside it, so that
/// `openssl dgst -sha256 -verify` needs nothing else), and ceremony-record.pdf rendered from the same JSON.
class CeremonyRecordWriter
{
    Q_DECLARE_TR_FUNCTIONS(CeremonyRecordWriter)

public:
    static constexpr QLatin1String jsonFileName {"ceremony-record.json"};
    static constexpr QLatin1String signatureFileName {"ceremony-record.json.sig"};
    static constexpr QLatin1String signerCertificateFileName {"ceremony-signer.pem"};
    static constexpr QLatin1String pdfFileName {"ceremony-record.pdf"};

    /// `key` and `signer` are null when the record cannot be signed (the record says why). Returns the paths.
    [[nodiscard]] static Result<QStringList>
    write(const Workspace& workspace, CeremonyRecord& record, const QString& folder, const crypto::PrivateKey* key,
          const CaRecord* signer, const std::function<Result<QByteArray>(const QJsonObject&)>& renderPdf);

    /// The detached signature of `data` (crypto::DetachedSignature: `openssl dgst -sha256 -sign` compatible).
    [[nodiscard]] static Result<QByteArray> sign(const crypto::PrivateKey& key, const QByteArray& data);
    /// Whether this build can sign (false before the transfer-bundle work is in).
    [[nodiscard]] static bool canSign();
};

} // namespace iotca::model
