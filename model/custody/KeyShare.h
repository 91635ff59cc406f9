#pragma once

#include "crypto/SecureBuffer.h"

#include <QByteArray>

namespace iotca::model {

/// One share of a CA key backup's passphrase, as printed and typed back (KeyShareCode): the set it belongs to, how
/// many shares the set has and how many are needed, its index (the x of crypto::ShamirSecretSharing) and its value.
struct KeyShare
{
    /// 4 random bytes, the same for every share of one split; shown as "3F9A-0C2B" (KeyShareCode::setIdText).
    QByteArray setId;
    /// M: shares needed to recombine.
    int threshold = 0;
    /// N: shares made.
    int shareCount = 0;
    /// 1..N.
    int index = 0;
    /// f(index) for every byte of the secret.
    crypto::SecureBuffer value;
};

} // namespace iotca::model
