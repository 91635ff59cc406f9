#include "NameDer.h"

#include "DerHeader.h"

#include <QVarLengthArray>

#include <array>

namespace iotca::crypto {

namespace {

enum class StringType : unsigned char {
    Utf8 = 0x0c, // UTF8String
    Printable = 0x13, // PrintableString
};

struct DirectAttribute
{
    QLatin1String shortName;
    QByteArrayView oid; // DER, tag and length included
    StringType type;
    qsizetype minimumCharacters;
    qsizetype maximumCharacters; // OpenSSL's ASN1_STRING_TABLE bounds (the ub-* of RFC 5280 Appendix A)
};

// X.520 attribute types under id-at 2.5.4 (RFC 5280 Appendix A.1).
constexpr std::array<DirectAttribute, 7> directAttributes {{
    {QLatin1String("CN"), QByteArrayView("\x06\x03\x55\x04\x03", 5), StringType::Utf8, 1, 64},
    {QLatin1String("O"), QByteArrayView("\x06\x03\x55\x04\x0a", 5), StringType::Utf8, 1, 64},
    {QLatin1String("OU"), QByteArrayView("\x06\x03\x55\x04\x0b", 5), StringType::Utf8, 1, 64},
    {QLatin1String("L"), QByteArrayView("\x06\x03\x55\x04\x07", 5), StringType::Utf8, 1, 128},
    {QLatin1String("ST"), QByteArrayView("\x06\x03\x55\x04\x08", 5), StringType::Utf8, 1, 128},
    {QLatin1String("C"), QByteArrayView("\x06\x03\x55\x04\x06", 5), StringType::Printable, 2, 2},
    {QLatin1String("serialNumber"), QByteArrayView("\x06\x03\x55\x04\x05", 5), StringType::Printable, 1, 64},
}};

const DirectAttribute* findDirectAttribute(const QString& type)
{
    for (const DirectAttribute& attribute : directAttributes) {
        if (type == attribute.shortName)
            return &attribute;
    }
    return nullptr;
}

// PrintableString's alphabet (X.680 41.4).
bool isPrintable(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || QByteArrayView(" '()+,-./:=?").contains(c);
}

qsizetype utf8Characters(const QByteArray& utf8)
{
    qsizetype characters = 0;
    for (const char c : utf8)
        characters += (static_cast<unsigned char>(c) & 0xc0) != 0x80 ? 1 : 0;
    return characters;
}

} // namespace

QByteArray directNameDer(const DistinguishedName& name)
{
    struct Encoded
    {
        const DirectAttribute* attribute;
        QByteArray value;
        qsizetype atvLength; // AttributeTypeAndValue content
        qsizetype rdnLength; // SET content
    };
    const QList<NameAttribute>& attributes = name.attributes();
    QVarLengthArray<Encoded, 8> encoded;
    qsizetype nameLength = 0;
    for (const NameAttribute& attribute : attributes) {
        const DirectAttribute* direct = findDirectAttribute(attribute.type);
        if (!direct)
            return {};
        QByteArray value = attribute.value.toUtf8();
        const qsizetype characters = utf8Characters(value);
        if (characters < direct->minimumCharacters || characters > direct->maximumCharacters)
            return {};
        if (direct->type == StringType::Printable) {
            for (const char c : value) {
                if (!isPrintable(c))
                    return {};
            }
        }
        const qsizetype atvLength = direct->oid.size() + derHeaderLength(value.size()) + value.size();
        const qsizetype rdnLength = derHeaderLength(atvLength) + atvLength;
        nameLength += derHeaderLength(rdnLength) + rdnLength;
        encoded.append({direct, std::move(value), atvLength, rdnLength});
    }
    QByteArray der;
    der.reserve(derHeaderLength(nameLength) + nameLength);
    appendDerHeader(der, 0x30, nameLength);
    for (const Encoded& entry : encoded) {
        appendDerHeader(der, 0x31, entry.rdnLength); // RelativeDistinguishedName ::= SET OF AttributeTypeAndValue
        appendDerHeader(der, 0x30, entry.atvLength); // AttributeTypeAndValue ::= SEQUENCE { type, value }
        der.append(entry.attribute->oid);
        appendDerHeader(der, static_cast<unsigned char>(entry.attribute->type), entry.value.size());
        der.append(entry.value);
    }
    return der;
}

} // namespace iotca::crypto
