#include "EmulatorWindowTestBase.h"

#include <QCoreApplication>
#include <QTest>

namespace iotca::test {

void EmulatorWindowTestBase::initTestCase()
{
    const QString settings = useThrowawaySettings(QCoreApplication::applicationName());
    QVERIFY2(settings.isEmpty(), qPrintable(settings));
    const Status started = m_emulator.start();
    QVERIFY2(started, qPrintable(started ? QString() : started.error().fullText()));
}

void EmulatorWindowTestBase::init()
{
    m_emulator.reset();
    const QString opened = openWindow();
    QVERIFY2(opened.isEmpty(), qPrintable(opened));
}

void EmulatorWindowTestBase::cleanup()
{
    const QString closed = closeWindow();
    QVERIFY2(closed.isEmpty(), qPrintable(closed));
}

} // namespace iotca::test
