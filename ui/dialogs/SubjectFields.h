#pragma once

#include <QString>

namespace iotca::ui {

/// The subject of a new CA certificate as the New CA dialog collects it; empty fields are left out of the name.
struct SubjectFields
{
    QString commonName;
    QString organization;
    QString organizationalUnit;
    QString locality;
    QString state;
    QString country; ///< two upper-case letters (ISO 3166) or empty

    /// RFC 4514 form, least significant first ("CN=Fleet Root,O=Example,C=CN"), with ',', '+', '"', '\\', '<',
    /// '>', ';' and leading '#'/spaces escaped, ready for crypto::DistinguishedName::parse().
    [[nodiscard]] QString toRfc4514() const;
};

} // namespace iotca::ui
