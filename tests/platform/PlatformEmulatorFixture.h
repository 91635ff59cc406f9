#pragma once

#include "app/emulator/EmulatorServer.h"
#include "app/emulator/ThrowawayTlsIdentity.h"
#include "model/platform/PlatformConnector.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace iotca::test {

/// Waits (event loop running) for a connector operation and returns its result.
template<class T, class Start>
Result<T> awaitResult(Start&& start, int timeoutMs = 20000)
{
    std::optional<Result<T>> out;
    start([&out](Result<T> result) { out.emplace(std::move(result)); });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, timeoutMs))
        return Error {QStringLiteral("test: no answer within %1 ms").arg(timeoutMs)};
    return std::move(*out);
}

/// An in-process emulator with its own throwaway TLS identity, and the file clients trust it with.
struct EmulatorFixture
{
    std::unique_ptr<app::EmulatorServer> server;
    QString caBundlePath;
    QString otherCaBundlePath;
};

} // namespace iotca::test
