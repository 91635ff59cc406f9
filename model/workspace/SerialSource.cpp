#include "SerialSource.h"

#include <atomic>

namespace iotca::model {

namespace {

std::atomic<SerialSource::Draw> replacement {nullptr};

} // namespace

crypto::SerialNumber SerialSource::draw()
{
    if (const Draw draw = replacement.load(std::memory_order_acquire))
        return draw();
    return crypto::SerialNumber::random();
}

SerialSource::Draw SerialSource::replaceForTesting(Draw draw)
{
    return replacement.exchange(draw, std::memory_order_acq_rel);
}

} // namespace iotca::model
