#include "ShamirSecretSharing.h"

#include "CryptoErrorCode.h"
#include "SecureRandom.h"

namespace iotca::crypto {

quint8 ShamirSecretSharing::multiply(quint8 a, quint8 b) noexcept
{
    // Russian-peasant multiplication with masks instead of branches: eight rounds whatever the operands.
    unsigned product = 0;
    unsigned left = a;
    unsigned right = b;
    for (int bit = 0; bit < 8; ++bit) {
        product ^= left & (0u - (right & 1u));
        const unsigned carry = 0u - ((left >> 7) & 1u);
        left = ((left << 1) ^ (0x11Bu & carry)) & 0xFFu;
        right >>= 1;
    }
    return static_cast<quint8>(product);
}

quint8 ShamirSecretSharing::inverse(quint8 a) noexcept
{
    // a^254 = a^-1 in GF(2^8) (the multiplicative group has order 255); square-and-multiply over 254 = 0b11111110.
    quint8 result = 1;
    quint8 power = a;
    for (int bit = 0; bit < 8; ++bit) {
        if ((254 >> bit) & 1)
            result = multiply(result, power);
        power = multiply(power, power);
    }
    return result;
}

Result<std::vector<ShamirShare>> ShamirSecretSharing::split(const SecureBuffer& secret, int threshold, int shareCount)
{
    if (secret.isEmpty())
        return Error {tr("There is no secret to split."), {}, ErrorCode::InvalidArgument};
    if (threshold < MinimumThreshold || shareCount < threshold || shareCount > MaximumShares)
        //: %1 is the number of shares needed, %2 the number of shares, %3 the largest number of shares
        return Error {
            tr("Cannot split a secret into %2 shares of which %1 are needed: use 2 <= needed <= shares <= %3.")
                .arg(threshold)
                .arg(shareCount)
                .arg(MaximumShares),
            {},
            ErrorCode::InvalidArgument};
    // coefficients[(byte * (M - 1)) + k] is a(k+1) of that byte's polynomial.
    auto coefficients = SecureRandom::secretBytes(secret.size() * (threshold - 1));
    if (!coefficients)
        return coefficients.error();
    std::vector<ShamirShare> shares;
    shares.reserve(static_cast<std::size_t>(shareCount));
    for (int x = 1; x <= shareCount; ++x) {
        ShamirShare share {x, SecureBuffer(secret.size())};
        for (qsizetype byte = 0; byte < secret.size(); ++byte) {
            // Horner: ((a(M-1) x + a(M-2)) x + ... + a1) x + s.
            const char* own = coefficients->data() + byte * (threshold - 1);
            quint8 value = 0;
            for (int k = threshold - 2; k >= 0; --k)
                value = multiply(value, static_cast<quint8>(x)) ^ static_cast<quint8>(own[k]);
            value = multiply(value, static_cast<quint8>(x)) ^ static_cast<quint8>(secret.data()[byte]);
            share.y.data()[byte] = static_cast<char>(value);
        }
        shares.push_back(std::move(share));
    }
    return shares;
}

Result<SecureBuffer> ShamirSecretSharing::interpolate(const std::vector<ShamirShare>& shares)
{
    if (shares.empty())
        return Error {tr("There are no shares to recombine."), {}, ErrorCode::InvalidArgument};
    const qsizetype length = shares.front().y.size();
    for (std::size_t i = 0; i < shares.size(); ++i) {
        if (shares[i].x < 1 || shares[i].x > 255 || shares[i].y.size() != length || length == 0)
            return Error {tr("The shares do not fit together."), {}, ErrorCode::InvalidArgument};
        for (std::size_t j = 0; j < i; ++j) {
            if (shares[j].x == shares[i].x)
                //: %1 is a share number
                return Error {tr("Share %1 was given twice.").arg(shares[i].x), {}, ErrorCode::InvalidArgument};
        }
    }
    // Lagrange at 0: f(0) = sum_j y_j * prod_(m != j) x_m / (x_m - x_j); in GF(2^8) subtraction is XOR.
    SecureBuffer secret(length);
    for (std::size_t j = 0; j < shares.size(); ++j) {
        quint8 numerator = 1;
        quint8 denominator = 1;
        const auto xj = static_cast<quint8>(shares[j].x);
        for (std::size_t m = 0; m < shares.size(); ++m) {
            if (m == j)
                continue;
            const auto xm = static_cast<quint8>(shares[m].x);
            numerator = multiply(numerator, xm);
            denominator = multiply(denominator, static_cast<quint8>(xm ^ xj));
        }
        const quint8 basis = multiply(numerator, inverse(denominator));
        for (qsizetype byte = 0; byte < length; ++byte) {
            const auto y = static_cast<quint8>(shares[j].y.data()[byte]);
            secret.data()[byte] = static_cast<char>(static_cast<quint8>(secret.data()[byte]) ^ multiply(y, basis));
        }
    }
    return secret;
}

} // namespace iotca::crypto
