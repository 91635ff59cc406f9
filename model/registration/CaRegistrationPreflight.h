#pragma once

#include "crypto/Certificate.h"
#include "crypto/PrivateKey.h"
#include "crypto/Result.h"
#include "model/platform/PreflightChecker.h"
#include "model/platform/RemoteCertificate.h"
#include "model/workspace/CaRecord.h"
#include "model/workspace/CaRegistrationRecord.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace iotca::model {

/// The rules checked before a CA certificate is registered with a platform account, so that the user hears them from
/// us and nothing is sent that the platform would refuse. Errors have codes "Preflight.<Rule>".
class CaRegistrationPreflight
{
    Q_DECLARE_TR_FUNCTIONS(CaRegistrationPreflight)
public:
    /// AWS IoT Core: "You can register up to 10 CA certificates with the same CA subject field per account."
    static constexpr int awsCasPerSubject = 10;

    /// What needs no request: the platform registers CAs through its API; the CA is not already registered with
    /// this account (`existing`, unless Deleted); it is a valid CA certificate; `caKey` is its key, of an algorithm
    /// the platform accepts; `remoteName` follows the platform's name rule; `givenCode` looks like a registration
    /// code, or the platform hands one out through its API when it is empty. With `recordedVerification` (a
    /// verification certificate made offline, from a transfer bundle) no key is needed: that certificate must be
    /// the CA's for `givenCode` instead.
    [[nodiscard]] static Status checkLocal(const PreflightChecker& rules, const CaRecord& ca,
                                           const crypto::Certificate& certificate, const crypto::PrivateKey& caKey,
                                           const QString& remoteName, const QString& givenCode,
                                           const std::optional<CaRegistrationRecord>& existing,
                                           const QByteArray& recordedVerification = {});

    /// Against a fresh list of the account's CAs: the same certificate (serial, certificate id or content) is not
    /// there yet, the name is free where the platform identifies CAs by name, and the CA limit is not reached (for
    /// AWS, per subject; remote CAs whose subject the list does not give are matched with `workspaceCas`).
    [[nodiscard]] static Status checkRemote(const PreflightChecker& rules, const CaRecord& ca,
                                            const crypto::Certificate& certificate, const QString& remoteName,
                                            const QList<RemoteCaCertificate>& remoteCas,
                                            const QList<CaRecord>& workspaceCas);
};

} // namespace iotca::model
