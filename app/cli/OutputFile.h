#pragma once

#include "crypto/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QSaveFile>
#include <QString>

#include <memory>
#include <vector>

namespace iotca::app {

/// The files commands write besides the workspace (certificates, requests, CRLs).
class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(OutputFile)

public:
    /// Writes `data` atomically (QSaveFile); the folder is created owner-only when missing; `secret` files are
    /// owner-only too. A failure leaves any earlier file as it was.
    [[nodiscard]] static Status write(const QString& filePath, QByteArrayView data, bool secret);

    /// Several files written to temporaries first and put in place together by commit(), for what must be recorded
    /// in the workspace in between (a certificate the CA signed: brief rule 1). Files not committed are never seen.
    class Staged
    {
    public:
        /// Creates the folder (owner-only) when missing and writes `data` to a temporary file beside `filePath`.
        [[nodiscard]] Status add(const QString& filePath, QByteArrayView data, bool secret);
        /// Renames every staged file into place, in the order added.
        [[nodiscard]] Status commit();

    private:
        std::vector<std::unique_ptr<QSaveFile>> m_files;
    };
};

/// Text from certificates and files made safe for a terminal: control characters (C0, DEL, C1) are shown as
/// \xNN, so a crafted subject cannot move the cursor or rewrite what was printed before.
[[nodiscard]] QString terminalSafe(const QString& text);

} // namespace iotca::app
