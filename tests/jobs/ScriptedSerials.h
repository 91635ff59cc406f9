#pragma once

#include "crypto/SerialNumber.h"
#include "model/workspace/SerialSource.h"

#include <QList>
#include <QString>

#include <atomic>

namespace iotca::test {

/// The test's serial source (model::SerialSource's seam): hands out `queue` first, in order, to every thread and
/// workspace handle of the process, then random serials. `queue` is written only while no job runs. For the tests
/// that make serial collisions happen (tst_jobs_serial_collisions, tst_jobs_ca_serial_collisions).
struct ScriptedSerials
{
    static inline QList<crypto::SerialNumber> queue;
    static inline std::atomic<int> next {0};

    static crypto::SerialNumber draw()
    {
        const int index = next.fetch_add(1);
        return index < queue.size() ? queue.at(index) : crypto::SerialNumber::random();
    }
};

/// Installs ScriptedSerials with `queue` for its lifetime.
class ScriptedSerialsScope
{
public:
    explicit ScriptedSerialsScope(QList<crypto::SerialNumber> queue)
    {
        ScriptedSerials::queue = std::move(queue);
        ScriptedSerials::next = 0;
        m_previous = model::SerialSource::replaceForTesting(&ScriptedSerials::draw);
    }
    ScriptedSerialsScope(const ScriptedSerialsScope&) = delete;
    ScriptedSerialsScope& operator=(const ScriptedSerialsScope&) = delete;
    ~ScriptedSerialsScope()
    {
        model::SerialSource::replaceForTesting(m_previous);
        ScriptedSerials::queue.clear();
    }
    /// How many serials were drawn.
    [[nodiscard]] static int drawn() { return ScriptedSerials::next.load(); }

private:
    model::SerialSource::Draw m_previous = nullptr;
};

inline crypto::SerialNumber serialOf(const QString& hex)
{
    return crypto::SerialNumber::fromHex(hex).valueOr(crypto::SerialNumber());
}

} // namespace iotca::test
