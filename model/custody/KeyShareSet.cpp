#include "KeyShareSet.h"

#include "KeyShareCode.h"

#include "crypto/SecureRandom.h"
#include "crypto/ShamirSecretSharing.h"
#include "model/ModelErrorCode.h"

namespace iotca::model {

Result<crypto::SecureBuffer> KeyShareSet::newSecret()
{
    return crypto::SecureRandom::secretBytes(SecretLength);
}

crypto::SecureBuffer KeyShareSet::passphraseFor(const crypto::SecureBuffer& secret)
{
    static constexpr char digits[] = "0123456789abcdef";
    crypto::SecureBuffer passphrase(secret.size() * 2);
    for (qsizetype i = 0; i < secret.size(); ++i) {
        const auto byte = static_cast<quint8>(secret.data()[i]);
        passphrase.data()[2 * i] = digits[byte >> 4];
        passphrase.data()[2 * i + 1] = digits[byte & 0x0F];
    }
    return passphrase;
}

Result<std::vector<KeyShare>> KeyShareSet::split(const crypto::SecureBuffer& secret, int threshold, int shareCount)
{
    auto points = crypto::ShamirSecretSharing::split(secret, threshold, shareCount);
    if (!points)
        return points.error();
    auto setId = crypto::SecureRandom::publicBytes(4);
    if (!setId)
        return setId.error();
    std::vector<KeyShare> shares;
    shares.reserve(points->size());
    for (crypto::ShamirShare& point : *points)
        shares.push_back(KeyShare {*setId, threshold, shareCount, point.x, std::move(point.y)});
    return shares;
}

Result<crypto::SecureBuffer> KeyShareSet::combine(const std::vector<KeyShare>& shares)
{
    if (shares.empty())
        return Error {tr("No shares were given."), {}, QString(ErrorCode::TooFewShares)};
    const KeyShare& first = shares.front();
    std::vector<crypto::ShamirShare> points;
    for (const KeyShare& share : shares) {
        if (share.setId != first.setId)
            //: %1 and %2 are share set ids ("3F9A-0C2B"); %3 and %4 share numbers
            return Error {tr("The shares come from different sets: share %3 belongs to set %1, share %4 to set %2. "
                             "Use shares of one set only.")
                              .arg(KeyShareCode::setIdText(first.setId), KeyShareCode::setIdText(share.setId))
                              .arg(first.index)
                              .arg(share.index),
                          {},
                          QString(ErrorCode::ShareSetMismatch)};
        if (share.threshold != first.threshold || share.shareCount != first.shareCount)
            return Error {tr("The shares of set %1 disagree on how many shares there are.")
                              .arg(KeyShareCode::setIdText(first.setId)),
                          {},
                          QString(ErrorCode::ShareSetMismatch)};
        for (const crypto::ShamirShare& point : points) {
            if (point.x == share.index)
                //: %1 is a share number
                return Error {tr("Share %1 was given twice.").arg(share.index), {}, QString(ErrorCode::ShareDuplicate)};
        }
        points.push_back(crypto::ShamirShare {share.index, crypto::SecureBuffer::fromBytes(share.value.view())});
    }
    if (static_cast<int>(points.size()) < first.threshold)
        //: %n is the number of shares needed, %1 the number given, %2 the set id
        return Error {
            tr("%1 of the shares of set %2 were given, but %n are needed to restore the key.", nullptr, first.threshold)
                .arg(static_cast<int>(points.size()))
                .arg(KeyShareCode::setIdText(first.setId)),
            {},
            QString(ErrorCode::TooFewShares)};
    return crypto::ShamirSecretSharing::interpolate(points);
}

} // namespace iotca::model
