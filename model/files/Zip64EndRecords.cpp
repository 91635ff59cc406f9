#include "Zip64EndRecords.h"

#include <QDir>
#include <QFile>
#include <QtEndian>

#include <array>

namespace iotca::model {

namespace {

// PKWARE APPNOTE.TXT 6.3.10 (the signatures and fixed sizes below are its sections 4.3.12, 4.3.14-4.3.16).
constexpr quint32 centralHeaderSignature = 0x02014b50;
constexpr quint32 endSignature = 0x06054b50;
constexpr quint32 zip64EndSignature = 0x06064b50;
constexpr quint32 zip64LocatorSignature = 0x07064b50;
constexpr qint64 centralHeaderSize = 46;
constexpr qint64 endSize = 22;
constexpr qint64 zip64EndSize = 56;
constexpr qint64 zip64LocatorSize = 20;
// 4.4.2: "version made by" and "version needed to extract" 4.5 for ZIP64 (upper byte 0 = MS-DOS attributes, as minizip
// writes them).
constexpr quint16 zip64Version = 45;

Error zipError(const QString& path, const QString& why)
{
    //: %1 is a file, %2 the reason
    return Error {Zip64EndRecords::tr("Cannot finish the archive '%1': %2").arg(QDir::toNativeSeparators(path), why),
                  {},
                  QStringLiteral("WriteFailed")};
}

template<typename T>
void put(QByteArray& bytes, T value)
{
    std::array<char, sizeof(T)> little {};
    qToLittleEndian(value, little.data());
    bytes.append(little.data(), qsizetype(little.size()));
}

template<typename T>
T get(const QByteArray& bytes, qsizetype at)
{
    return qFromLittleEndian<T>(bytes.constData() + at);
}

} // namespace

Status Zip64EndRecords::addWhereNeeded(const QString& zipPath)
{
    QFile file(zipPath);
    if (!file.open(QIODevice::ReadWrite))
        return zipError(zipPath, file.errorString());
    const qint64 size = file.size();
    const qint64 endAt = size - endSize;
    if (endAt < 0 || !file.seek(endAt))
        return zipError(zipPath, tr("it has no end of central directory record."));
    const QByteArray end = file.read(endSize);
    if (end.size() != endSize || get<quint32>(end, 0) != endSignature)
        return zipError(zipPath, tr("it has no end of central directory record."));
    if (endAt >= zip64LocatorSize) {
        if (!file.seek(endAt - zip64LocatorSize))
            return zipError(zipPath, file.errorString());
        if (get<quint32>(file.read(4).leftJustified(4, '\0'), 0) == zip64LocatorSignature)
            return {}; // the writer gave it the ZIP64 records itself (an archive past 4 GiB)
    }
    const quint32 centralSize = get<quint32>(end, 12);
    const quint32 centralOffset = get<quint32>(end, 16);
    if (centralSize == 0xffffffffU || centralOffset == 0xffffffffU || qint64(centralOffset) + centralSize != endAt)
        return zipError(zipPath, tr("its central directory is not where its end record says."));

    // Walk the central directory (4.3.12): a fixed part, then the name, the extra field and the comment.
    quint64 entries = 0;
    qint64 at = centralOffset;
    while (at < endAt) {
        if (!file.seek(at))
            return zipError(zipPath, file.errorString());
        const QByteArray header = file.read(centralHeaderSize);
        if (header.size() != centralHeaderSize || get<quint32>(header, 0) != centralHeaderSignature)
            return zipError(zipPath, tr("entry %1 of its central directory is damaged.").arg(entries + 1));
        at += centralHeaderSize + get<quint16>(header, 28) + get<quint16>(header, 30) + get<quint16>(header, 32);
        ++entries;
    }
    if (at != endAt)
        return zipError(zipPath, tr("its central directory overruns its end record."));
    if (entries < 0xffff)
        return {}; // the classic end record holds the count

    QByteArray tail;
    // 4.3.14: the ZIP64 end of central directory record, where the classic record was.
    put<quint32>(tail, zip64EndSignature);
    put<quint64>(tail, quint64(zip64EndSize - 12)); // its size without the signature and this field
    put<quint16>(tail, zip64Version); // version made by
    put<quint16>(tail, zip64Version); // version needed to extract
    put<quint32>(tail, 0); // this disk
    put<quint32>(tail, 0); // the disk where the central directory starts
    put<quint64>(tail, entries); // entries on this disk
    put<quint64>(tail, entries); // entries in all
    put<quint64>(tail, centralSize);
    put<quint64>(tail, centralOffset);
    // 4.3.15: the locator, pointing at that record.
    put<quint32>(tail, zip64LocatorSignature);
    put<quint32>(tail, 0); // the disk holding the ZIP64 end record
    put<quint64>(tail, quint64(endAt));
    put<quint32>(tail, 1); // disks in all
    // 4.3.16: the classic record again, its counts 0xFFFF = "see the ZIP64 record" (4.4.1.4).
    QByteArray classic = end;
    qToLittleEndian<quint16>(0xffff, classic.data() + 8);
    qToLittleEndian<quint16>(0xffff, classic.data() + 10);
    tail += classic;
    if (!file.seek(endAt) || file.write(tail) != tail.size() || !file.flush())
        return zipError(zipPath, file.errorString());
    return {};
}

} // namespace iotca::model
