#include "CaImportChecks.h"

#include "crypto/CryptoErrorCode.h"

namespace iotca::model {

namespace {

/// RFC 5280 4.1.2.2: at most 20 octets of serialNumber content.
constexpr qsizetype maxSerialOctets = 20;

/// The DER content length of a non-negative INTEGER with this magnitude: a leading 0x00 when the top bit is set.
qsizetype derOctets(const crypto::SerialNumber& serial)
{
    const QByteArray magnitude = serial.toBytes();
    if (magnitude.isEmpty())
        return 1;
    return magnitude.size() + ((static_cast<unsigned char>(magnitude.front()) & 0x80U) != 0 ? 1 : 0);
}

} // namespace

Status CaImportChecks::check(const crypto::Certificate& certificate, const QString& source, const QDateTime& now)
{
    const QString when = QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'");
    if (certificate.notAfter().isValid() && now > certificate.notAfter())
        //: %1 is a file, %2 a date
        return Error {tr("The CA certificate in '%1' expired on %2; an expired CA cannot sign device certificates.")
                          .arg(source, certificate.notAfter().toUTC().toString(when)),
                      {},
                      QString(crypto::ErrorCode::CertificateExpired)};
    if (certificate.notBefore().isValid() && now < certificate.notBefore())
        return Error {tr("The CA certificate in '%1' is not valid before %2; import it from then on.")
                          .arg(source, certificate.notBefore().toUTC().toString(when)),
                      {},
                      QString(crypto::ErrorCode::CertificateNotYetValid)};
    const crypto::SerialNumber serial = certificate.serialNumber();
    if (serial.isZero())
        return Error {tr("The CA certificate in '%1' has the serial number 0; RFC 5280 (4.1.2.2) requires a positive "
                         "serial number.")
                          .arg(source),
                      {},
                      QString(crypto::ErrorCode::InvalidSerialNumber)};
    if (serial.isNegative())
        //: %2 is a serial number such as -05
        return Error {tr("The CA certificate in '%1' has the negative serial number %2; RFC 5280 (4.1.2.2) requires "
                         "a positive serial number.")
                          .arg(source, serial.toHex()),
                      {},
                      QString(crypto::ErrorCode::InvalidSerialNumber)};
    if (const qsizetype octets = derOctets(serial); octets > maxSerialOctets)
        //: %2 is a number of bytes
        return Error {tr("The CA certificate in '%1' has a serial number of %2 octets; RFC 5280 (4.1.2.2) allows at "
                         "most 20.")
                          .arg(source)
                          .arg(octets),
                      {},
                      QString(crypto::ErrorCode::InvalidSerialNumber)};
    return {};
}

} // namespace iotca::model
