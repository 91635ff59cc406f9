#include "FingerprintLineIndex.h"

namespace iotca::model {

namespace {

constexpr std::size_t initialCapacity = 1024;

/// Room for `count` values at a load of at most 4/5.
std::size_t capacityFor(std::size_t count)
{
    return count + count / 4 + 1;
}

} // namespace

FingerprintLineIndex::FingerprintLineIndex()
    : m_fingerprints(initialCapacity)
    , m_lines(initialCapacity)
{ }

std::size_t FingerprintLineIndex::slotOf(quint64 fingerprint) const noexcept
{
    // Maps the high 32 bits onto [0, capacity) without a division (Lemire's multiply-shift).
    return static_cast<std::size_t>(((fingerprint >> 32) * static_cast<quint64>(m_lines.size())) >> 32);
}

int FingerprintLineIndex::insert(quint64 fingerprint, int line)
{
    Q_ASSERT(line > 0);
    if (capacityFor(static_cast<std::size_t>(m_size) + 1) > m_lines.size())
        rehash(m_lines.size() + m_lines.size() / 2);
    const std::size_t capacity = m_lines.size();
    for (std::size_t slot = slotOf(fingerprint);;) {
        if (m_lines[slot] == 0) {
            m_fingerprints[slot] = fingerprint;
            m_lines[slot] = line;
            ++m_size;
            return 0;
        }
        if (m_fingerprints[slot] == fingerprint)
            return m_lines[slot];
        if (++slot == capacity)
            slot = 0;
    }
}

void FingerprintLineIndex::reserve(qsizetype count)
{
    const std::size_t wanted = capacityFor(static_cast<std::size_t>(std::max<qsizetype>(count, 0)));
    if (wanted > m_lines.size())
        rehash(wanted);
}

qsizetype FingerprintLineIndex::memoryUsage() const noexcept
{
    return static_cast<qsizetype>(m_fingerprints.capacity() * sizeof(quint64) + m_lines.capacity() * sizeof(int));
}

void FingerprintLineIndex::rehash(std::size_t capacity)
{
    Q_ASSERT(capacity < (std::size_t(1) << 32));
    std::vector<quint64> oldFingerprints(capacity);
    std::vector<int> oldLines(capacity);
    oldFingerprints.swap(m_fingerprints);
    oldLines.swap(m_lines);
    for (std::size_t i = 0; i < oldLines.size(); ++i) {
        if (oldLines[i] == 0)
            continue;
        std::size_t slot = slotOf(oldFingerprints[i]);
        while (m_lines[slot] != 0) {
            if (++slot == capacity)
                slot = 0;
        }
        m_fingerprints[slot] = oldFingerprints[i];
        m_lines[slot] = oldLines[i];
    }
}

} // namespace iotca::model
