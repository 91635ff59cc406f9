#pragma once

#include "crypto/Result.h"
#include "crypto/SecureBuffer.h"

#include <QObject>
#include <QString>

#include <functional>

namespace iotca::model {

/// Where remembered CA passphrases and platform credentials live: the OS keychain, never the database, a log or
/// QSettings. The workspace stores only the entry's key (for example "ca/3f2a…/passphrase").
///
/// The asynchronous calls suit the GUI thread; the blocking ones run a local event loop and are for the CLI, tests
/// and worker threads that own their own event dispatch — never the GUI thread (docs/architecture.md, "Background
/// work"): there a CA passphrase is read by ui::CaKeyUnlock and platform credentials by RegistrationJob, both
/// asynchronously.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using StatusCallback = std::function<void(Status)>;
    using ReadCallback = std::function<void(Result<crypto::SecureBuffer>)>;

    using QObject::QObject;

    virtual void write(const QString& key, QByteArrayView secret, StatusCallback done) = 0;
    /// Reports an Error with code "NotFound" when no entry has this key.
    virtual void read(const QString& key, ReadCallback done) = 0;
    /// Removing an entry that does not exist succeeds.
    virtual void remove(const QString& key, StatusCallback done) = 0;

    Status writeBlocking(const QString& key, QByteArrayView secret);
    Result<crypto::SecureBuffer> readBlocking(const QString& key);
    Status removeBlocking(const QString& key);
};

} // namespace iotca::model
