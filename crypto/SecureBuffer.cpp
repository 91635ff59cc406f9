#include "SecureBuffer.h"

#include <openssl/crypto.h>

#include <algorithm>
#include <utility>

namespace iotca::crypto {

SecureBuffer::SecureBuffer(qsizetype size)
{
    if (size > 0) {
        m_data = new char[static_cast<std::size_t>(size)]();
        m_size = size;
    }
}

SecureBuffer SecureBuffer::fromBytes(QByteArrayView bytes)
{
    SecureBuffer buffer(bytes.size());
    std::copy(bytes.begin(), bytes.end(), buffer.m_data);
    return buffer;
}

SecureBuffer SecureBuffer::fromString(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    SecureBuffer buffer = fromBytes(utf8);
    OPENSSL_cleanse(utf8.data(), static_cast<std::size_t>(utf8.size()));
    return buffer;
}

SecureBuffer::SecureBuffer(SecureBuffer&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{ }

SecureBuffer& SecureBuffer::operator=(SecureBuffer&& other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBuffer::~SecureBuffer()
{
    clear();
}

void SecureBuffer::truncate(qsizetype size) noexcept
{
    if (size < 0 || size >= m_size)
        return;
    OPENSSL_cleanse(m_data + size, static_cast<std::size_t>(m_size - size));
    m_size = size;
}

void SecureBuffer::clear() noexcept
{
    if (m_data) {
        OPENSSL_cleanse(m_data, static_cast<std::size_t>(m_size));
        delete[] m_data;
    }
    m_data = nullptr;
    m_size = 0;
}

bool SecureBuffer::operator==(const SecureBuffer& other) const noexcept
{
    return m_size == other.m_size && (m_size == 0 || CRYPTO_memcmp(m_data, other.m_data, m_size) == 0);
}

} // namespace iotca::crypto
