#include "OpenSslConversions.h"

#include "CryptoErrorCode.h"
#include "OpenSslBio.h"
#include "OpenSslError.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/objects.h>

#include <QDate>
#include <QTime>

#include <array>
#include <ctime>

namespace iotca::crypto {

QDateTime OpenSslConversions::toDateTime(const ASN1_TIME* time)
{
    std::tm tm {};
    if (!time || ASN1_TIME_to_tm(time, &tm) != 1) {
        clearOpenSslErrors();
        return {};
    }
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday), QTime(tm.tm_hour, tm.tm_min, tm.tm_sec),
                     Qt::UTC);
}

DistinguishedName OpenSslConversions::toDistinguishedName(const X509_NAME* name)
{
    DistinguishedName result;
    if (!name)
        return result;
    const int count = X509_NAME_entry_count(name);
    for (int i = 0; i < count; ++i) {
        const X509_NAME_ENTRY* entry = X509_NAME_get_entry(name, i);
        const ASN1_OBJECT* object = X509_NAME_ENTRY_get_object(entry);
        const int nid = OBJ_obj2nid(object);
        QString type;
        if (nid != NID_undef) {
            type = QString::fromLatin1(OBJ_nid2sn(nid));
        } else {
            std::array<char, 128> oid {};
            OBJ_obj2txt(oid.data(), static_cast<int>(oid.size()), object, 1);
            type = QString::fromLatin1(oid.data());
        }
        unsigned char* utf8 = nullptr;
        const int length = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(entry));
        QString value;
        if (length >= 0) {
            value = QString::fromUtf8(reinterpret_cast<const char*>(utf8), length);
            OPENSSL_free(utf8);
        } else {
            clearOpenSslErrors();
        }
        result.appendUnchecked(type, value);
    }
    return result;
}

Result<X509NamePtr> OpenSslConversions::toX509Name(const DistinguishedName& name)
{
    X509NamePtr result(X509_NAME_new());
    if (!result)
        return openSslError(tr("Could not allocate a name."), ErrorCode::OpenSslFailure);
    for (const NameAttribute& attribute : name.attributes()) {
        const QByteArray type = attribute.type.toLatin1();
        const QByteArray value = attribute.value.toUtf8();
        if (X509_NAME_add_entry_by_txt(result.get(), type.constData(), MBSTRING_UTF8,
                                       reinterpret_cast<const unsigned char*>(value.constData()),
                                       static_cast<int>(value.size()), -1, 0)
            != 1) {
            //: %1 is an attribute type such as CN, %2 its value
            return openSslError(tr("The name attribute %1=%2 cannot be encoded.").arg(attribute.type, attribute.value),
                                ErrorCode::InvalidName);
        }
    }
    return result;
}

SerialNumber OpenSslConversions::toSerialNumber(const ASN1_INTEGER* serial)
{
    if (!serial)
        return {};
    const QByteArrayView magnitude(ASN1_STRING_get0_data(serial), ASN1_STRING_length(serial));
    return SerialNumber::fromRaw(magnitude, ASN1_STRING_type(serial) == V_ASN1_NEG_INTEGER);
}

Asn1IntegerPtr OpenSslConversions::toAsn1Integer(const SerialNumber& serial)
{
    const QByteArray bytes = serial.toBytes();
    BignumPtr number(
        BN_bin2bn(reinterpret_cast<const unsigned char*>(bytes.constData()), static_cast<int>(bytes.size()), nullptr));
    if (!number)
        return {};
    if (serial.isNegative())
        BN_set_negative(number.get(), 1);
    return Asn1IntegerPtr(BN_to_ASN1_INTEGER(number.get(), nullptr));
}

