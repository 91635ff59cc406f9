#include "BufferedFileOutput.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <limits>
#include <unistd.h>

namespace iotca::model {

BufferedFileOutput::BufferedFileOutput(int fd, quint64 startOffset, qsizetype capacity)
    : m_fd(fd)
    , m_buffer(std::size_t(std::max<qsizetype>(1, capacity)))
    , m_bufferStart(startOffset)
{ }

BufferedFileOutput::~BufferedFileOutput()
{
    discard();
}

void BufferedFileOutput::fail(int error) noexcept
{
    if (m_error == 0)
        m_error = error != 0 ? error : EIO;
}

bool BufferedFileOutput::write(const char* data, qsizetype size)
{
    if (m_fd < 0 || size < 0 || m_error != 0) {
        fail(EBADF);
        return false;
    }
    const auto capacity = qsizetype(m_buffer.size());
    if (size > capacity - m_bufferLength && !flush())
        return false;
    if (size >= capacity) {
        if (!writeThrough(data, size, m_bufferStart))
            return false;
        m_bufferStart += quint64(size);
        return true;
    }
    std::memcpy(m_buffer.data() + m_bufferLength, data, std::size_t(size));
    m_bufferLength += size;
    return true;
}

bool BufferedFileOutput::flush()
{
    if (m_bufferLength == 0)
        return m_error == 0;
    const bool written = writeThrough(m_buffer.data(), m_bufferLength, m_bufferStart);
    if (written) {
        m_bufferStart += quint64(m_bufferLength);
        m_bufferLength = 0;
    }
    return written;
}

bool BufferedFileOutput::writeThrough(const char* data, qsizetype size, quint64 at)
{
    if (at > quint64(std::numeric_limits<off_t>::max()) - quint64(size)) {
        fail(EFBIG);
        return false;
    }
    for (qsizetype done = 0; done < size;) {
        const ssize_t written = ::pwrite(m_fd, data + done, std::size_t(size - done), off_t(at + quint64(done)));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0) {
            fail(written < 0 ? errno : EIO);
            return false;
        }
        done += qsizetype(written);
    }
    return true;
}

bool BufferedFileOutput::syncAndClose()
{
    if (m_fd < 0)
        return false;
    bool done = flush();
    if (done && ::fsync(m_fd) != 0) {
        fail(errno);
        done = false;
    }
    if (::close(m_fd) != 0 && done) {
        fail(errno);
        done = false;
    }
    m_fd = -1;
    return done;
}

void BufferedFileOutput::discard() noexcept
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    m_bufferLength = 0;
}

} // namespace iotca::model
