// libFuzzer's entry: the environment variable IOTCA_FUZZ_TARGET names the target (scripts/fuzz sets it).
#include "FuzzEntries.h"

#include <QtGlobal>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

iotca::fuzz::FuzzEntry selectedEntry = nullptr;

// Qt's warnings about hostile input would flood the fuzzer's output; what breaks an invariant is critical and kept.
void quietMessages(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        std::fprintf(stderr, "%s\n", qPrintable(message));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    qInstallMessageHandler(&quietMessages);
    iotca::fuzz::ensureApplication();
    const char* wanted = std::getenv("IOTCA_FUZZ_TARGET");
    for (const iotca::fuzz::FuzzTarget& target : iotca::fuzz::fuzzTargets()) {
        if (wanted && std::strcmp(wanted, target.name) == 0)
            selectedEntry = target.entry;
    }
    if (!selectedEntry) {
        std::fprintf(stderr, "iotca-fuzz: set IOTCA_FUZZ_TARGET to one of:");
        for (const iotca::fuzz::FuzzTarget& target : iotca::fuzz::fuzzTargets())
            std::fprintf(stderr, " %s", target.name);
        std::fprintf(stderr, "\n");
        std::exit(2);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    selectedEntry(QByteArrayView(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)));
    return 0;
}
