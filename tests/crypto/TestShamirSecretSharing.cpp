#include "crypto/CryptoErrorCode.h"
#include "crypto/SecureRandom.h"
#include "crypto/ShamirSecretSharing.h"

#include <QTest>

#include <vector>

using iotca::crypto::SecureBuffer;
using iotca::crypto::ShamirSecretSharing;
using iotca::crypto::ShamirShare;

namespace {

/// Every subset of `size` indices out of 0..n-1, in lexicographic order.
std::vector<std::vector<int>> subsets(int n, int size)
{
    std::vector<std::vector<int>> all;
    std::vector<int> current;
    const auto extend = [&](const auto& self, int next) -> void {
        if (static_cast<int>(current.size()) == size) {
            all.push_back(current);
            return;
        }
        for (int i = next; i < n; ++i) {
            current.push_back(i);
            self(self, i + 1);
            current.pop_back();
        }
    };
    extend(extend, 0);
    return all;
}

std::vector<ShamirShare> pick(const std::vector<ShamirShare>& shares, const std::vector<int>& indices)
{
    std::vector<ShamirShare> picked;
    for (const int i : indices)
        picked.push_back(
            ShamirShare {shares[std::size_t(i)].x, SecureBuffer::fromBytes(shares[std::size_t(i)].y.view())});
    return picked;
}

} // namespace

/// Shamir's scheme over GF(2^8) with the AES polynomial: the field against FIPS 197's worked examples, and the
/// threshold property for every M-subset of every split with 2 <= M <= N <= 6.
class TestShamirSecretSharing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldMatchesFips197()
    {
        // FIPS 197 section 4.2: {57} x {83} = {c1}; section 4.2.1: {57} x {13} = {fe}, {57} x {02} = {ae}.
        QCOMPARE(ShamirSecretSharing::multiply(0x57, 0x83), quint8(0xC1));
        QCOMPARE(ShamirSecretSharing::multiply(0x57, 0x13), quint8(0xFE));
        QCOMPARE(ShamirSecretSharing::multiply(0x57, 0x02), quint8(0xAE));
        // Every non-zero element has its inverse; 0 has none (0 by convention); multiplication commutes.
        for (int a = 1; a < 256; ++a) {
            QCOMPARE(ShamirSecretSharing::multiply(quint8(a), ShamirSecretSharing::inverse(quint8(a))), quint8(1));
            for (int b = 0; b < 256; b += 17)
                QCOMPARE(ShamirSecretSharing::multiply(quint8(a), quint8(b)),
                         ShamirSecretSharing::multiply(quint8(b), quint8(a)));
        }
        QCOMPARE(ShamirSecretSharing::inverse(0), quint8(0));
    }

    void everyThresholdSubsetRecombinesAndFewerDoNot()
    {
        for (int n = 2; n <= 6; ++n) {
            for (int m = 2; m <= n; ++m) {
                auto secret = iotca::crypto::SecureRandom::secretBytes(32);
                QVERIFY(secret.ok());
                auto shares = ShamirSecretSharing::split(*secret, m, n);
                QVERIFY2(shares.ok(), qPrintable(shares.ok() ? QString() : shares.error().message));
                QCOMPARE(int(shares->size()), n);
                for (const auto& subset : subsets(n, m)) {
                    auto combined = ShamirSecretSharing::interpolate(pick(*shares, subset));
                    QVERIFY(combined.ok());
                    QVERIFY2(*combined == *secret, qPrintable(QStringLiteral("M=%1 N=%2").arg(m).arg(n)));
                }
                // More than M shares give the secret too.
                auto all = ShamirSecretSharing::interpolate(pick(*shares, subsets(n, n).front()));
                QVERIFY(all.ok() && *all == *secret);
                // M-1 shares interpolate a polynomial of lower degree: not the secret (the chance that 32 random
                // bytes all agree is 2^-256).
                for (const auto& subset : subsets(n, m - 1)) {
                    auto combined = ShamirSecretSharing::interpolate(pick(*shares, subset));
                    QVERIFY(combined.ok());
                    QVERIFY2(!(*combined == *secret), qPrintable(QStringLiteral("M-1 of M=%1 N=%2").arg(m).arg(n)));
                }
            }
        }
    }

    void oneShareRevealsNothingAboutABytesValue()
    {
        // For M = 2 a single share's byte is s + a1*x with a1 uniform: every value of the share byte occurs for a
        // fixed secret. Over 4096 splits of the same one-byte secret, share 1's byte takes (nearly) all 256 values.
        const SecureBuffer secret = SecureBuffer::fromBytes("\x2A");
        QSet<int> seen;
        for (int i = 0; i < 4096; ++i) {
            auto shares = ShamirSecretSharing::split(secret, 2, 2);
            QVERIFY(shares.ok());
            seen.insert(static_cast<quint8>(shares->front().y.data()[0]));
        }
        QVERIFY2(seen.size() > 240, qPrintable(QString::number(seen.size())));
    }

    void refusesWhatTheSchemeCannotDo()
    {
        const SecureBuffer secret = SecureBuffer::fromBytes("secret");
        QCOMPARE(ShamirSecretSharing::split(secret, 1, 3).error().code, iotca::crypto::ErrorCode::InvalidArgument);
        QCOMPARE(ShamirSecretSharing::split(secret, 4, 3).error().code, iotca::crypto::ErrorCode::InvalidArgument);
        QCOMPARE(ShamirSecretSharing::split(secret, 2, 17).error().code, iotca::crypto::ErrorCode::InvalidArgument);
        QVERIFY(ShamirSecretSharing::split(secret, 16, 16).ok());
        QCOMPARE(ShamirSecretSharing::split(SecureBuffer(), 2, 3).error().code,
                 iotca::crypto::ErrorCode::InvalidArgument);
        auto shares = ShamirSecretSharing::split(secret, 2, 3);
        QVERIFY(shares.ok());
        std::vector<ShamirShare> twice = pick(*shares, {0, 0});
        QCOMPARE(ShamirSecretSharing::interpolate(twice).error().code, iotca::crypto::ErrorCode::InvalidArgument);
        QVERIFY(!ShamirSecretSharing::interpolate({}).ok());
    }
};

QTEST_GUILESS_MAIN(TestShamirSecretSharing)
#include "TestShamirSecretSharing.moc"
