#include "BufferedZipOutput.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <limits>
#include <unistd.h>
#include <zip.h>

namespace iotca::model {

namespace {

BufferedZipOutput* output(voidpf opaque)
{
    return static_cast<BufferedZipOutput*>(opaque);
}

// minizip's ioapi (ioapi.h, zlib_filefunc64_def): the stream is the output itself.
voidpf ZCALLBACK openOutput(voidpf opaque, const void* /*filename*/, int /*mode*/)
{
    return opaque;
}

uLong ZCALLBACK readOutput(voidpf /*opaque*/, voidpf /*stream*/, void* /*buffer*/, uLong /*size*/)
{
    return 0; // written only
}

uLong ZCALLBACK writeOutput(voidpf opaque, voidpf /*stream*/, const void* buffer, uLong size)
{
    if (size > uLong(std::numeric_limits<qsizetype>::max()))
        return 0;
    return output(opaque)->write(static_cast<const char*>(buffer), qsizetype(size)) ? size : 0;
}

ZPOS64_T ZCALLBACK tellOutput(voidpf opaque, voidpf /*stream*/)
{
    return output(opaque)->position();
}

long ZCALLBACK seekOutput(voidpf opaque, voidpf /*stream*/, ZPOS64_T offset, int origin)
{
    BufferedZipOutput* file = output(opaque);
    quint64 base = 0;
    switch (origin) {
    case ZLIB_FILEFUNC_SEEK_SET:
        break;
    case ZLIB_FILEFUNC_SEEK_CUR:
        base = file->position();
        break;
    case ZLIB_FILEFUNC_SEEK_END:
        base = file->end();
        break;
    default:
        return -1;
    }
    if (offset > std::numeric_limits<quint64>::max() - base)
        return -1;
    file->seek(base + offset);
    return 0;
}

int ZCALLBACK closeOutput(voidpf opaque, voidpf /*stream*/)
{
    return output(opaque)->close() ? 0 : -1;
}

int ZCALLBACK errorOutput(voidpf opaque, voidpf /*stream*/)
{
    return output(opaque)->error();
}

} // namespace

BufferedZipOutput::BufferedZipOutput(int fd, qsizetype capacity)
    : m_fd(fd)
    , m_buffer(std::size_t(std::max<qsizetype>(1, capacity)))
{ }

BufferedZipOutput::~BufferedZipOutput()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

void BufferedZipOutput::fillFunctions(void* functions)
{
    auto* table = static_cast<zlib_filefunc64_def*>(functions);
    table->zopen64_file = openOutput;
    table->zread_file = readOutput;
    table->zwrite_file = writeOutput;
    table->ztell64_file = tellOutput;
    table->zseek64_file = seekOutput;
    table->zclose_file = closeOutput;
    table->zerror_file = errorOutput;
    table->opaque = this;
}

quint64 BufferedZipOutput::end() const noexcept
{
    return std::max(m_fileEnd, m_bufferStart + quint64(m_bufferLength));
}

bool BufferedZipOutput::write(const char* data, qsizetype size)
{
    if (m_fd < 0 || size < 0) {
        m_error = m_error != 0 ? m_error : EBADF;
        return false;
    }
    const auto capacity = qsizetype(m_buffer.size());
    // Into the buffer when the write starts inside (or right at the end of) the buffered range and fits: appending,
    // and the seek back to a local header that is still buffered.
    if (m_bufferLength > 0 && m_position >= m_bufferStart && m_position <= m_bufferStart + quint64(m_bufferLength)
        && qsizetype(m_position - m_bufferStart) <= capacity - size) {
        const auto at = qsizetype(m_position - m_bufferStart);
        std::memcpy(m_buffer.data() + at, data, std::size_t(size));
        m_bufferLength = std::max(m_bufferLength, at + size);
        m_position += quint64(size);
        return true;
    }
    if (!flush())
        return false;
    if (size >= capacity) {
        if (!writeThrough(data, size, m_position))
            return false;
        m_position += quint64(size);
        return true;
    }
    m_bufferStart = m_position;
    std::memcpy(m_buffer.data(), data, std::size_t(size));
    m_bufferLength = size;
    m_position += quint64(size);
    return true;
}

bool BufferedZipOutput::flush()
{
    if (m_bufferLength == 0)
        return true;
    const bool written = writeThrough(m_buffer.data(), m_bufferLength, m_bufferStart);
    m_bufferLength = 0;
    return written;
}

bool BufferedZipOutput::writeThrough(const char* data, qsizetype size, quint64 at)
{
    if (at > quint64(std::numeric_limits<off_t>::max()) - quint64(size)) {
        m_error = m_error != 0 ? m_error : EFBIG;
        return false;
    }
    for (qsizetype done = 0; done < size;) {
        const ssize_t written = ::pwrite(m_fd, data + done, std::size_t(size - done), off_t(at + quint64(done)));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0) {
            m_error = m_error != 0 ? m_error : (written < 0 ? errno : EIO);
            return false;
        }
        done += qsizetype(written);
    }
    m_fileEnd = std::max(m_fileEnd, at + quint64(size));
    return true;
}

bool BufferedZipOutput::close()
{
    if (m_fd < 0)
        return m_error == 0;
    const bool flushed = flush();
    const bool closed = ::close(m_fd) == 0;
    if (!closed && m_error == 0)
        m_error = errno;
    m_fd = -1;
    return flushed && closed && m_error == 0;
}

} // namespace iotca::model
