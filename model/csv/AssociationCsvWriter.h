#pragma once

#include "AssociationRow.h"
#include "crypto/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

#include <memory>

class QSaveFile;

namespace iotca::model {

/// Writes device-association CSV files (`ProductKey,DeviceName,CertSN`, RFC 4180, UTF-8 without BOM, CRLF) the
/// way the platform and spreadsheets read them, atomically through QSaveFile: nothing appears at the path until
/// commit(), and a writer destroyed or cancelled before that leaves any previous file untouched.
///
/// Streamed: the bulk-issue job opens a writer, appends each device as it is issued and commits at the end. The
/// writer does not enforce the 10,000-row platform limit; rowCount() tells the caller when to start the next file.
/// Missing parent folders are created owner-only.
class AssociationCsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(AssociationCsvWriter)

public:
    explicit AssociationCsvWriter(QString path);
    ~AssociationCsvWriter();
    AssociationCsvWriter(const AssociationCsvWriter&) = delete;
    AssociationCsvWriter& operator=(const AssociationCsvWriter&) = delete;

    /// Creates the temporary file and writes the header row.
    [[nodiscard]] Status open();
    /// Appends one row; CertSN as given (callers pass the normalised form).
    [[nodiscard]] Status append(const AssociationRow& row);
    /// Moves the finished file into place.
    [[nodiscard]] Status commit();
    /// Discards what was written; the path keeps what it had.
    void cancel();

    [[nodiscard]] const QString& path() const noexcept { return m_path; }
    [[nodiscard]] int rowCount() const noexcept { return m_rowCount; }

    /// The empty template: the header row only.
    [[nodiscard]] static Status writeTemplate(const QString& path);
    /// A filled file in one go, e.g. from issued device certificates.
    [[nodiscard]] static Status writeRows(const QString& path, const QList<AssociationRow>& rows);

    /// One field as RFC 4180 wants it: quoted (with doubled quotes) when it holds a comma, a quote, a line break or
    /// surrounding spaces; as it is otherwise.
    [[nodiscard]] static QByteArray encodeField(QStringView field);
    /// The header row, with its line end.
    [[nodiscard]] static QByteArray headerLine();
    /// One row, with its line end; CertSN as given.
    [[nodiscard]] static QByteArray encodeRow(const AssociationRow& row);
    /// A whole file's bytes (header and rows), for callers that write it together with other files.
    [[nodiscard]] static QByteArray fileContent(const QList<AssociationRow>& rows);

private:
    [[nodiscard]] Status write(const QByteArray& bytes);
    [[nodiscard]] Error writeError() const;

    QString m_path;
    std::unique_ptr<QSaveFile> m_file;
    int m_rowCount = 0;
};

} // namespace iotca::model
