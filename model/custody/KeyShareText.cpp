#include "KeyShareText.h"

#include "KeyShareCode.h"

#include "model/ModelErrorCode.h"

namespace iotca::model {

namespace {

Error within(Error error, const QString& source, int shareInText, int sharesInText)
{
    if (sharesInText > 1 || shareInText > 1)
        //: %1 is a file or "standard input", %2 the position of a share in it, %3 what is wrong (a sentence)
        error.message = KeyShareText::tr("Share %2 in '%1': %3").arg(source).arg(shareInText).arg(error.message);
    else
        //: %1 is a file or "standard input", %2 what is wrong (a sentence)
        error.message = KeyShareText::tr("'%1': %2").arg(source, error.message);
    return error;
}

/// The blocks of lines between BEGIN and END markers; nullopt when the text has no BEGIN marker.
std::optional<QList<QStringList>> armoredBlocks(const QStringList& lines)
{
    QList<QStringList> blocks;
    bool inside = false;
    bool any = false;
    for (const QString& raw : lines) {
        const QString line = raw.trimmed();
        if (line == KeyShareText::beginMarker()) {
            inside = true;
            any = true;
            blocks.append(QStringList());
        } else if (line == KeyShareText::endMarker()) {
            inside = false;
        } else if (inside && !line.isEmpty()) {
            blocks.last().append(line);
        }
    }
    if (!any)
        return std::nullopt;
    return blocks;
}

} // namespace

QString KeyShareText::beginMarker()
{
    return QStringLiteral("-----BEGIN IOTCA KEY SHARE-----");
}

QString KeyShareText::endMarker()
{
    return QStringLiteral("-----END IOTCA KEY SHARE-----");
}

QString KeyShareText::fileName(const KeyShare& share)
{
    return QStringLiteral("share-%1-of-%2.txt").arg(share.index).arg(share.shareCount);
}

Result<QStringList> KeyShareText::numberedLines(const KeyShare& share)
{
    auto lines = KeyShareCode::encode(share);
    if (!lines)
        return lines.error();
    for (int i = 0; i < lines->size(); ++i)
        (*lines)[i] = QStringLiteral("%1: %2").arg(i + 1).arg(lines->at(i));
    return lines;
}

Result<QByteArray> KeyShareText::fileText(const KeyShare& share, const KeyShareLabel& label)
{
    auto lines = numberedLines(share);
    if (!lines)
        return lines.error();
    QString text;
    //: %1 is the share number, %2 the number of shares, %3 how many are needed
    text += tr("IoT CA Desk: CA key backup, passphrase share %1 of %2 (%3 shares are needed to restore)")
                .arg(share.index)
                .arg(share.shareCount)
                .arg(share.threshold)
        + QLatin1Char('\n');
    text += tr("Share set: %1").arg(KeyShareCode::setIdText(share.setId)) + QLatin1Char('\n');
    text += tr("CA: %1").arg(label.caName) + QLatin1Char('\n');
    text += tr("CA subject: %1").arg(label.caSubject) + QLatin1Char('\n');
    text += tr("CA certificate SHA-256: %1").arg(label.caFingerprint) + QLatin1Char('\n');
    text += tr("Made: %1").arg(label.created.toUTC().toString(Qt::ISODate)) + QLatin1Char('\n');
    text += QLatin1Char('\n');
    text += tr("Keep this share secret, apart from the backup medium and from the other shares. To restore, give %1 "
               "shares of this set to `iotca key restore` (as files, or typed: case, spaces and hyphens do not "
               "matter), or recombine them without this program as docs/ceremony.md (\"Key custody\") and the "
               "backup's README.txt describe.")
                .arg(share.threshold)
        + QLatin1Char('\n');
    text += QLatin1Char('\n') + beginMarker() + QLatin1Char('\n');
    text += lines->join(QLatin1Char('\n')) + QLatin1Char('\n');
    text += endMarker() + QLatin1Char('\n');
    return text.toUtf8();
}

Result<std::vector<KeyShare>> KeyShareText::read(const QString& text, const QString& source)
{
    const QStringList allLines = text.split(QLatin1Char('\n'));
    QList<QStringList> blocks;
    if (auto armored = armoredBlocks(allLines)) {
        blocks = *armored;
    } else {
        // Bare lines: each share's first line says how many lines that share has.
        QStringList pending;
        std::optional<int> expected;
        int shareNumber = 1;
        for (const QString& raw : allLines) {
            const QString line = raw.trimmed();
            if (line.isEmpty())
                continue;
            if (pending.isEmpty()) {
                auto first = KeyShareCode::decodeLine(1, line);
                if (!first)
                    return within(first.error(), source, shareNumber, shareNumber);
                expected = KeyShareCode::lineCount(*first);
                if (!expected)
                    return within(Error {tr("Line 1 is not the first line of a key share of a format this program "
                                            "reads (iotca-share-1)."),
                                         {},
                                         QString(ErrorCode::ShareMalformed)},
                                  source, shareNumber, shareNumber);
            }
            pending.append(line);
            if (pending.size() == *expected) {
                blocks.append(pending);
                pending.clear();
                ++shareNumber;
            }
        }
        if (!pending.isEmpty())
            //: %1 is the number of lines found, %n the number of lines the share has
            return within(
                Error {tr("The last share ends after %1 of its %n lines.", nullptr, *expected).arg(pending.size()),
                       {},
                       QString(ErrorCode::ShareMalformed)},
                source, shareNumber, shareNumber);
    }
    if (blocks.isEmpty())
        return Error {tr("'%1' holds no key share.").arg(source), {}, QString(ErrorCode::ShareMalformed)};
    std::vector<KeyShare> shares;
    for (int i = 0; i < blocks.size(); ++i) {
        auto share = KeyShareCode::decode(blocks.at(i));
        if (!share)
            return within(share.error(), source, i + 1, static_cast<int>(blocks.size()));
        shares.push_back(std::move(*share));
    }
    return shares;
}

} // namespace iotca::model
