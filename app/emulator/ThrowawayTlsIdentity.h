#pragma once

#include "crypto/Result.h"

#include <QCoreApplication>
#include <QSslCertificate>
#include <QSslKey>

namespace iotca::app {

/// A short-lived TLS identity for the emulator: a throwaway root CA and a server certificate for 127.0.0.1 and
/// localhost signed by it (EC P-256, valid 2 days). Made with the `openssl` command line in a temporary folder that
/// is removed afterwards; nothing is kept on disk unless the caller writes the CA out for clients to trust.
struct ThrowawayTlsIdentity
{
    Q_DECLARE_TR_FUNCTIONS(ThrowawayTlsIdentity)
public:
    QSslCertificate caCertificate;
    QSslCertificate serverCertificate;
    QSslKey serverKey;

    [[nodiscard]] static Result<ThrowawayTlsIdentity> create();
};

} // namespace iotca::app