KeyInfo OpenSslConversions::keyInfo(const EVP_PKEY* key)
{
    KeyInfo info;
    if (!key)
        return info;
    info.bits = EVP_PKEY_get_bits(key);
    const char* typeName = EVP_PKEY_get0_type_name(key);
    info.typeName = typeName ? QString::fromLatin1(typeName) : QString();
    if (EVP_PKEY_is_a(key, "RSA")) {
        info.rsa = true;
        switch (info.bits) {
        case 2048:
            info.algorithm = KeyAlgorithm::Rsa2048;
            break;
        case 3072:
            info.algorithm = KeyAlgorithm::Rsa3072;
            break;
        case 4096:
            info.algorithm = KeyAlgorithm::Rsa4096;
            break;
        default:
            break;
        }
        //: %1 is a number of bits such as 2048
        info.description = tr("RSA %1-bit").arg(info.bits);
    } else if (EVP_PKEY_is_a(key, "EC")) {
        info.ec = true;
        std::array<char, 80> group {};
        std::size_t length = 0;
        if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group.data(), group.size(), &length) != 1) {
            clearOpenSslErrors();
        }
        const QString groupName = QString::fromLatin1(group.data());
        if (groupName == QLatin1String("prime256v1") || groupName == QLatin1String("P-256")) {
            info.algorithm = KeyAlgorithm::EcP256;
            info.curve = QStringLiteral("P-256");
        } else if (groupName == QLatin1String("secp384r1") || groupName == QLatin1String("P-384")) {
            info.algorithm = KeyAlgorithm::EcP384;
            info.curve = QStringLiteral("P-384");
        } else {
            info.curve = groupName.isEmpty() ? tr("explicit parameters") : groupName;
        }
        //: %1 is a curve name such as P-256
        info.description = tr("ECDSA %1").arg(info.curve);
    } else {
        //: %1 is OpenSSL's key type name, such as ED25519
        info.description = tr("%1 key").arg(info.typeName.isEmpty() ? tr("unknown") : info.typeName);
    }
    return info;
}

Status OpenSslConversions::checkKeyAcceptable(const EVP_PKEY* key, const QString& what)
{
    const KeyInfo info = keyInfo(key);
    if (info.rsa) {
        if (info.bits < 2048) {
            //: %1 names the key's owner ("The key"), %2 a number of bits
            return Error {
                tr("%1 is an RSA key of only %2 bits; at least 2048 bits are required.").arg(what).arg(info.bits),
                {},
                ErrorCode::KeyTooWeak};
        }
        if (info.bits > 16384) {
            return Error {tr("%1 is an RSA key of %2 bits, more than the supported 16384.").arg(what).arg(info.bits),
                          {},
                          ErrorCode::UnsupportedAlgorithm};
        }
        return {};
    }
    if (info.ec) {
        if (info.algorithm)
            return {};
        //: %1 names the key's owner, %2 a curve name
        return Error {tr("%1 uses the elliptic curve %2; only P-256 and P-384 are supported.").arg(what, info.curve),
                      {},
                      ErrorCode::UnsupportedAlgorithm};
    }
    //: %1 names the key's owner, %2 a key type such as ED25519
    return Error {tr("%1 is a %2 key; only RSA (2048 bits or more) and ECDSA P-256 or P-384 keys are supported.")
                      .arg(what, info.typeName),
                  {},
                  ErrorCode::UnsupportedAlgorithm};
}

const EVP_MD* OpenSslConversions::evpDigest(DigestAlgorithm algorithm)
{
    switch (algorithm) {
    case DigestAlgorithm::Sha1:
        return EVP_sha1();
    case DigestAlgorithm::Sha256:
        return EVP_sha256();
    case DigestAlgorithm::Sha384:
        return EVP_sha384();
    case DigestAlgorithm::Sha512:
        return EVP_sha512();
    }
    return EVP_sha256();
}

DigestAlgorithm OpenSslConversions::defaultDigestFor(const EVP_PKEY* key)
{
    const KeyInfo info = keyInfo(key);
    return info.algorithm ? defaultSignatureDigest(*info.algorithm)
                          : (info.ec && info.bits > 256 ? DigestAlgorithm::Sha384 : DigestAlgorithm::Sha256);
}

