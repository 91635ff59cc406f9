#include "PrivateKeyScan.h"

#include "OpenSslError.h"
#include "OpenSslHandles.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace iotca::crypto {

namespace {

/// A probe that must consume the whole input, so that a certificate (also a SEQUENCE) is never taken for a key.
template<class T, class Free>
bool parsesWhole(QByteArrayView der, T* (*decode)(T**, const unsigned char**, long), Free free)
{
    const auto* start = reinterpret_cast<const unsigned char*>(der.data());
    const long length = static_cast<long>(std::min<qsizetype>(der.size(), std::numeric_limits<int>::max()));
    const unsigned char* p = start;
    T* decoded = decode(nullptr, &p, length);
    const bool whole = decoded && p == start + length;
    if (decoded)
        free(decoded);
    return whole;
}

QString describeDer(QByteArrayView der)
{
    if (der.isEmpty() || static_cast<unsigned char>(der.front()) != 0x30)
        return {};
    QString found;
    if (parsesWhole<X509_SIG>(der, &d2i_X509_SIG, &X509_SIG_free))
        found = QCoreApplication::translate("PrivateKeyScan", "a DER encrypted PKCS #8 private key");
    else if (parsesWhole<PKCS8_PRIV_KEY_INFO>(der, &d2i_PKCS8_PRIV_KEY_INFO, &PKCS8_PRIV_KEY_INFO_free))
        found = QCoreApplication::translate("PrivateKeyScan", "a DER PKCS #8 private key");
    else if (parsesWhole<PKCS12>(der, &d2i_PKCS12, &PKCS12_free))
        found = QCoreApplication::translate("PrivateKeyScan", "a DER PKCS #12 file");
    else if (parsesWhole<EVP_PKEY>(der, &d2i_AutoPrivateKey, &EVP_PKEY_free))
        found = QCoreApplication::translate("PrivateKeyScan", "a DER private key");
    clearOpenSslErrors(); // the failed probes are expected
    return found;
}

} // namespace

QString findPrivateKeyMaterial(QByteArrayView data)
{
    // Any "-----BEGIN <label>-----" whose label ends in PRIVATE KEY, with or without a prefix. Searched in the bytes
    // themselves: an association CSV may be large, and a copy as text would double it in memory.
    static constexpr QByteArrayView begin("-----BEGIN ");
    static constexpr QByteArrayView dashes("-----");
    static constexpr QByteArrayView privateKey("PRIVATE KEY");
    for (qsizetype at = data.indexOf(begin); at >= 0; at = data.indexOf(begin, at + 1)) {
        const qsizetype labelStart = at + begin.size();
        const qsizetype labelEnd = data.indexOf(dashes, labelStart);
        if (labelEnd < 0)
            break;
        const QByteArrayView label = data.sliced(labelStart, labelEnd - labelStart);
        const bool plain = label.size() <= 64 && std::all_of(label.begin(), label.end(), [](char c) {
                               return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ';
                           });
        if (plain && label.endsWith(privateKey))
            //: %1 is a PEM label such as "EC PRIVATE KEY"
            return QCoreApplication::translate("PrivateKeyScan", "a PEM '%1' block").arg(QString::fromLatin1(label));
    }
    return describeDer(data);
}

} // namespace iotca::crypto
