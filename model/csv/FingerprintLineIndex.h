#pragma once

#include <QByteArrayView>
#include <QtGlobal>

#include <vector>

namespace iotca::model {

/// Remembers on which line each value was first seen: what the CSV validator needs to find duplicates among a
/// million rows in little memory. A 64-bit fingerprint places a value in an open-addressing table (linear probing,
/// load at most 4/5, any capacity so that a reserved table fits); the values themselves are kept, length-prefixed,
/// in one byte arena, and a matching fingerprint counts as a duplicate only when the values are equal. A table
/// keyed on the fingerprint alone called `AB` and `AB00` the same (issue 16 item 7).
///
/// Memory: 20 bytes per slot plus the values' bytes and one length byte each (a few tens of MB for a million rows,
/// instead of the 100 MB a QHash<QString, int> would take).
class FingerprintLineIndex
{
public:
    FingerprintLineIndex();

    /// Records `line` (> 0) for `value` and returns 0, or returns the line recorded first for an equal value.
    /// `value` is at most 255 bytes (a longer one is compared on its first 255 bytes and its fingerprint).
    int insert(quint64 fingerprint, QByteArrayView value, int line);
    /// Makes room for `count` values without growing.
    void reserve(qsizetype count);

    [[nodiscard]] qsizetype size() const noexcept { return m_size; }
    /// Bytes held by the table and the stored values.
    [[nodiscard]] qsizetype memoryUsage() const noexcept;

    static constexpr qsizetype maxStoredValueLength = 255;

private:
    void rehash(std::size_t capacity);
    [[nodiscard]] std::size_t slotOf(quint64 fingerprint) const noexcept;
    [[nodiscard]] QByteArrayView storedValue(std::size_t slot) const noexcept;

    std::vector<quint64> m_fingerprints;
    std::vector<int> m_lines; // 0 marks an empty slot
    std::vector<quint64> m_valueOffsets; // into m_values: one length byte, then the bytes
    std::vector<char> m_values;
    qsizetype m_size = 0;
};

} // namespace iotca::model
