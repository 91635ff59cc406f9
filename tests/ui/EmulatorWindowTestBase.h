#pragma once

#include "MainWindowTestBase.h"
#include "UiEmulator.h"

namespace iotca::test {

/// MainWindowTestBase for the platform flows: an in-process iotca-emulator started once per test program, its state
/// forgotten before each test function, and a fresh window per function. The settings are named after the test
/// executable (QCoreApplication's default application name).
class EmulatorWindowTestBase : public MainWindowTestBase
{
    Q_OBJECT
protected:
    UiEmulator m_emulator;

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
};

} // namespace iotca::test
