#pragma once

#include "crypto/Result.h"
#include "model/custody/KeyShare.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace iotca::app {

/// Where `key restore` gets the shares of a backup's passphrase: share files (--share, each may hold several
/// shares), or standard input (--shares-from-stdin): typed on a terminal line by line, each line checked as it is
/// entered, or piped as text.
class ShareInput
{
    Q_DECLARE_TR_FUNCTIONS(ShareInput)

public:
    [[nodiscard]] static Result<std::vector<model::KeyShare>> fromFiles(const QStringList& paths);
    /// Everything on standard input, read as KeyShareText::read() does.
    [[nodiscard]] static Result<std::vector<model::KeyShare>> fromPipe();
    /// Asks for `needed` shares of the set `setId` on the terminal, line by line: a mistyped line is named and
    /// asked again, a share of another set or one given twice is refused and asked again. Error code "Cancelled"
    /// at the end of input.
    [[nodiscard]] static Result<std::vector<model::KeyShare>> typed(int needed, const QString& setId);
};

} // namespace iotca::app
