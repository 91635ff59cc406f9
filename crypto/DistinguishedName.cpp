#include "DistinguishedName.h"

#include "CryptoErrorCode.h"

#include <QStringDecoder>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace iotca::crypto {

namespace {

struct KnownAttribute
{
    QLatin1String shortName;
    QLatin1String longName;
    QLatin1String oid;
    qsizetype maximumLength; // RFC 5280 Appendix A upper bounds, in characters
    bool printableOnly; // PrintableString in the X.520 definition
};

// The attributes an IoT CA subject uses; OpenSSL's short names.
constexpr KnownAttribute knownAttributes[] = {
    {QLatin1String("C"), QLatin1String("countryName"), QLatin1String("2.5.4.6"), 2, true},
    {QLatin1String("ST"), QLatin1String("stateOrProvinceName"), QLatin1String("2.5.4.8"), 128, false},
    {QLatin1String("L"), QLatin1String("localityName"), QLatin1String("2.5.4.7"), 128, false},
    {QLatin1String("street"), QLatin1String("streetAddress"), QLatin1String("2.5.4.9"), 128, false},
    {QLatin1String("postalCode"), QLatin1String("postalCode"), QLatin1String("2.5.4.17"), 40, false},
    {QLatin1String("O"), QLatin1String("organizationName"), QLatin1String("2.5.4.10"), 64, false},
    {QLatin1String("OU"), QLatin1String("organizationalUnitName"), QLatin1String("2.5.4.11"), 64, false},
    {QLatin1String("title"), QLatin1String("title"), QLatin1String("2.5.4.12"), 64, false},
    {QLatin1String("CN"), QLatin1String("commonName"), QLatin1String("2.5.4.3"), 64, false},
    {QLatin1String("SN"), QLatin1String("surname"), QLatin1String("2.5.4.4"), 64, false},
    {QLatin1String("GN"), QLatin1String("givenName"), QLatin1String("2.5.4.42"), 64, false},
    {QLatin1String("serialNumber"), QLatin1String("serialNumber"), QLatin1String("2.5.4.5"), 64, true},
    {QLatin1String("emailAddress"), QLatin1String("emailAddress"), QLatin1String("1.2.840.113549.1.9.1"), 255, false},
    {QLatin1String("DC"), QLatin1String("domainComponent"), QLatin1String("0.9.2342.19200300.100.1.25"), 63, false},
    {QLatin1String("UID"), QLatin1String("userId"), QLatin1String("0.9.2342.19200300.100.1.1"), 256, false},
};

const KnownAttribute* findAttribute(QStringView type)
{
    const QStringView trimmed = type.trimmed();
    for (const KnownAttribute& attribute : knownAttributes) {
        if (trimmed.compare(attribute.shortName, Qt::CaseInsensitive) == 0
            || trimmed.compare(attribute.longName, Qt::CaseInsensitive) == 0
            || trimmed.compare(attribute.oid, Qt::CaseInsensitive) == 0
            || (trimmed.startsWith(QLatin1String("oid."), Qt::CaseInsensitive)
                && trimmed.mid(4).compare(attribute.oid, Qt::CaseInsensitive) == 0)) {
            return &attribute;
        }
    }
    return nullptr;
}

bool isPrintableStringCharacter(QChar c)
{
    const char16_t u = c.unicode();
    if ((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9'))
        return true;
    return QStringView(u" '()+,-./:=?").contains(c);
}

struct RawAttribute
{
    QString type;
    QString value;
};

// Splits `text` at unescaped, unquoted separators; keeps escapes in the pieces.
QStringList splitUnescaped(QStringView text, QStringView separators)
{
    QStringList pieces;
    QString current;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            current += c;
            current += text[++i];
            continue;
        }
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        if (!quoted && separators.contains(c)) {
            pieces << current;
            current.clear();
            continue;
        }
        current += c;
    }
    pieces << current;
    return pieces;
}

} // namespace

