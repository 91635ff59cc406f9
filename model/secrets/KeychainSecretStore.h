#pragma once

#include "SecretStore.h"

namespace iotca::model {

/// SecretStore on the OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS, Credential
/// Manager on Windows). Never falls back to storing secrets in plain files.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
public:
    /// `service` groups the entries in the keychain; tests pass their own so they never touch the user's.
    explicit KeychainSecretStore(QString service = defaultService(), QObject* parent = nullptr);

    static QString defaultService();

    void write(const QString& key, QByteArrayView secret, StatusCallback done) override;
    void read(const QString& key, ReadCallback done) override;
    void remove(const QString& key, StatusCallback done) override;

private:
    QString m_service;
};

} // namespace iotca::model
