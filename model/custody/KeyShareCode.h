#pragma once

#include "KeyShare.h"

#include "crypto/Result.h"
#include "crypto/SecureBuffer.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace iotca::model {

/// The lines a share is printed as and typed back from — format "iotca-share-1", specified in docs/ceremony.md
/// ("Key custody") so that tests/ceremony/recombine_shares.py can read it without this program.
///
/// The share's fields are one byte string (the payload): version 1, the secret's length L, the set id (4 bytes), M,
/// N, the index, the L value bytes, the first 4 bytes of the SHA-256 of all that, zero bytes up to a multiple of 8.
/// Each 8 payload bytes make one line: the 8 bytes and a CRC-16/CCITT-FALSE over the line number and them, base32
/// (RFC 4648, A-Z 2-7) in four groups of four letters. A CRC-16 finds every error within 16 consecutive bits, so
/// any single mistyped letter (5 bits) or two swapped neighbours in a line are always caught, and the user is told
/// which line to look at. The SHA-256 check catches a correct line of another share typed in the wrong place.
class KeyShareCode
{
    Q_DECLARE_TR_FUNCTIONS(KeyShareCode)

public:
    static constexpr int FormatVersion = 1;
    static constexpr int PayloadBytesPerLine = 8;
    static constexpr int LettersPerLine = 16;
    /// Longest secret a share carries (a backup passphrase's secret is 32 bytes).
    static constexpr int MaximumSecretLength = 64;

    /// The share's lines, "ABCD EFGH IJKL MNOP" each, without line numbers. InvalidArgument for fields outside
    /// the format (M, N, index 1..16, value 1..64 bytes, a set id of 4 bytes).
    [[nodiscard]] static Result<QStringList> encode(const KeyShare& share);

    /// One typed line: an optional label "3:" (it must then be `lineNumber`), then 16 base32 letters; case, spaces
    /// and hyphens do not matter. Returns the line's 8 payload bytes. Error codes (model::ErrorCode):
    /// ShareMalformed (wrong length, a character outside base32, a label for another line), ShareTypo (the line's
    /// CRC does not match: a letter was mistyped). Messages say "line N" and what is wrong.
    [[nodiscard]] static Result<crypto::SecureBuffer> decodeLine(int lineNumber, const QString& typed);
    /// How many lines a share has, from its first line's payload; nullopt when that line is not of this format.
    [[nodiscard]] static std::optional<int> lineCount(const crypto::SecureBuffer& firstLine);
    /// The share from all its lines' payloads, concatenated. Error code ShareMalformed when the fields are out of
    /// range, the padding is not zero or the SHA-256 check fails (a line of another share).
    [[nodiscard]] static Result<KeyShare> fromPayload(const crypto::SecureBuffer& payload);
    /// decodeLine() for each line, lineCount() and fromPayload(): the share typed as `lines`.
    [[nodiscard]] static Result<KeyShare> decode(const QStringList& lines);

    /// "3F9A-0C2B".
    [[nodiscard]] static QString setIdText(const QByteArray& setId);
};

} // namespace iotca::model
