#pragma once

#include "crypto/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace iotca::app {

/// The files commands write besides the workspace (certificates, requests, CRLs).
class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(OutputFile)

public:
    /// Writes `data` atomically (QSaveFile); the folder is created owner-only when missing; `secret` files are
    /// owner-only too. A failure leaves any earlier file as it was.
    [[nodiscard]] static Status write(const QString& filePath, QByteArrayView data, bool secret);
};

/// Text from certificates and files made safe for a terminal: control characters (C0, DEL, C1) are shown as
/// \xNN, so a crafted subject cannot move the cursor or rewrite what was printed before.
[[nodiscard]] QString terminalSafe(const QString& text);

} // namespace iotca::app
