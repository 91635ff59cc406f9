#pragma once

// DER tag-and-length headers (X.690 8.1.2, 8.1.3), read and written without OpenSSL (so not private to crypto/: the
// tests split certificates with it too). The one DER length reader and writer of the project: a decoder that failed
// uses it to tell a file that was cut off (it declares more bytes than it has) from one that is damaged, and
// DeviceCertificateTemplate writes the lengths of the TBSCertificate it assembles with it.

#include <QByteArray>
#include <QByteArrayView>

namespace iotca::crypto {

/// The header of one DER element: its tag octet, the size of tag + length octets, and the content length.
struct DerHeader
{
    unsigned char tag = 0;
    qsizetype headerLength = 0;
    qint64 contentLength = 0;

    [[nodiscard]] qint64 totalLength() const { return headerLength + contentLength; }
};

/// The header at the start of `der` (one-octet tags only, definite form, at most four length octets), or a header
/// with headerLength 0 when there is none. The content may extend beyond `der`: compare
/// totalLength() with the bytes at hand.
[[nodiscard]] DerHeader readDerHeader(QByteArrayView der);

/// The total length (header included) that the outer DER SEQUENCE of `der` declares, or -1 when `der` does not start
/// with a SEQUENCE header in DER's definite form (X.690 8.1.3; at most four length octets).
[[nodiscard]] qint64 declaredDerSequenceLength(QByteArrayView der);

/// The number of octets of a header for `contentLength` (tag included): 2 below 128, then 3, 4, 5 or 6.
[[nodiscard]] qsizetype derHeaderLength(qint64 contentLength);
/// Appends `tag` and the minimal definite-form length (X.690 10.1) of `contentLength` to `out`.
void appendDerHeader(QByteArray& out, unsigned char tag, qint64 contentLength);

} // namespace iotca::crypto
