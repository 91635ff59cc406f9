#pragma once

#include "crypto/Result.h"

#include <QTest>

#include <memory>
#include <optional>

namespace iotca::test {

/// Starts an asynchronous operation with a callback and runs the event loop until it reports, or `timeoutMs` passed.
/// The outcome lives in shared state, so a callback that arrives after a timeout writes nowhere dangerous.
template<class T, class Start>
Result<T> awaitResult(Start&& start, int timeoutMs = 20000)
{
    auto out = std::make_shared<std::optional<Result<T>>>();
    start([out](Result<T> result) { out->emplace(std::move(result)); });
    if (!QTest::qWaitFor([&] { return out->has_value(); }, timeoutMs))
        return Error {QStringLiteral("test: no answer within %1 ms").arg(timeoutMs)};
    return std::move(**out);
}

} // namespace iotca::test
