#pragma once

#include <QtGlobal>

#include <vector>

namespace iotca::model {

/// The file minizip writes an archive through (its ioapi, `zlib_filefunc64_def`), buffered in user space.
///
/// Why (issue 21, perf of `device issue --archive`): minizip's default I/O is stdio, and for every entry it seeks
/// back to the local header to write the CRC and sizes (zipCloseFileInZipRaw64) and asks for the position
/// (zipOpenNewFileInZip4_64): fseek/ftell flush stdio's buffer, so each entry cost two write() and two lseek() calls on
/// the job's commit thread, the one thread every device of an archive passes through. Here the position is a number,
/// a write lands in a buffer of `capacity` bytes, and a write back into the buffered range (the header patch, a few
/// hundred bytes back) is a memcpy: the file sees one pwrite() per `capacity` bytes.
///
/// Writing only (the archive is created, never read back through minizip): read() fails. The file descriptor is
/// owned: close() flushes and closes it.
class BufferedZipOutput
{
public:
    static constexpr qsizetype defaultCapacity = qsizetype(1) << 20;

    BufferedZipOutput(int fd, qsizetype capacity = defaultCapacity);
    ~BufferedZipOutput();
    BufferedZipOutput(const BufferedZipOutput&) = delete;
    BufferedZipOutput& operator=(const BufferedZipOutput&) = delete;

    /// Fills minizip's `zlib_filefunc64_def` (passed as void* so that this header needs no minizip) with callbacks on
    /// this object; pass the same object as zipOpen2_64's path argument (its open callback returns it).
    void fillFunctions(void* functions);

    /// Writes `size` bytes at the current position; false (and errno in error()) when the file refused them.
    bool write(const char* data, qsizetype size);
    void seek(quint64 position) noexcept { m_position = position; }
    [[nodiscard]] quint64 position() const noexcept { return m_position; }
    /// The end of everything written so far.
    [[nodiscard]] quint64 end() const noexcept;
    /// Writes the buffer to the file.
    bool flush();
    /// Flushes and closes the file; false when either failed.
    bool close();
    /// The errno of the first failure, 0 if none.
    [[nodiscard]] int error() const noexcept { return m_error; }

private:
    bool writeThrough(const char* data, qsizetype size, quint64 at);

    int m_fd = -1;
    std::vector<char> m_buffer;
    /// The file offset of m_buffer[0], and how many bytes of the buffer hold data.
    quint64 m_bufferStart = 0;
    qsizetype m_bufferLength = 0;
    quint64 m_position = 0;
    /// The end of what reached the file.
    quint64 m_fileEnd = 0;
    int m_error = 0;
};

} // namespace iotca::model
