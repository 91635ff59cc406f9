#include "OpenSslError.h"

#include <QStringList>

#include <openssl/err.h>

#include <array>

namespace iotca::crypto {

Error openSslError(const QString& what, const QString& code)
{
    QStringList reasons;
    unsigned long packed = 0;
    while ((packed = ERR_get_error()) != 0) {
        std::array<char, 256> text {};
        ERR_error_string_n(packed, text.data(), text.size());
        const QString reason = QString::fromLatin1(text.data());
        if (!reasons.contains(reason))
            reasons << reason;
    }
    return Error {what, reasons.join(QStringLiteral("; ")), code};
}

void clearOpenSslErrors() noexcept
{
    ERR_clear_error();
}

} // namespace iotca::crypto
