#include "SecretStore.h"

#include <QEventLoop>

#include <optional>

namespace iotca::model {

namespace {

template<class T, class Start>
T waitFor(Start start)
{
    std::optional<T> outcome;
    QEventLoop loop;
    start([&](T result) {
        outcome.emplace(std::move(result));
        loop.quit();
    });
    if (!outcome)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return std::move(*outcome);
}

} // namespace

Status SecretStore::writeBlocking(const QString& key, QByteArrayView secret)
{
    return waitFor<Status>([&](StatusCallback done) { write(key, secret, std::move(done)); });
}

Result<crypto::SecureBuffer> SecretStore::readBlocking(const QString& key)
{
    return waitFor<Result<crypto::SecureBuffer>>([&](ReadCallback done) { read(key, std::move(done)); });
}

Status SecretStore::removeBlocking(const QString& key)
{
    return waitFor<Status>([&](StatusCallback done) { remove(key, std::move(done)); });
}

} // namespace iotca::model
