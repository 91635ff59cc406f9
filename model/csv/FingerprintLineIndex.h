#pragma once

#include <QtGlobal>

#include <vector>

namespace iotca::model {

/// Remembers on which line each value was first seen, by a 64-bit fingerprint of the value, in 12 bytes per slot:
/// what the CSV validator needs to find duplicates among a million rows in little memory (about 16 MB for a million
/// values when reserved, instead of the 100 MB a QHash<QString, int> would take). Open addressing with linear
/// probing at a load of at most 4/5; any capacity, not just powers of two, so that a reserved table fits.
///
/// Two different values share a fingerprint with probability about n^2 / 2^65 (3e-8 for a million values, 3e-12
/// for ten thousand); the duplicate diagnostic names both lines, so such a false report can be seen for what it is.
class FingerprintLineIndex
{
public:
    FingerprintLineIndex();

    /// Records `line` (> 0) for `fingerprint` and returns 0, or returns the line recorded first for it.
    int insert(quint64 fingerprint, int line);
    /// Makes room for `count` values without growing.
    void reserve(qsizetype count);

    [[nodiscard]] qsizetype size() const noexcept { return m_size; }
    /// Bytes held by the table.
    [[nodiscard]] qsizetype memoryUsage() const noexcept;

private:
    void rehash(std::size_t capacity);
    [[nodiscard]] std::size_t slotOf(quint64 fingerprint) const noexcept;

    std::vector<quint64> m_fingerprints;
    std::vector<int> m_lines; // 0 marks an empty slot
    qsizetype m_size = 0;
};

} // namespace iotca::model
