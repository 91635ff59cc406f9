#pragma once

#include "Certificate.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace iotca::crypto {

/// Verifies a certificate up to trusted CA certificates with an X509_STORE, in X509_V_FLAG_X509_STRICT mode (the
/// same rules as `openssl verify -x509_strict`). A value type; verify() is const and thread-safe.
class ChainVerifier
{
    Q_DECLARE_TR_FUNCTIONS(ChainVerifier)

public:
    ChainVerifier() = default;
    /// Trust anchors (roots, or an intermediate to trust as an anchor with setPartialChain()).
    explicit ChainVerifier(const QList<Certificate>& trusted);

    void addTrusted(const Certificate& certificate);
    /// Untrusted intermediates that may be used to build the chain.
    void addIntermediate(const Certificate& certificate);
    /// Verify at this time instead of now.
    void setVerificationTime(const QDateTime& when);
    /// Accept a chain that ends at a trusted intermediate (X509_V_FLAG_PARTIAL_CHAIN).
    void setPartialChain(bool partial);

    /// Error codes: CertificateExpired, CertificateNotYetValid, WrongIssuer (no issuer found / signature fails),
    /// NotACa (an issuer is no CA), ChainInvalid (any other reason, with OpenSSL's reason in the message).
    [[nodiscard]] Status verify(const Certificate& certificate) const;

    /// One-shot convenience.
    [[nodiscard]] static Status verify(const Certificate& certificate, const QList<Certificate>& trusted,
                                       const QList<Certificate>& intermediates = {});

private:
    QList<Certificate> m_trusted;
    QList<Certificate> m_intermediates;
    QDateTime m_time;
    bool m_partialChain = false;
};

} // namespace iotca::crypto
