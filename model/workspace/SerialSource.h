#pragma once

#include "crypto/SerialNumber.h"

namespace iotca::model {

/// Where the serial numbers of the certificates the CA signs for devices come from. Normally
/// crypto::SerialNumber::random(): 16 random bytes, positive (RFC 5280 4.1.2.2: unique per CA, at most 20 octets; the
/// CA/Browser Forum Baseline Requirements 7.1 ask for at least 64 random bits). Uniqueness per CA is not left to
/// chance: IssuanceIntents reserves each serial under a unique index before anything is signed, and draws again on a
/// collision.
///
/// A collision of 127 random bits never happens by itself, so the retry would go untested: replaceForTesting() lets a
/// test hand out serials that are already taken. Nothing but tests calls it.
class SerialSource
{
public:
    using Draw = crypto::SerialNumber (*)();

    /// A new serial for a certificate about to be signed (thread-safe).
    [[nodiscard]] static crypto::SerialNumber draw();
    /// Test seam: serials come from `draw` until it is replaced again; nullptr restores the random source. Returns
    /// the one it replaces. Set it before a job starts and restore it after it finished.
    static Draw replaceForTesting(Draw draw);
};

} // namespace iotca::model