Result<GeneralNamesPtr> OpenSslConversions::toGeneralNames(const QStringList& names)
{
    GeneralNamesPtr result(GENERAL_NAMES_new());
    if (!result)
        return openSslError(tr("Could not allocate the subject alternative names."), ErrorCode::OpenSslFailure);
    for (const QString& entry : names) {
        const qsizetype colon = entry.indexOf(QLatin1Char(':'));
        const QString type = colon > 0 ? entry.left(colon).trimmed() : QString();
        const QString value = colon > 0 ? entry.mid(colon + 1).trimmed() : QString();
        const auto invalid = [&entry](const QString& why) {
            //: %1 is an entry such as "DNS:example.com", %2 the reason
            return Error {tr("The subject alternative name \"%1\" is invalid: %2").arg(entry, why),
                          {},
                          ErrorCode::InvalidSubjectAltName};
        };
        if (type.isEmpty() || value.isEmpty())
            return invalid(tr("write it as DNS:name, IP:address, email:address or URI:uri."));

        GENERAL_NAME* name = GENERAL_NAME_new();
        if (!name)
            return openSslError(tr("Could not allocate a subject alternative name."), ErrorCode::OpenSslFailure);
        std::unique_ptr<GENERAL_NAME, OpenSslFree<&GENERAL_NAME_free>> owner(name);
        if (type.compare(QLatin1String("IP"), Qt::CaseInsensitive) == 0) {
            ASN1_OCTET_STRING* address = a2i_IPADDRESS(value.toLatin1().constData());
            if (!address) {
                clearOpenSslErrors();
                return invalid(tr("\"%1\" is not an IPv4 or IPv6 address.").arg(value));
            }
            GENERAL_NAME_set0_value(name, GEN_IPADD, address);
        } else {
            int kind = -1;
            if (type.compare(QLatin1String("DNS"), Qt::CaseInsensitive) == 0)
                kind = GEN_DNS;
            else if (type.compare(QLatin1String("email"), Qt::CaseInsensitive) == 0)
                kind = GEN_EMAIL;
            else if (type.compare(QLatin1String("URI"), Qt::CaseInsensitive) == 0)
                kind = GEN_URI;
            if (kind < 0)
                return invalid(tr("the type \"%1\" is not one of DNS, IP, email, URI.").arg(type));
            for (const QChar c : value) {
                if (c.unicode() > 0x7e || c.unicode() < 0x21)
                    return invalid(tr("only printable ASCII characters without spaces are allowed."));
            }
            ASN1_IA5STRING* text = ASN1_IA5STRING_new();
            const QByteArray ascii = value.toLatin1();
            if (!text || ASN1_STRING_set(text, ascii.constData(), static_cast<int>(ascii.size())) != 1) {
                ASN1_IA5STRING_free(text);
                return openSslError(tr("Could not allocate a subject alternative name."), ErrorCode::OpenSslFailure);
            }
            GENERAL_NAME_set0_value(name, kind, text);
        }
        if (sk_GENERAL_NAME_push(result.get(), owner.get()) <= 0)
            return openSslError(tr("Could not allocate a subject alternative name."), ErrorCode::OpenSslFailure);
        owner.release();
    }
    return result;
}

QStringList OpenSslConversions::fromGeneralNames(const GENERAL_NAMES* names)
{
    QStringList result;
    const int count = names ? sk_GENERAL_NAME_num(names) : 0;
    for (int i = 0; i < count; ++i) {
        const GENERAL_NAME* name = sk_GENERAL_NAME_value(names, i);
        int type = 0;
        void* value = GENERAL_NAME_get0_value(name, &type);
        const auto text = [](void* string) {
            const auto* asn1 = static_cast<const ASN1_STRING*>(string);
            return QString::fromLatin1(reinterpret_cast<const char*>(ASN1_STRING_get0_data(asn1)),
                                       ASN1_STRING_length(asn1));
        };
        switch (type) {
        case GEN_DNS:
            result << QStringLiteral("DNS:") + text(value);
            break;
        case GEN_EMAIL:
            result << QStringLiteral("email:") + text(value);
            break;
        case GEN_URI:
            result << QStringLiteral("URI:") + text(value);
            break;
        case GEN_IPADD: {
            const auto* octets = static_cast<const ASN1_OCTET_STRING*>(value);
            const unsigned char* bytes = ASN1_STRING_get0_data(octets);
            const int length = ASN1_STRING_length(octets);
            // The same spelling as `openssl x509 -text`: dotted IPv4, eight upper-case hex groups for IPv6.
            QStringList parts;
            if (length == 4) {
                for (int b = 0; b < 4; ++b)
                    parts << QString::number(bytes[b]);
                result << QStringLiteral("IP:") + parts.join(QLatin1Char('.'));
            } else if (length == 16) {
                for (int b = 0; b < 16; b += 2)
                    parts << QString::number((bytes[b] << 8) | bytes[b + 1], 16).toUpper();
                result << QStringLiteral("IP:") + parts.join(QLatin1Char(':'));
            } else {
                result << QStringLiteral("IP:<invalid>");
            }
            break;
        }
        default: {
            std::array<char, 256> buffer {};
            BioPtr bio(BIO_new(BIO_s_mem()));
            if (bio && GENERAL_NAME_print(bio.get(), const_cast<GENERAL_NAME*>(name)) > 0) {
                const int read = BIO_read(bio.get(), buffer.data(), static_cast<int>(buffer.size() - 1));
                result << QString::fromUtf8(buffer.data(), read > 0 ? read : 0);
            }
            break;
        }
        }
    }
    return result;
}

QByteArray OpenSslConversions::publicKeyDer(const EVP_PKEY* key)
{
    if (!key)
        return {};
    QByteArray der = derEncoding(key, i2d_PUBKEY);
    if (der.isEmpty())
        clearOpenSslErrors();
    return der;
}

} // namespace iotca::crypto
