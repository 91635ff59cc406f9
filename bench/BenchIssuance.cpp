#include "BenchSection.h"

namespace iotca::bench {

// Section 2, bulk issuance (jobs engineer): issue N device certificates with IssueDeviceCertificatesJob into a
// temporary workspace; certificates per second and peak memory. Replace the body with the measurement; print figures
// with QTextStream(stdout), never assert on time.
int runBulkIssuanceBench(const BenchOptions& options)
{
    Q_UNUSED(options)
    return notImplementedYet(QStringLiteral("bench/BenchIssuance.cpp"));
}

} // namespace iotca::bench
