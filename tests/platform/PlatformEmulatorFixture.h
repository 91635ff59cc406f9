#pragma once

#include "app/emulator/EmulatorServer.h"
#include "app/emulator/ThrowawayTlsIdentity.h"
#include "model/platform/PlatformConnector.h"
#include "tests/support/AwaitResult.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace iotca::test {

/// An in-process emulator with its own throwaway TLS identity, and the file clients trust it with.
struct EmulatorFixture
{
    std::unique_ptr<app::EmulatorServer> server;
    QString caBundlePath;
    QString otherCaBundlePath;
};

} // namespace iotca::test
