#pragma once

#include "KeyShare.h"

#include "crypto/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <vector>

namespace iotca::model {

/// What a share sheet says about the backup it belongs to (nothing secret).
struct KeyShareLabel
{
    QString caName;
    /// RFC 4514 subject of the CA certificate.
    QString caSubject;
    /// SHA-256 fingerprint of the CA certificate, "AB:CD:...".
    QString caFingerprint;
    QDateTime created;
};

/// A share as a text file ("share-2-of-5.txt") and shares read back from text: a file, several files pasted
/// together, or lines typed on standard input.
///
/// In a file, the share's lines stand between "-----BEGIN IOTCA KEY SHARE-----" and "-----END IOTCA KEY
/// SHARE-----", each as "3: ABCD EFGH IJKL MNOP"; the text around them is for people and is ignored. Text without
/// these markers is taken as share lines only (blank lines ignored), one share after the other: the first line of
/// each share says how many lines it has.
class KeyShareText
{
    Q_DECLARE_TR_FUNCTIONS(KeyShareText)

public:
    [[nodiscard]] static QString beginMarker();
    [[nodiscard]] static QString endMarker();
    /// "share-2-of-5.txt".
    [[nodiscard]] static QString fileName(const KeyShare& share);
    /// The share lines with their numbers ("3: ABCD EFGH IJKL MNOP").
    [[nodiscard]] static Result<QStringList> numberedLines(const KeyShare& share);
    /// The whole text file for one share: what it is, the CA, how to restore, then the lines between the markers.
    [[nodiscard]] static Result<QByteArray> fileText(const KeyShare& share, const KeyShareLabel& label);
    /// Every share in `text`. Errors name `source` (a file, "standard input") and, when the text holds several
    /// shares, which one ("share 2 in 'FILE': line 3 does not match its check letters ...").
    [[nodiscard]] static Result<std::vector<KeyShare>> read(const QString& text, const QString& source);
};

} // namespace iotca::model
