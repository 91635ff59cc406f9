#include "AssociationCsvWriter.h"

#include "AssociationCsvColumn.h"
#include "model/files/OwnerOnlyDirectory.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace iotca::model {

namespace {

constexpr char lineEnd[] = "\r\n";

} // namespace

AssociationCsvWriter::AssociationCsvWriter(QString path)
    : m_path(std::move(path))
{ }

AssociationCsvWriter::~AssociationCsvWriter()
{
    cancel();
}

QByteArray AssociationCsvWriter::encodeField(QStringView field)
{
    const QByteArray utf8 = field.toUtf8();
    const bool needsQuotes =
        std::any_of(utf8.cbegin(), utf8.cend(), [](char c) { return c == ',' || c == '"' || c == '\r' || c == '\n'; })
        || (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
    if (!needsQuotes)
        return utf8;
    QByteArray quoted;
    quoted.reserve(utf8.size() + 2);
    quoted.append('"');
    for (const char c : utf8) {
        if (c == '"')
            quoted.append('"');
        quoted.append(c);
    }
    quoted.append('"');
    return quoted;
}

QByteArray AssociationCsvWriter::headerLine()
{
    QByteArray line;
    for (int c = 0; c < static_cast<int>(AssociationCsvColumn::Count); ++c) {
        if (c > 0)
            line.append(',');
        line.append(associationCsvColumnName(AssociationCsvColumn(c)).latin1());
    }
    line.append(lineEnd);
    return line;
}

Error AssociationCsvWriter::writeError() const
{
    return Error {tr("The CSV file '%1' could not be written.").arg(QDir::toNativeSeparators(m_path)),
                  m_file ? m_file->errorString() : QString(), QStringLiteral("WriteFailed")};
}

Status AssociationCsvWriter::open()
{
    cancel();
    if (Status folder = OwnerOnlyDirectory::ensure(QFileInfo(m_path).absolutePath()); !folder)
        return folder;
    m_file = std::make_unique<QSaveFile>(m_path);
    m_rowCount = 0;
    if (!m_file->open(QIODevice::WriteOnly)) {
        Error error = writeError();
        m_file.reset();
        return error;
    }
    return write(headerLine());
}

Status AssociationCsvWriter::write(const QByteArray& bytes)
{
    if (!m_file) {
        return Error {tr("The CSV file '%1' is not open for writing.").arg(QDir::toNativeSeparators(m_path)),
                      {},
                      QStringLiteral("NotOpen")};
    }
    if (m_file->write(bytes) != bytes.size())
        return writeError();
    return {};
}

QByteArray AssociationCsvWriter::encodeRow(const AssociationRow& row)
{
    QByteArray line = encodeField(row.productKey);
    line.append(',');
    line.append(encodeField(row.deviceName));
    line.append(',');
    line.append(encodeField(row.certSn));
    line.append(lineEnd);
    return line;
}

QByteArray AssociationCsvWriter::fileContent(const QList<AssociationRow>& rows)
{
    QByteArray content = headerLine();
    for (const AssociationRow& row : rows)
        content.append(encodeRow(row));
    return content;
}

Status AssociationCsvWriter::append(const AssociationRow& row)
{
    if (Status written = write(encodeRow(row)); !written)
        return written;
    ++m_rowCount;
    return {};
}

Status AssociationCsvWriter::commit()
{
    if (!m_file) {
        return Error {tr("The CSV file '%1' is not open for writing.").arg(QDir::toNativeSeparators(m_path)),
                      {},
                      QStringLiteral("NotOpen")};
    }
    const bool committed = m_file->commit();
    Error error = committed ? Error {} : writeError();
    m_file.reset();
    if (!committed)
        return error;
    return {};
}

void AssociationCsvWriter::cancel()
{
    if (!m_file)
        return;
    m_file->cancelWriting();
    m_file.reset(); // QSaveFile removes its temporary file when destroyed uncommitted
}

Status AssociationCsvWriter::writeTemplate(const QString& path)
{
    return writeRows(path, {});
}

Status AssociationCsvWriter::writeRows(const QString& path, const QList<AssociationRow>& rows)
{
    AssociationCsvWriter writer(path);
    if (Status opened = writer.open(); !opened)
        return opened;
    for (const AssociationRow& row : rows) {
        if (Status appended = writer.append(row); !appended)
            return appended;
    }
    return writer.commit();
}

} // namespace iotca::model
