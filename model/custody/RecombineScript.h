#pragma once

#include <QByteArray>

namespace iotca::model {

/// tests/ceremony/recombine_shares.py, embedded at build time (model/custody/CMakeLists.txt): the independent
/// recombiner a shared key backup carries with it, byte for byte the script the tests run.
[[nodiscard]] QByteArray recombineScript();

} // namespace iotca::model
