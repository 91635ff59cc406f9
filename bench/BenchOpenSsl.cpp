#include "BenchSection.h"

namespace iotca::bench {

// Section 1, raw OpenSSL limits (crypto engineer): RSA/EC key generation per second, signatures per second, certificate
// builds per second with the EVP APIs, single- and multi-threaded. Replace the body with the measurement; print figures
// with QTextStream(stdout), never assert on time.
int runOpenSslLimitsBench(const BenchOptions& options)
{
    Q_UNUSED(options)
    return notImplementedYet(QStringLiteral("bench/BenchOpenSsl.cpp"));
}

} // namespace iotca::bench
