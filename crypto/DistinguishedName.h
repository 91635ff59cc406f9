#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

namespace iotca::crypto {

/// One attribute of a name, with its short type name as OpenSSL and RFC 4514 spell it ("CN", "O", "OU", "C",
/// "ST", "L", "serialNumber", "emailAddress", "DC", "UID", ...).
struct NameAttribute
{
    QString type;
    QString value;

    [[nodiscard]] bool operator==(const NameAttribute&) const = default;
};

/// An X.500 distinguished name as an ordered list of attributes, kept in encoding order (most significant first:
/// C, O, ..., CN), which is the order `openssl x509 -subject -nameopt compat` prints ("/C=CN/O=x/CN=y").
/// toString() gives the RFC 4514 form, which lists the same attributes in reverse ("CN=y,O=x,C=CN").
/// Multi-valued RDNs ("CN=a+UID=b") read from certificates are flattened into separate attributes.
class DistinguishedName
{
    Q_DECLARE_TR_FUNCTIONS(DistinguishedName)

public:
    DistinguishedName() = default;

    /// Parses "CN=Fleet Root,O=Example\, Inc.,C=CN" (RFC 4514: escapes "\," "\+" "\\" "\"" "\XX", quoted values
    /// accepted; whitespace around separators ignored) or the openssl style "/C=CN/O=Example/CN=Fleet Root".
    /// Attribute types are matched case-insensitively and long names ("commonName", "organizationName") and
    /// dotted OIDs of known attributes are accepted. Every attribute is validated (see validateAttribute()).
    /// Error code: InvalidName, with a message naming the bad attribute.
    [[nodiscard]] static Result<DistinguishedName> parse(QStringView text);
    /// A name with only a Common Name (validated).
    [[nodiscard]] static Result<DistinguishedName> fromCommonName(const QString& commonName);

    /// Checks one attribute: known type, non-empty value, upper bounds from RFC 5280 (CN/O/OU 64, L/ST 128, ...),
    /// C exactly two letters, serialNumber/C printable. Returns the canonical short type on success.
    [[nodiscard]] static Result<QString> validateAttribute(QStringView type, QStringView value);

    /// Appends an attribute (validated); the new attribute becomes the least significant one.
    [[nodiscard]] Status append(QStringView type, const QString& value);
    /// crypto/ internal: appends without validation (names read from certificates are taken as they are).
    void appendUnchecked(const QString& type, const QString& value);

    [[nodiscard]] bool isEmpty() const noexcept { return m_attributes.isEmpty(); }
    /// Attributes in encoding order (most significant first).
    [[nodiscard]] const QList<NameAttribute>& attributes() const noexcept { return m_attributes; }
    /// The value of the first (most significant) attribute of that type; long names accepted; empty if none.
    [[nodiscard]] QString value(QStringView type) const;
    /// All values of that type, in encoding order (several OU are common).
    [[nodiscard]] QStringList values(QStringView type) const;
    /// The value of the least significant CN (the one a certificate is named by), empty if none.
    [[nodiscard]] QString commonName() const;

    /// RFC 4514: "CN=Fleet Root,O=Example\, Inc.,C=CN".
    [[nodiscard]] QString toString() const;
    /// openssl -subj style: "/C=CN/O=Example, Inc./CN=Fleet Root" ('/' and '\' escaped with '\').
    [[nodiscard]] QString toOpenSslString() const;

    [[nodiscard]] bool operator==(const DistinguishedName&) const = default;

private:
    QList<NameAttribute> m_attributes;
};

} // namespace iotca::crypto
