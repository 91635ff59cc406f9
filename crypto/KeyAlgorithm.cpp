#include "KeyAlgorithm.h"

#include <QCoreApplication>

namespace iotca::crypto {

namespace {

struct KeyAlgorithmText
{
    Q_DECLARE_TR_FUNCTIONS(KeyAlgorithm)
};

} // namespace

QList<KeyAlgorithm> allKeyAlgorithms()
{
    return {KeyAlgorithm::EcP256, KeyAlgorithm::EcP384, KeyAlgorithm::Rsa2048, KeyAlgorithm::Rsa3072,
            KeyAlgorithm::Rsa4096};
}

QString keyAlgorithmName(KeyAlgorithm algorithm)
{
    switch (algorithm) {
    case KeyAlgorithm::Rsa2048:
        return QStringLiteral("rsa:2048");
    case KeyAlgorithm::Rsa3072:
        return QStringLiteral("rsa:3072");
    case KeyAlgorithm::Rsa4096:
        return QStringLiteral("rsa:4096");
    case KeyAlgorithm::EcP256:
        return QStringLiteral("ec:P-256");
    case KeyAlgorithm::EcP384:
        return QStringLiteral("ec:P-384");
    }
    return {};
}

std::optional<KeyAlgorithm> parseKeyAlgorithm(QStringView text)
{
    QString normalized = text.trimmed().toString().toLower();
    normalized.remove(QLatin1Char(':'));
    normalized.remove(QLatin1Char('-'));
    normalized.remove(QLatin1Char('_'));
    normalized.remove(QLatin1Char(' '));
    if (normalized.startsWith(QLatin1String("ecdsa")))
        normalized.replace(0, 5, QStringLiteral("ec"));
    static const struct
    {
        QLatin1String spelling;
        KeyAlgorithm algorithm;
    } spellings[] = {
        {QLatin1String("rsa2048"), KeyAlgorithm::Rsa2048},   {QLatin1String("rsa3072"), KeyAlgorithm::Rsa3072},
        {QLatin1String("rsa4096"), KeyAlgorithm::Rsa4096},   {QLatin1String("ecp256"), KeyAlgorithm::EcP256},
        {QLatin1String("p256"), KeyAlgorithm::EcP256},       {QLatin1String("ecprime256v1"), KeyAlgorithm::EcP256},
        {QLatin1String("prime256v1"), KeyAlgorithm::EcP256}, {QLatin1String("ecsecp256r1"), KeyAlgorithm::EcP256},
        {QLatin1String("secp256r1"), KeyAlgorithm::EcP256},  {QLatin1String("ecp384"), KeyAlgorithm::EcP384},
        {QLatin1String("p384"), KeyAlgorithm::EcP384},       {QLatin1String("ecsecp384r1"), KeyAlgorithm::EcP384},
        {QLatin1String("secp384r1"), KeyAlgorithm::EcP384},
    };
    for (const auto& entry : spellings) {
        if (normalized == entry.spelling)
            return entry.algorithm;
    }
    return std::nullopt;
}

QString keyAlgorithmDisplayName(KeyAlgorithm algorithm)
{
    if (isRsa(algorithm)) {
        //: %1 is a number of bits such as 2048
        return KeyAlgorithmText::tr("RSA %1-bit").arg(keyBits(algorithm));
    }
    //: %1 is a curve name such as P-256
    return KeyAlgorithmText::tr("ECDSA %1").arg(curveName(algorithm));
}

bool isRsa(KeyAlgorithm algorithm) noexcept
{
    return algorithm == KeyAlgorithm::Rsa2048 || algorithm == KeyAlgorithm::Rsa3072
        || algorithm == KeyAlgorithm::Rsa4096;
}

bool isEc(KeyAlgorithm algorithm) noexcept
{
    return !isRsa(algorithm);
}

int keyBits(KeyAlgorithm algorithm) noexcept
{
    switch (algorithm) {
    case KeyAlgorithm::Rsa2048:
        return 2048;
    case KeyAlgorithm::Rsa3072:
        return 3072;
    case KeyAlgorithm::Rsa4096:
        return 4096;
    case KeyAlgorithm::EcP256:
        return 256;
    case KeyAlgorithm::EcP384:
        return 384;
    }
    return 0;
}

QString curveName(KeyAlgorithm algorithm)
{
    switch (algorithm) {
    case KeyAlgorithm::EcP256:
        return QStringLiteral("P-256");
    case KeyAlgorithm::EcP384:
        return QStringLiteral("P-384");
    default:
        return {};
    }
}

DigestAlgorithm defaultSignatureDigest(KeyAlgorithm algorithm) noexcept
{
    return algorithm == KeyAlgorithm::EcP384 ? DigestAlgorithm::Sha384 : DigestAlgorithm::Sha256;
}

} // namespace iotca::crypto
