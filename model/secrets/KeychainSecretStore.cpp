#include "KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>

#include <utility>

namespace iotca::model {

namespace {

class KeychainText
{
    Q_DECLARE_TR_FUNCTIONS(KeychainSecretStore)
public:
    static Error fromJob(const QKeychain::Job& job, const QString& key)
    {
        switch (job.error()) {
        case QKeychain::EntryNotFound:
            //: %1 is the name of a keychain entry
            return Error {tr("The keychain has no entry '%1'.").arg(key), job.errorString(),
                          QStringLiteral("NotFound")};
        case QKeychain::AccessDenied:
        case QKeychain::AccessDeniedByUser:
            return Error {tr("Access to the keychain was denied."), job.errorString(), QStringLiteral("AccessDenied")};
        case QKeychain::NoBackendAvailable:
            return Error {tr("No keychain is available on this system (on Linux: a Secret Service such as "
                             "gnome-keyring or KWallet)."),
                          job.errorString(), QStringLiteral("NoBackend")};
        default:
            return Error {tr("The keychain reported an error for '%1'.").arg(key), job.errorString(),
                          QStringLiteral("KeychainError")};
        }
    }
};

template<class JobType>
JobType* makeJob(const QString& service, const QString& key)
{
    auto* job = new JobType(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, QObject* parent)
    : SecretStore(parent)
    , m_service(std::move(service))
{ }

QString KeychainSecretStore::defaultService()
{
    return QStringLiteral("IoT CA Desk");
}

void KeychainSecretStore::write(const QString& key, QByteArrayView secret, StatusCallback done)
{
    auto* job = makeJob<QKeychain::WritePasswordJob>(m_service, key);
    // QtKeychain keeps its own QByteArray until the job is deleted; that copy is beyond our reach to wipe, so we
    // make no second one.
    job->setBinaryData(secret.toByteArray());
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done), key](QKeychain::Job* finished) {
        if (finished->error() != QKeychain::NoError)
            done(KeychainText::fromJob(*finished, key));
        else
            done(Status {});
    });
    job->start();
}

void KeychainSecretStore::read(const QString& key, ReadCallback done)
{
    auto* job = makeJob<QKeychain::ReadPasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done), key](QKeychain::Job* finished) {
        if (finished->error() != QKeychain::NoError) {
            done(KeychainText::fromJob(*finished, key));
            return;
        }
        done(crypto::SecureBuffer::fromBytes(static_cast<QKeychain::ReadPasswordJob*>(finished)->binaryData()));
    });
    job->start();
}

void KeychainSecretStore::remove(const QString& key, StatusCallback done)
{
    auto* job = makeJob<QKeychain::DeletePasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done), key](QKeychain::Job* finished) {
        if (finished->error() != QKeychain::NoError && finished->error() != QKeychain::EntryNotFound)
            done(KeychainText::fromJob(*finished, key));
        else
            done(Status {});
    });
    job->start();
}

} // namespace iotca::model
