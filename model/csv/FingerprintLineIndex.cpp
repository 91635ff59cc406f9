#include "FingerprintLineIndex.h"

#include <algorithm>

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
    , m_valueOffsets(initialCapacity)
{ }

std::size_t FingerprintLineIndex::slotOf(quint64 fingerprint) const noexcept
{
    // Maps the high 32 bits onto [0, capacity) without a division (Lemire's multiply-shift).
    return static_cast<std::size_t>(((fingerprint >> 32) * static_cast<quint64>(m_lines.size())) >> 32);
}

QByteArrayView FingerprintLineIndex::storedValue(std::size_t slot) const noexcept
{
    const auto offset = static_cast<std::size_t>(m_valueOffsets[slot]);
    const auto length = static_cast<unsigned char>(m_values[offset]);
    return {m_values.data() + offset + 1, static_cast<qsizetype>(length)};
}

int FingerprintLineIndex::insert(quint64 fingerprint, QByteArrayView value, int line)
{
    Q_ASSERT(line > 0);
    const QByteArrayView kept = value.first(std::min(value.size(), maxStoredValueLength));
    if (capacityFor(static_cast<std::size_t>(m_size) + 1) > m_lines.size())
        rehash(m_lines.size() + m_lines.size() / 2);
    const std::size_t capacity = m_lines.size();
    for (std::size_t slot = slotOf(fingerprint);;) {
        if (m_lines[slot] == 0) {
            m_fingerprints[slot] = fingerprint;
            m_lines[slot] = line;
            m_valueOffsets[slot] = static_cast<quint64>(m_values.size());
            m_values.push_back(static_cast<char>(static_cast<unsigned char>(kept.size())));
            m_values.insert(m_values.end(), kept.begin(), kept.end());
            ++m_size;
            return 0;
        }
        // Equal fingerprints of different values are different values: probe on.
        if (m_fingerprints[slot] == fingerprint && storedValue(slot) == kept)
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
    return static_cast<qsizetype>(m_fingerprints.capacity() * sizeof(quint64) + m_lines.capacity() * sizeof(int)
                                  + m_valueOffsets.capacity() * sizeof(quint64) + m_values.capacity());
}

void FingerprintLineIndex::rehash(std::size_t capacity)
{
    Q_ASSERT(capacity < (std::size_t(1) << 32));
    std::vector<quint64> oldFingerprints(capacity);
    std::vector<int> oldLines(capacity);
    std::vector<quint64> oldOffsets(capacity);
    oldFingerprints.swap(m_fingerprints);
    oldLines.swap(m_lines);
    oldOffsets.swap(m_valueOffsets);
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
        m_valueOffsets[slot] = oldOffsets[i];
    }
}

} // namespace iotca::model
