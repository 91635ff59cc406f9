#pragma once

// Private to crypto/: the DER of a device's subject Name written directly, for the attributes device names use. Per
// device, OpenSSL's X509_NAME_add_entry_by_txt() looks each type up by text and i2d_X509_NAME() also builds the
// name's canonical form for comparisons; this writes only the bytes (the same bytes: TestDeviceCertificateTemplate).

#include "DistinguishedName.h"

#include <QByteArray>

namespace iotca::crypto {

/// Name ::= SEQUENCE OF RelativeDistinguishedName, one single-valued RDN per attribute in order (RFC 5280 4.1.2.4,
/// 4.1.2.6), with the string types OpenSSL chooses for UTF-8 input (its ASN1_STRING_TABLE, a_strnid.c): C and
/// serialNumber PrintableString, the others UTF8String (RFC 5280 4.1.2.4 "MUST use ... UTF8String"). Empty when the
/// name has an attribute this does not cover (only CN, O, OU, L, ST, C, serialNumber, within OpenSSL's length
/// bounds): the caller then encodes it with OpenSSL, which also gives the error for what it refuses.
[[nodiscard]] QByteArray directNameDer(const DistinguishedName& name);

} // namespace iotca::crypto
