#include "PrivateKeyScan.h"

#include "OpenSslError.h"
#include "OpenSslHandles.h"

#include <QCoreApplication>
#include <QRegularExpression>

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
    // Any label ending in PRIVATE KEY, with or without a prefix; tolerant of spaces as hand-edited files have them.
    static const QRegularExpression pemLabel(QStringLiteral("-----BEGIN ([A-Z0-9 ]*PRIVATE KEY)-----"));
    const QString text = QString::fromLatin1(data.data(), data.size());
    if (const QRegularExpressionMatch match = pemLabel.match(text); match.hasMatch())
        //: %1 is a PEM label such as "EC PRIVATE KEY"
        return QCoreApplication::translate("PrivateKeyScan", "a PEM '%1' block").arg(match.captured(1));
    return describeDer(data);
}

} // namespace iotca::crypto
