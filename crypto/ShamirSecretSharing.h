#pragma once

#include "Result.h"
#include "SecureBuffer.h"

#include <QCoreApplication>

#include <vector>

namespace iotca::crypto {

/// One point of every byte's polynomial: the share's x (1..255) and, for each byte of the secret, f(x).
struct ShamirShare
{
    int x = 0;
    SecureBuffer y;
};

/// Shamir's secret sharing (Shamir, "How to Share a Secret", CACM 22(11), 1979) over GF(2^8), byte by byte.
///
/// The field is the AES one (FIPS 197 section 4): bytes are polynomials over GF(2), bit k the coefficient of x^k,
/// multiplied modulo x^8 + x^4 + x^3 + x + 1 (0x11B); addition is XOR. Naming the field exactly is what lets an
/// independent script (tests/ceremony/recombine_shares.py, docs/ceremony.md) recombine the shares without us.
///
/// For each byte s of the secret, split() draws a polynomial f(z) = s + a1 z + ... + a(M-1) z^(M-1) with the
/// coefficients from RAND_bytes, and share i (x = i, 1..N) carries f(i). Any M shares give f(0) = s by Lagrange
/// interpolation; M-1 shares say nothing about s (every value of s fits them equally well).
///
/// The arithmetic uses no tables and no data-dependent branches, so its timing does not depend on the secret.
class ShamirSecretSharing
{
    Q_DECLARE_TR_FUNCTIONS(ShamirSecretSharing)

public:
    static constexpr int MinimumThreshold = 2;
    static constexpr int MaximumShares = 16;

    /// N shares of which any `threshold` (M) recombine `secret`; 2 <= M <= N <= 16 and a non-empty secret, else
    /// InvalidArgument.
    [[nodiscard]] static Result<std::vector<ShamirShare>> split(const SecureBuffer& secret, int threshold,
                                                                int shareCount);
    /// f(0) through the given points, byte by byte: the secret when at least M shares of one split are given, an
    /// unrelated value otherwise (this function cannot tell; the share format carries M for that). InvalidArgument
    /// for no shares, an x outside 1..255, two shares with the same x, or values of different lengths.
    [[nodiscard]] static Result<SecureBuffer> interpolate(const std::vector<ShamirShare>& shares);

    /// The field's product (exposed for the tests, which check it against FIPS 197's worked examples).
    [[nodiscard]] static quint8 multiply(quint8 a, quint8 b) noexcept;
    /// The multiplicative inverse (a^254); 0 for 0.
    [[nodiscard]] static quint8 inverse(quint8 a) noexcept;
};

} // namespace iotca::crypto
