#pragma once

#include "crypto/PrivateKey.h"
#include "crypto/Result.h"
#include "crypto/SecureBuffer.h"
#include "model/custody/SharePrintout.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace iotca::model {

class Job;
class Workspace;
struct CaRecord;

/// What a ceremony needs from the front end that runs it (the CLI's `ceremony run`, the GUI's Key Ceremony wizard):
/// passphrases, and a way to run a long job with progress and cancel. CeremonyStepRunner calls these from the thread
/// it runs on; each may wait for the user (a terminal prompt, a modal dialog).
class CeremonyFrontEnd
{
public:
    virtual ~CeremonyFrontEnd() = default;

    /// The passphrase of a CA the ceremony creates (the CLI asks twice or reads its --passphrase file).
    [[nodiscard]] virtual Result<crypto::SecureBuffer> newCaPassphrase(const QString& caName) = 0;
    /// The unlocked key of a CA of the workspace (asked once per ceremony; the runner keeps the key).
    [[nodiscard]] virtual Result<crypto::PrivateKey> unlockCaKey(Workspace& workspace, const CaRecord& ca) = 0;
    /// Runs `job` to its end, showing its progress and offering to cancel it; returns its outcome.
    [[nodiscard]] virtual Status runJob(Job& job, const QString& title) = 0;
};

/// The printed parts of a ceremony: print/ paints them, and model/ cannot (docs/architecture.md, "Layers"), so the
/// front end hands the painters in (print::SharePdfWriter::render, print::CeremonyRecordPdfWriter::render).
struct CeremonyPrinters
{
    SharePdfRenderer sharePdf;
    std::function<Result<QByteArray>(const QJsonObject& record)> recordPdf;
};

} // namespace iotca::model
