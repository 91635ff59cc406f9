#pragma once

#include "Digest.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace iotca::crypto {

/// The key types we create for CAs and devices. Keys we read may be any RSA >= 2048 bits or EC P-256/P-384;
/// those that are none of these five report std::nullopt from PrivateKey::algorithm().
enum class KeyAlgorithm { Rsa2048, Rsa3072, Rsa4096, EcP256, EcP384 };

/// Every value, in the order a chooser lists them.
[[nodiscard]] QList<KeyAlgorithm> allKeyAlgorithms();

/// The command-line spelling: "rsa:2048", "rsa:3072", "rsa:4096", "ec:P-256", "ec:P-384".
[[nodiscard]] QString keyAlgorithmName(KeyAlgorithm algorithm);

/// Parses the CLI spelling, case-insensitively. Also accepts "rsa2048", "rsa-2048", "ec:prime256v1",
/// "ec:secp256r1", "ec:secp384r1", "p-256", "p256", "ecp256" and the like.
[[nodiscard]] std::optional<KeyAlgorithm> parseKeyAlgorithm(QStringView text);

/// Translated name for people: "RSA 2048-bit", "ECDSA P-256".
[[nodiscard]] QString keyAlgorithmDisplayName(KeyAlgorithm algorithm);

[[nodiscard]] bool isRsa(KeyAlgorithm algorithm) noexcept;
[[nodiscard]] bool isEc(KeyAlgorithm algorithm) noexcept;
/// RSA modulus bits, or the EC field size (256, 384).
[[nodiscard]] int keyBits(KeyAlgorithm algorithm) noexcept;
/// "P-256" / "P-384" (NIST names) for EC, empty for RSA.
[[nodiscard]] QString curveName(KeyAlgorithm algorithm);

/// The digest a CA with this key signs with by default: SHA-384 for P-384, SHA-256 otherwise.
[[nodiscard]] DigestAlgorithm defaultSignatureDigest(KeyAlgorithm algorithm) noexcept;

} // namespace iotca::crypto
