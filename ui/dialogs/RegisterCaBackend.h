#pragma once

#include "crypto/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace iotca::ui {

/// One account the register wizard offers, with what its platform allows.
struct RegisterAccountOption
{
    qint64 id = 0;
    QString name;
    QString platformName; ///< "ApsaraMQ for MQTT", ...
    bool hasApi = true; ///< false: Alibaba Cloud IoT Platform, registered in its console only
    /// No API, or Work Offline: the wizard writes an upload bundle instead of registering.
    bool writesBundle = false;
    bool codeFromApi = true; ///< the registration code can be fetched now; false: typed in
    QString nameRule; ///< the platform's CA name rule in words, may be empty
};

/// What the wizard collected.
struct RegisterCaInput
{
    qint64 accountId = 0;
    QString remoteName; ///< the CA's name on the platform
    QString registrationCode; ///< empty: fetch it from the platform
    QString bundleFolder; ///< when the account writes a bundle: where it goes
};

/// What came out of a registration.
struct RegisterCaOutcome
{
    bool bundle = false; ///< an upload bundle was written instead of a registration
    QString remoteId; ///< the platform's id of the CA
    QString status; ///< translated registration status ("Activated")
    QString registrationCode; ///< the code the verification certificate was made for
    QString folder; ///< the bundle's folder
    QStringList files; ///< the bundle's files
    QByteArray verificationPem; ///< the verification certificate made for the code (shown, never a key)
};

/// Everything the register wizard needs done: it only shows and asks; RegisterCaCommand implements this with the
/// workspace, the keychain, CaRegistrationService and the bundle writer.
class RegisterCaBackend
{
public:
    using Progress = std::function<void(int done, int total, const QString& step)>;
    using Done = std::function<void(Result<RegisterCaOutcome>)>;

    RegisterCaBackend() = default;
    RegisterCaBackend(const RegisterCaBackend&) = delete;
    RegisterCaBackend& operator=(const RegisterCaBackend&) = delete;
    virtual ~RegisterCaBackend() = default;

    /// The platform's rules for this CA that need no request (key algorithm, name, serial, not yet registered):
    /// the first one broken, in words. Called as the user picks the account and types the name.
    [[nodiscard]] virtual Status checkRules(qint64 accountId, const QString& remoteName) const = 0;
    /// A name the account's platform accepts, derived from the CA's name.
    [[nodiscard]] virtual QString suggestedName(qint64 accountId) const = 0;
    /// Unlocks the CA key (asking for the passphrase when it is not remembered), then registers or writes the
    /// bundle. Reports progress, then `done` exactly once; a cancelled run reports an Error with code "Cancelled".
    virtual void start(const RegisterCaInput& input, Progress progress, Done done) = 0;
    /// Asks the running start() to stop; nothing is recorded after a cancel.
    virtual void cancel() = 0;
};

} // namespace iotca::ui
