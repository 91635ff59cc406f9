#include "PemReader.h"

#include "CryptoErrorCode.h"

#include <openssl/crypto.h>

namespace iotca::crypto {

namespace {

constexpr QByteArrayView beginMarker("-----BEGIN ");
constexpr QByteArrayView endMarker("-----END ");
constexpr QByteArrayView dashes("-----");

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), static_cast<std::size_t>(bytes.size()));
    bytes.clear();
}

bool isBlank(QByteArrayView data)
{
    for (const char c : data) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\0')
            return false;
    }
    return true;
}

// The label of "-----BEGIN X-----" / "-----END X-----" lines, or nullopt when the line is not such a line.
bool markerLabel(QByteArrayView line, QByteArrayView marker, QByteArray* label)
{
    if (!line.startsWith(marker) || !line.endsWith(dashes) || line.size() < marker.size() + dashes.size())
        return false;
    *label = line.sliced(marker.size(), line.size() - marker.size() - dashes.size()).toByteArray();
    return true;
}

} // namespace

bool PemBlock::isEncryptedLegacy() const
{
    return header("Proc-Type").contains("ENCRYPTED");
}

QByteArray PemBlock::header(QByteArrayView name) const
{
    for (const QByteArray& line : headers) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && QByteArrayView(line).first(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

bool PemReader::looksLikePem(QByteArrayView data)
{
    return data.indexOf(beginMarker) >= 0;
}

Result<std::vector<PemBlock>> PemReader::read(QByteArrayView data, const QString& what)
{
    if (isBlank(data)) {
        //: %1 is what was expected, e.g. "the private key"
        return Error {tr("The file for %1 is empty.").arg(what), {}, ErrorCode::Empty};
    }
    if (!looksLikePem(data)) {
        return Error {tr("The file for %1 is not in PEM format: it has no \"-----BEGIN\" line.").arg(what),
                      {},
                      ErrorCode::Malformed};
    }

    std::vector<PemBlock> blocks;
    qsizetype position = 0;
    int lineNumber = 0;
    bool inBlock = false;
    bool inHeaders = false;
    int beginLine = 0;
    QByteArray label;
    QByteArray base64;
    QList<QByteArray> headers;

    while (position < data.size()) {
        qsizetype end = data.indexOf('\n', position);
        if (end < 0)
            end = data.size();
        QByteArrayView line = data.sliced(position, end - position).trimmed();
        position = end + 1;
        ++lineNumber;

        QByteArray markerText;
        if (!inBlock) {
            if (markerLabel(line, beginMarker, &markerText)) {
                inBlock = true;
                inHeaders = true;
                beginLine = lineNumber;
                label = markerText;
                headers.clear();
                wipe(base64);
            }
            continue; // text outside blocks (openssl's "Bag Attributes", comments) is ignored
        }
        if (markerLabel(line, endMarker, &markerText)) {
            if (markerText != label) {
                wipe(base64);
                //: %1 and %2 are PEM labels such as "CERTIFICATE", %3 a line number
                return Error {tr("The PEM block \"%1\" ends with \"%2\" on line %3.")
                                  .arg(QString::fromLatin1(label), QString::fromLatin1(markerText))
                                  .arg(lineNumber),
                              {},
                              ErrorCode::Malformed};
            }
            QByteArray decoded;
            if (!base64.isEmpty()) {
                auto result = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
                if (!result) {
                    wipe(base64);
                    return Error {tr("The PEM block \"%1\" starting on line %2 is damaged: its base64 text does "
                                     "not decode.")
                                      .arg(QString::fromLatin1(label))
                                      .arg(beginLine),
                                  {},
                                  ErrorCode::Malformed};
                }
                decoded = std::move(result.decoded);
            }
            wipe(base64);
            if (decoded.isEmpty()) {
                return Error {tr("The PEM block \"%1\" starting on line %2 is empty.")
                                  .arg(QString::fromLatin1(label))
                                  .arg(beginLine),
                              {},
                              ErrorCode::Truncated};
            }
            PemBlock block;
            block.label = label;
            block.headers = headers;
            block.der = SecureBuffer::fromBytes(decoded);
            wipe(decoded);
            blocks.push_back(std::move(block));
            inBlock = false;
            continue;
        }
        if (markerLabel(line, beginMarker, &markerText)) {
            wipe(base64);
            return Error {tr("The PEM block \"%1\" starting on line %2 is cut off: it has no \"-----END\" line "
                             "before the next block begins.")
                              .arg(QString::fromLatin1(label))
                              .arg(beginLine),
                          {},
                          ErrorCode::Truncated};
        }
        if (inHeaders) {
            if (line.isEmpty()) {
                inHeaders = false;
                continue;
            }
            if (line.contains(':')) {
                headers.append(line.toByteArray());
                continue;
            }
            inHeaders = false;
        }
        base64.append(line.data(), line.size());
    }
    if (inBlock) {
        wipe(base64);
        return Error {
            tr("The PEM block \"%1\" starting on line %2 is cut off: the file ends before its \"-----END\" line.")
                .arg(QString::fromLatin1(label))
                .arg(beginLine),
            {},
            ErrorCode::Truncated};
    }
    if (blocks.empty()) {
        return Error {tr("The file for %1 contains no complete PEM block.").arg(what), {}, ErrorCode::Malformed};
    }
    return blocks;
}

} // namespace iotca::crypto
