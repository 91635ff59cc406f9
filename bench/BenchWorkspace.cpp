#include "BenchSection.h"

namespace iotca::bench {

// Section 4, workspace (workspace engineer): a workspace with 1,000,000 device certificates; open time, lookup by
// serial, model row fetch, file size. Replace the body with the measurement; print figures with QTextStream(stdout),
// never assert on time.
int runWorkspaceBench(const BenchOptions& options)
{
    Q_UNUSED(options)
    return notImplementedYet(QStringLiteral("bench/BenchWorkspace.cpp"));
}

} // namespace iotca::bench
