#pragma once

#include <QByteArrayView>
#include <QString>

#include <cstddef>

namespace iotca::crypto {

/// Bytes that must not outlive their use: passphrases and decrypted key material.
///
/// Move-only; the memory is wiped with OPENSSL_cleanse when the buffer is destroyed, cleared or moved from. There are
/// no implicit conversions and no QByteArray copies: callers borrow the bytes through view() or data() for exactly
/// as long as an OpenSSL call needs them.
class SecureBuffer
{
public:
    SecureBuffer() noexcept = default;
    explicit SecureBuffer(qsizetype size);
    /// Copies `bytes` into wiped-on-destruction memory. The caller stays responsible for wiping its own copy.
    static SecureBuffer fromBytes(QByteArrayView bytes);
    /// The passphrase as UTF-8. QString's own storage cannot be wiped reliably, so prefer fromBytes() where the
    /// passphrase never was a QString (a file, a terminal prompt).
    static SecureBuffer fromString(const QString& text);

    SecureBuffer(SecureBuffer&& other) noexcept;
    SecureBuffer& operator=(SecureBuffer&& other) noexcept;
    SecureBuffer(const SecureBuffer&) = delete;
    SecureBuffer& operator=(const SecureBuffer&) = delete;
    ~SecureBuffer();

    [[nodiscard]] qsizetype size() const noexcept { return m_size; }
    [[nodiscard]] bool isEmpty() const noexcept { return m_size == 0; }
    [[nodiscard]] char* data() noexcept { return m_data; }
    [[nodiscard]] const char* data() const noexcept { return m_data; }
    [[nodiscard]] QByteArrayView view() const noexcept { return {m_data, m_size}; }

    /// Shrinks the logical size (for example after a read filled only part of the buffer); the tail is wiped.
    void truncate(qsizetype size) noexcept;
    /// Wipes and frees the bytes.
    void clear() noexcept;

    [[nodiscard]] bool operator==(const SecureBuffer& other) const noexcept;

private:
    char* m_data = nullptr;
    qsizetype m_size = 0;
};

} // namespace iotca::crypto
