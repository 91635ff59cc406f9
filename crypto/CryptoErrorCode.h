#pragma once

#include <QLatin1String>

namespace iotca::crypto::ErrorCode {

// Stable values of iotca::Error::code for the failures of crypto/. Compare with `error.code == ErrorCode::X`.

// Reading keys, certificates and requests
inline constexpr QLatin1String Empty {"Empty"}; ///< no bytes at all
inline constexpr QLatin1String Truncated {"Truncated"}; ///< a PEM block or DER structure that ends early
inline constexpr QLatin1String Malformed {"Malformed"}; ///< not decodable as what was expected
inline constexpr QLatin1String WrongPassphrase {"WrongPassphrase"};
inline constexpr QLatin1String PassphraseRequired {"PassphraseRequired"};
inline constexpr QLatin1String NotAPrivateKey {"NotAPrivateKey"}; ///< a public key, certificate or CSR was given
inline constexpr QLatin1String NotACertificate {"NotACertificate"}; ///< a key or CSR was given
inline constexpr QLatin1String NotARequest {"NotARequest"}; ///< a key or certificate was given where a CSR is needed
inline constexpr QLatin1String UnsupportedAlgorithm {"UnsupportedAlgorithm"}; ///< Ed25519, P-521, DSA, ...
inline constexpr QLatin1String KeyTooWeak {"KeyTooWeak"}; ///< RSA below 2048 bits

// Names, serial numbers, inputs of the builders
inline constexpr QLatin1String InvalidName {"InvalidName"};
inline constexpr QLatin1String InvalidSerialNumber {"InvalidSerialNumber"};
inline constexpr QLatin1String InvalidValidity {"InvalidValidity"};
inline constexpr QLatin1String InvalidSubjectAltName {"InvalidSubjectAltName"};
inline constexpr QLatin1String InvalidArgument {"InvalidArgument"};

// Checks
inline constexpr QLatin1String KeyMismatch {"KeyMismatch"}; ///< the key does not belong to the certificate
inline constexpr QLatin1String NotACa {"NotACa"}; ///< a certificate used as a CA is not one
inline constexpr QLatin1String CaExpired {"CaExpired"}; ///< the issuing CA is no longer (or not yet) valid
inline constexpr QLatin1String BadSignature {"BadSignature"}; ///< a CSR or certificate signature does not verify
inline constexpr QLatin1String WrongIssuer {"WrongIssuer"}; ///< not issued by the given CA
inline constexpr QLatin1String WrongCommonName {"WrongCommonName"}; ///< verification certificate CN != code
inline constexpr QLatin1String CertificateExpired {"CertificateExpired"};
inline constexpr QLatin1String CertificateNotYetValid {"CertificateNotYetValid"};
inline constexpr QLatin1String ChainInvalid {"ChainInvalid"}; ///< X509_verify_cert failed for another reason

// Everything else OpenSSL reports (out of memory, provider failure): the detail has OpenSSL's reasons.
inline constexpr QLatin1String OpenSslFailure {"OpenSslFailure"};

} // namespace iotca::crypto::ErrorCode
