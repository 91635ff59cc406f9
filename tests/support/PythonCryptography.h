#pragma once

#include "OpenSslCli.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace iotca::test {

/// Runs `python3 -c <script> <arguments...>`, the independent reader of what we write: python3-cryptography
/// (pyca/cryptography) parses certificates and CRLs with its own ASN.1 code. The script prints "OK" last when all
/// its checks passed; anything else (an assertion's traceback) is the failure to show.
OpenSslRun runPython(const QString& script, const QStringList& arguments);

/// The run ended with "OK" on its last line.
[[nodiscard]] bool pythonChecksPassed(const OpenSslRun& run);

} // namespace iotca::test
