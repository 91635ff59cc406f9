#pragma once

#include <QtGlobal>

#include <vector>

namespace iotca::model {

/// A file written front to back through a user-space buffer: one pwrite() per `capacity` bytes.
///
/// Why (issue 21, perf of `device issue --archive`): the archive's commit thread adds two small entries a device;
/// written one by one, each would cost its own system calls on the one thread every device of an archive passes
/// through. StoredZipWriter writes the archive and its spilled central directory through two of these.
///
/// Writes start at the file's offset given to the constructor (an archive may follow other data: ZIP readers take
/// the offsets the central directory names). The file descriptor is owned: syncAndClose() flushes, syncs and closes
/// it; discard() or the destructor close it and drop what is buffered.
class BufferedFileOutput
{
public:
    static constexpr qsizetype defaultCapacity = qsizetype(1) << 20;

    BufferedFileOutput(int fd, quint64 startOffset, qsizetype capacity = defaultCapacity);
    ~BufferedFileOutput();
    BufferedFileOutput(const BufferedFileOutput&) = delete;
    BufferedFileOutput& operator=(const BufferedFileOutput&) = delete;

    /// Appends `size` bytes; false (and errno in error()) when the file refused them.
    bool write(const char* data, qsizetype size);
    /// The file offset the next byte goes to.
    [[nodiscard]] quint64 position() const noexcept { return m_bufferStart + quint64(m_bufferLength); }
    /// Writes the buffer to the file.
    bool flush();
    /// Flushes, fsync()s and closes the file; false when any of them failed.
    bool syncAndClose();
    /// Closes the file without flushing what is buffered (the output is abandoned).
    void discard() noexcept;
    /// The file descriptor (to read back what was flushed), -1 once closed.
    [[nodiscard]] int fd() const noexcept { return m_fd; }
    /// The errno of the first failure, 0 if none.
    [[nodiscard]] int error() const noexcept { return m_error; }

private:
    bool writeThrough(const char* data, qsizetype size, quint64 at);
    void fail(int error) noexcept;

    int m_fd = -1;
    std::vector<char> m_buffer;
    /// The file offset of m_buffer[0], and how many bytes of the buffer hold data.
    quint64 m_bufferStart = 0;
    qsizetype m_bufferLength = 0;
    int m_error = 0;
};

} // namespace iotca::model