Result<QString> DistinguishedName::validateAttribute(QStringView type, QStringView value)
{
    const KnownAttribute* attribute = findAttribute(type);
    if (!attribute) {
        //: %1 is an attribute type the user wrote, such as "XY"
        return Error {tr("The name attribute '%1' is unknown; use CN, O, OU, C, ST, L, serialNumber, emailAddress, "
                         "DC, UID or another standard attribute.")
                          .arg(type.trimmed().toString()),
                      {},
                      ErrorCode::InvalidName};
    }
    const QString name = attribute->shortName;
    if (value.isEmpty()) {
        //: %1 is an attribute type such as CN
        return Error {tr("The name attribute %1 has an empty value.").arg(name), {}, ErrorCode::InvalidName};
    }
    for (const QChar c : value) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            return Error {
                tr("The name attribute %1 contains a control character.").arg(name), {}, ErrorCode::InvalidName};
        }
    }
    if (attribute->shortName == QLatin1String("C")) {
        const bool twoLetters = value.size() == 2 && value[0].isLetter() && value[1].isLetter()
            && value[0].unicode() < 0x80 && value[1].unicode() < 0x80;
        if (!twoLetters) {
            //: %1 is the value the user wrote
            return Error {tr("The country (C) must be a two-letter ISO 3166 code such as CN or US, not '%1'.")
                              .arg(value.toString()),
                          {},
                          ErrorCode::InvalidName};
        }
        return name;
    }
    const qsizetype length = value.toString().toUcs4().size();
    if (length > attribute->maximumLength) {
        //: %1 is an attribute type, %2 the allowed length, %3 the actual length
        return Error {tr("The name attribute %1 may have at most %2 characters (RFC 5280); it has %3.")
                          .arg(name)
                          .arg(attribute->maximumLength)
                          .arg(length),
                      {},
                      ErrorCode::InvalidName};
    }
    if (attribute->printableOnly) {
        for (const QChar c : value) {
            if (!isPrintableStringCharacter(c)) {
                //: %1 is an attribute type, %2 the offending character
                return Error {tr("The name attribute %1 may only contain letters, digits, spaces and ' ( ) + , - . / : "
                                 "= ?; '%2' is not allowed.")
                                  .arg(name, QString(c)),
                              {},
                              ErrorCode::InvalidName};
            }
        }
    }
    return name;
}

namespace {

// Removes RFC 4514 / openssl escapes and surrounding quotes; `error` gets a reason on failure.
std::optional<QString> unescapeValue(QStringView raw, QString* error)
{
    QStringView value = raw;
    // Unescaped leading and trailing spaces are insignificant.
    while (!value.isEmpty() && value.front() == QLatin1Char(' '))
        value = value.mid(1);
    while (value.size() > 1 && value.back() == QLatin1Char(' ') && value[value.size() - 2] != QLatin1Char('\\'))
        value.chop(1);
    if (value.size() == 1 && value.back() == QLatin1Char(' '))
        value.chop(1);
    if (value.startsWith(QLatin1Char('#'))) {
        *error = DistinguishedName::tr("hexadecimal (#...) values are not supported");
        return std::nullopt;
    }
    if (value.size() >= 2 && value.front() == QLatin1Char('"') && value.back() == QLatin1Char('"'))
        value = value.mid(1, value.size() - 2);

    // Plain characters are copied as UTF-16; runs of \XX escapes are bytes of UTF-8 decoded together.
    QString decoded;
    QByteArray pending;
    bool invalidUtf8 = false;
    const auto flush = [&]() {
        if (pending.isEmpty())
            return;
        QStringDecoder decoder(QStringDecoder::Utf8);
        decoded += decoder(pending);
        invalidUtf8 = invalidUtf8 || decoder.hasError();
        pending.clear();
    };
    const auto hexValue = [](QChar h) -> int {
        const char16_t u = h.unicode();
        if (u >= u'0' && u <= u'9')
            return u - u'0';
        if (u >= u'a' && u <= u'f')
            return u - u'a' + 10;
        if (u >= u'A' && u <= u'F')
            return u - u'A' + 10;
        return -1;
    };
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value[i];
        if (c != QLatin1Char('\\')) {
            flush();
            decoded += c;
            continue;
        }
        if (i + 1 >= value.size()) {
            *error = DistinguishedName::tr("it ends with a lone backslash");
            return std::nullopt;
        }
        const QChar next = value[i + 1];
        if (i + 2 < value.size() && hexValue(next) >= 0 && hexValue(value[i + 2]) >= 0) {
            pending += static_cast<char>(hexValue(next) * 16 + hexValue(value[i + 2]));
            i += 2;
            continue;
        }
        flush();
        decoded += next;
        ++i;
    }
    flush();
    if (invalidUtf8) {
        *error = DistinguishedName::tr("its escaped bytes are not valid UTF-8");
        return std::nullopt;
    }
    return decoded;
}

} // namespace

