#pragma once

#include <QTest>

/// Runs a checking helper (one that reports with QVERIFY/QCOMPARE) and stops the calling test function when it
/// failed, as QVERIFY would.
#define CHECK_STEP(call)                                                                                               \
    do {                                                                                                               \
        call;                                                                                                          \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)
