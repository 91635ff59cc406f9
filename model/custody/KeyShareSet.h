#pragma once

#include "KeyShare.h"

#include "crypto/Result.h"
#include "crypto/SecureBuffer.h"

#include <QCoreApplication>

#include <vector>

namespace iotca::model {

/// A key backup's passphrase split M-of-N (crypto::ShamirSecretSharing) under one random set id, and put together
/// again from shares typed back.
///
/// The secret is 32 random bytes; the passphrase the backup is encrypted under is their lower-case hexadecimal
/// (64 characters), so that the independent script and `openssl pkey -passin` need nothing but the shares.
class KeyShareSet
{
    Q_DECLARE_TR_FUNCTIONS(KeyShareSet)

public:
    static constexpr int SecretLength = 32;

    /// A fresh secret of SecretLength bytes from RAND_bytes.
    [[nodiscard]] static Result<crypto::SecureBuffer> newSecret();
    /// The passphrase a secret stands for: its lower-case hexadecimal.
    [[nodiscard]] static crypto::SecureBuffer passphraseFor(const crypto::SecureBuffer& secret);

    /// N shares with a new random set id, any M of which recombine `secret`.
    [[nodiscard]] static Result<std::vector<KeyShare>> split(const crypto::SecureBuffer& secret, int threshold,
                                                             int shareCount);
    /// The secret from shares of one set. Refused (model::ErrorCode) with ShareSetMismatch when the shares come from
    /// different sets (or disagree on M or N), ShareDuplicate when one share is given twice, TooFewShares when fewer
    /// than M shares were given (the message says how many are needed). More than M shares are fine.
    [[nodiscard]] static Result<crypto::SecureBuffer> combine(const std::vector<KeyShare>& shares);
};

} // namespace iotca::model