Result<DistinguishedName> DistinguishedName::parse(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error {tr("The name is empty; give at least a Common Name (CN=...)."), {}, ErrorCode::InvalidName};

    const bool opensslStyle = trimmed.startsWith(QLatin1Char('/'));
    QStringList rdns = opensslStyle ? splitUnescaped(trimmed.mid(1), u"/") : splitUnescaped(trimmed, u",;");
    if (opensslStyle && !rdns.isEmpty() && rdns.last().trimmed().isEmpty())
        rdns.removeLast(); // "/C=CN/O=x/" has a harmless trailing slash

    QList<RawAttribute> parsed;
    for (const QString& rdn : std::as_const(rdns)) {
        const QStringList parts = splitUnescaped(rdn, u"+");
        for (const QString& part : parts) {
            qsizetype equals = -1;
            for (qsizetype i = 0; i < part.size(); ++i) {
                if (part[i] == QLatin1Char('\\')) {
                    ++i;
                    continue;
                }
                if (part[i] == QLatin1Char('=')) {
                    equals = i;
                    break;
                }
            }
            if (equals < 0) {
                //: %1 is a piece of the name the user wrote
                return Error {tr("The name part '%1' is not of the form TYPE=value.").arg(part.trimmed()),
                              {},
                              ErrorCode::InvalidName};
            }
            QString reason;
            const std::optional<QString> value = unescapeValue(QStringView(part).mid(equals + 1), &reason);
            const QString type = part.left(equals).trimmed();
            if (!value) {
                //: %1 is an attribute type such as CN, %2 the reason
                return Error {tr("The value of the name attribute %1 is invalid: %2.").arg(type, reason),
                              {},
                              ErrorCode::InvalidName};
            }
            parsed.append({type, *value});
        }
    }
    if (!opensslStyle)
        std::reverse(parsed.begin(), parsed.end()); // RFC 4514 lists the least significant attribute first

    DistinguishedName name;
    for (const RawAttribute& attribute : std::as_const(parsed)) {
        if (Status added = name.append(attribute.type, attribute.value); !added)
            return added.error();
    }
    return name;
}

Result<DistinguishedName> DistinguishedName::fromCommonName(const QString& commonName)
{
    DistinguishedName name;
    if (Status added = name.append(u"CN", commonName); !added)
        return added.error();
    return name;
}

Status DistinguishedName::append(QStringView type, const QString& value)
{
    Result<QString> canonical = validateAttribute(type, value);
    if (!canonical)
        return canonical.error();
    const bool isCountry = *canonical == QLatin1String("C");
    m_attributes.append({*canonical, isCountry ? value.toUpper() : value});
    return {};
}

void DistinguishedName::appendUnchecked(const QString& type, const QString& value)
{
    m_attributes.append({type, value});
}

QString DistinguishedName::value(QStringView type) const
{
    const QStringList all = values(type);
    return all.isEmpty() ? QString() : all.first();
}

QStringList DistinguishedName::values(QStringView type) const
{
    const KnownAttribute* known = findAttribute(type);
    QStringList result;
    for (const NameAttribute& attribute : m_attributes) {
        const bool same = known ? findAttribute(attribute.type) == known
                                : attribute.type.compare(type.trimmed(), Qt::CaseInsensitive) == 0;
        if (same)
            result << attribute.value;
    }
    return result;
}

QString DistinguishedName::commonName() const
{
    const QStringList all = values(u"CN");
    return all.isEmpty() ? QString() : all.last();
}

QString DistinguishedName::toString() const
{
    QStringList parts;
    for (auto it = m_attributes.crbegin(); it != m_attributes.crend(); ++it) {
        QString escaped;
        const QString& value = it->value;
        for (qsizetype i = 0; i < value.size(); ++i) {
            const QChar c = value[i];
            const bool special = QStringView(u",+\"\\<>;").contains(c);
            const bool edgeSpace = c == QLatin1Char(' ') && (i == 0 || i == value.size() - 1);
            const bool leadingHash = c == QLatin1Char('#') && i == 0;
            if (c.unicode() == 0) {
                escaped += QStringLiteral("\\00");
                continue;
            }
            if (special || edgeSpace || leadingHash)
                escaped += QLatin1Char('\\');
            escaped += c;
        }
        parts << it->type + QLatin1Char('=') + escaped;
    }
    return parts.join(QLatin1Char(','));
}

QString DistinguishedName::toOpenSslString() const
{
    QString result;
    for (const NameAttribute& attribute : m_attributes) {
        QString escaped;
        for (const QChar c : attribute.value) {
            if (c == QLatin1Char('/') || c == QLatin1Char('\\') || c == QLatin1Char('+'))
                escaped += QLatin1Char('\\');
            escaped += c;
        }
        result += QLatin1Char('/') + attribute.type + QLatin1Char('=') + escaped;
    }
    return result;
}

} // namespace iotca::crypto
