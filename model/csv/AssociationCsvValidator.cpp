#include "AssociationCsvValidator.h"

#include "AssociationCsvColumn.h"
#include "CertSerialText.h"
#include "CsvReader.h"
#include "DeviceCertificateLookup.h"
#include "FingerprintLineIndex.h"
#include "SpreadsheetFormulaCell.h"
#include "model/input/InputFile.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QHashFunctions>
#include <QLocale>
#include <QRandomGenerator>

#include <array>

namespace iotca::model {

namespace {

using Column = AssociationCsvColumn;
constexpr int columnCount = static_cast<int>(Column::Count);
constexpr int progressInterval = 4096; // records between progress calls
constexpr int minDeviceNameLength = 4;
constexpr int maxDeviceNameLength = 32;
/// Distinct foreign ProductKeys reported one by one; beyond that each differing row only counts.
constexpr int maxTrackedProductKeys = 100;

QString columnName(Column column)
{
    return QString(associationCsvColumnName(column));
}

bool isDeviceNameCharacter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_'
        || c == u'@' || c == u'.' || c == u':';
}

/// 64 well-mixed bits of a value, seeded per process so that a crafted file cannot aim at collisions.
class Fingerprinter
{
public:
    Fingerprinter()
        : m_seed1(static_cast<size_t>(QRandomGenerator::system()->generate64()))
        , m_seed2(static_cast<size_t>(QRandomGenerator::system()->generate64()))
    { }

    [[nodiscard]] quint64 operator()(const void* data, qsizetype size) const
    {
        auto hash = static_cast<quint64>(qHashBits(data, static_cast<size_t>(size), m_seed1));
        if constexpr (sizeof(size_t) < sizeof(quint64)) // 32-bit platforms: two 32-bit hashes
            hash = (hash << 32) ^ static_cast<quint64>(qHashBits(data, static_cast<size_t>(size), m_seed2));
        return hash;
    }

private:
    size_t m_seed1;
    size_t m_seed2;
};

/// The state of one validation: what has been seen so far and what has been found.
class ValidationRun
{
public:
    explicit ValidationRun(const AssociationCsvValidator::Options& options)
        : m_options(options)
    { }

    [[nodiscard]] Result<AssociationCsvReport> run(QIODevice* device);

private:
    [[nodiscard]] bool readHeader(const CsvRecord& header);
    [[nodiscard]] Status checkRow(const CsvRecord& record);
    void checkProductKey(const QString& productKey, int line);
    /// False when the name breaks the platform's rule (a duplicate is still a valid name).
    bool checkDeviceName(const QString& deviceName, int line);
    void checkFormula(const QString& cell, Column column, int line);
    [[nodiscard]] Status crossCheck(const AssociationRow& row, int certSnLine);
    void finish();
    Result<AssociationCsvReport> unreadable(const CsvReader& reader, const Error& error);
    void add(int line, Column column, const QString& message);
    void addLine(int line, const QString& message);
    void add(CsvDiagnostic diagnostic);

    const AssociationCsvValidator::Options& m_options;
    AssociationCsvReport m_report;
    std::array<int, columnCount> m_columnIndex {-1, -1, -1};
    int m_fieldCount = 0;
    int m_productKeyLine = 0;
    Fingerprinter m_fingerprint;
    FingerprintLineIndex m_deviceNames;
    FingerprintLineIndex m_serials;
    QByteArray m_magnitude;

    struct ForeignProductKey
    {
        qsizetype diagnosticIndex = -1; // -1 when the diagnostic was over the cap
        int rows = 0;
    };
    QHash<QString, ForeignProductKey> m_foreignProductKeys;
};

void ValidationRun::add(CsvDiagnostic diagnostic)
{
    if (m_report.diagnostics.size() < m_options.maxDiagnostics)
        m_report.diagnostics.append(std::move(diagnostic));
    else
        ++m_report.suppressedDiagnostics;
}

void ValidationRun::checkFormula(const QString& cell, Column column, int line)
{
    if (!startsLikeSpreadsheetFormula(cell))
        return;
    //: %1 is a column name (ProductKey, DeviceName), %2 the cell, %3 its first character
    const QString message = AssociationCsvValidator::tr("the %1 '%2' begins with '%3': a spreadsheet that opens this "
                                                        "file may run it as a formula")
                                .arg(columnName(column), cell, cell.left(1));
    if (m_options.refuseFormulaCells) {
        add(line, column, message);
        return;
    }
    if (m_report.warnings.size() < m_options.maxDiagnostics)
        m_report.warnings.append(CsvDiagnostic {line, columnName(column), message});
    else
        ++m_report.suppressedWarnings;
}

void ValidationRun::add(int line, Column column, const QString& message)
{
    add(CsvDiagnostic {line, columnName(column), message});
}

void ValidationRun::addLine(int line, const QString& message)
{
    add(CsvDiagnostic {line, QString(), message});
}

Result<AssociationCsvReport> ValidationRun::unreadable(const CsvReader& reader, const Error& error)
{
    // One clear error instead of whatever the rows read so far looked like.
    AssociationCsvReport report;
    if (error.code == QLatin1String("Utf16")) {
        report.diagnostics.append({0,
                                   {},
                                   AssociationCsvValidator::tr("the file is UTF-16 text, not UTF-8; save it as "
                                                               "UTF-8 (in Excel: \"CSV UTF-8\") and try again")});
    } else if (error.code == QLatin1String("Binary")) {
        report.diagnostics.append(
            {reader.currentLine(), {}, AssociationCsvValidator::tr("binary data: this is not a CSV text file")});
    } else if (error.code == QLatin1String("NotUtf8")) {
        report.diagnostics.append({reader.currentLine(),
                                   {},
                                   AssociationCsvValidator::tr("the file is not UTF-8 text: this line has bytes that "
                                                               "are not valid UTF-8; save the file as UTF-8 (in "
                                                               "Excel: \"CSV UTF-8\") and try again")});
    } else {
        return error;
    }
    return report;
}

bool ValidationRun::readHeader(const CsvRecord& header)
{
    const int line = header.line;
    m_fieldCount = static_cast<int>(header.fields.size());
    QStringList unknown;
    bool problems = false;
    for (int i = 0; i < m_fieldCount; ++i) {
        const QString name = header.fields.at(i).trimmed();
        int found = -1;
        for (int c = 0; c < columnCount; ++c) {
            if (name.compare(associationCsvColumnName(Column(c)), Qt::CaseInsensitive) == 0)
                found = c;
        }
        if (found < 0) {
            unknown << name;
            problems = true;
        } else if (m_columnIndex.at(found) >= 0) {
            //: %1 is a column name, %2 and %3 are column positions (1, 2, 3...)
            addLine(line,
                    AssociationCsvValidator::tr("the column %1 appears twice in the header (columns %2 and %3)")
                        .arg(columnName(Column(found)))
                        .arg(m_columnIndex.at(found) + 1)
                        .arg(i + 1));
            problems = true;
        } else {
            m_columnIndex.at(found) = i;
        }
    }

    const bool noneKnown = std::all_of(m_columnIndex.begin(), m_columnIndex.end(), [](int i) { return i < 0; });
    if (noneKnown) {
        // Most likely a file without a header row, or not an association file at all: say so once.
        addLine(line,
                AssociationCsvValidator::tr("the first line must name the columns ProductKey, DeviceName and "
                                            "CertSN; it reads '%1'")
                    .arg(header.fields.join(QLatin1Char(','))));
        return false;
    }
    for (const QString& name : std::as_const(unknown)) {
        if (name.isEmpty()) {
            addLine(line,
                    AssociationCsvValidator::tr("the header has a column without a name; the columns are "
                                                "ProductKey, DeviceName and CertSN"));
        } else {
            addLine(line,
                    AssociationCsvValidator::tr("unknown column '%1' in the header; the columns are "
                                                "ProductKey, DeviceName and CertSN")
                        .arg(name));
        }
    }
    for (int c = 0; c < columnCount; ++c) {
        if (m_columnIndex.at(c) < 0) {
            addLine(line, AssociationCsvValidator::tr("the header has no column %1").arg(columnName(Column(c))));
            problems = true;
        }
    }
    return !problems;
}

void ValidationRun::checkProductKey(const QString& productKey, int line)
{
    if (productKey.isEmpty()
        || std::all_of(productKey.cbegin(), productKey.cend(), [](QChar c) { return c.isSpace(); })) {
        add(line, Column::ProductKey, AssociationCsvValidator::tr("the ProductKey is empty"));
        return;
    }
    if (productKey.front().isSpace() || productKey.back().isSpace()) {
        add(line, Column::ProductKey,
            AssociationCsvValidator::tr("the ProductKey '%1' has spaces around it").arg(productKey));
    }
    if (m_report.productKey.isEmpty()) {
        m_report.productKey = productKey;
        m_productKeyLine = line;
        return;
    }
    if (productKey == m_report.productKey)
        return;
    const auto it = m_foreignProductKeys.find(productKey);
    if (it != m_foreignProductKeys.end()) {
        ++it->rows;
        return;
    }
    const QString message = AssociationCsvValidator::tr("ProductKey '%1' differs from '%2' on line %3 (one product "
                                                        "per file)")
                                .arg(productKey, m_report.productKey)
                                .arg(m_productKeyLine);
    if (m_foreignProductKeys.size() >= maxTrackedProductKeys) {
        add(line, Column::ProductKey, message);
        return;
    }
    ForeignProductKey foreign;
    foreign.rows = 1;
    if (m_report.diagnostics.size() < m_options.maxDiagnostics)
        foreign.diagnosticIndex = m_report.diagnostics.size();
    add(line, Column::ProductKey, message);
    m_foreignProductKeys.insert(productKey, foreign);
}

bool ValidationRun::checkDeviceName(const QString& deviceName, int line)
{
    if (deviceName.isEmpty()) {
        add(line, Column::DeviceName, AssociationCsvValidator::tr("the DeviceName is empty"));
        return false;
    }
    const auto bad = std::find_if(deviceName.cbegin(), deviceName.cend(),
                                  [](QChar c) { return !isDeviceNameCharacter(c.unicode()); });
    if (bad != deviceName.cend()) {
        //: %2 is the first character that is not allowed
        add(line, Column::DeviceName,
            AssociationCsvValidator::tr("DeviceName '%1' contains '%2'; only letters, digits and - _ @ . : are "
                                        "allowed")
                .arg(deviceName, QString(*bad)));
        return false;
    }
    if (deviceName.size() < minDeviceNameLength || deviceName.size() > maxDeviceNameLength) {
        add(line, Column::DeviceName,
            AssociationCsvValidator::tr("DeviceName '%1' must have %2 to %3 characters, not %4")
                .arg(deviceName)
                .arg(minDeviceNameLength)
                .arg(maxDeviceNameLength)
                .arg(deviceName.size()));
        return false;
    }
    const quint64 fingerprint = m_fingerprint(deviceName.constData(), deviceName.size() * qsizetype(sizeof(QChar)));
    const QByteArrayView bytes(reinterpret_cast<const char*>(deviceName.constData()),
                               deviceName.size() * qsizetype(sizeof(QChar)));
    if (const int first = m_deviceNames.insert(fingerprint, bytes, line); first > 0) {
        add(line, Column::DeviceName,
            AssociationCsvValidator::tr("DeviceName '%1' is already listed on line %2").arg(deviceName).arg(first));
    }
    return true;
}

Status ValidationRun::crossCheck(const AssociationRow& row, int certSnLine)
{
    Result<std::optional<KnownDeviceCertificate>> known =
        m_options.lookup->findDeviceCertificate(m_options.caName, row.certSn);
    if (!known)
        return known.error();
    if (!known->has_value()) {
        add(certSnLine, Column::CertSN,
            AssociationCsvValidator::tr("no device certificate with serial number %1 was issued by the CA '%2'")
                .arg(row.certSn, m_options.caName));
        return {};
    }
    const KnownDeviceCertificate& certificate = known->value();
    if (!row.productKey.isEmpty() && certificate.productKey != row.productKey) {
        add(row.line, Column::ProductKey,
            AssociationCsvValidator::tr("the certificate %1 was issued for the product '%2', not '%3'")
                .arg(row.certSn, certificate.productKey, row.productKey));
    }
    if (!row.deviceName.isEmpty() && certificate.deviceName != row.deviceName) {
        add(row.line, Column::DeviceName,
            AssociationCsvValidator::tr("the certificate %1 was issued for the device '%2', not '%3'")
                .arg(row.certSn, certificate.deviceName, row.deviceName));
    }
    return {};
}

Status ValidationRun::checkRow(const CsvRecord& record)
{
    ++m_report.rowCount;
    const int line = record.line;

    if (record.quoteDefect != CsvRecord::QuoteDefect::None) {
        const int field = record.quoteDefectField;
        const int fieldLine = field >= 0 && field < record.fieldLines.size() ? record.fieldLines.at(field) : line;
        QString message;
        switch (record.quoteDefect) {
        case CsvRecord::QuoteDefect::UnclosedQuote:
            message = AssociationCsvValidator::tr("a quoted field is not closed, so the rest of the file reads as "
                                                  "part of it");
            break;
        case CsvRecord::QuoteDefect::TextAfterClosingQuote:
            message = AssociationCsvValidator::tr("text follows the closing quote of a field; quote the whole field "
                                                  "and double the quotes inside it");
            break;
        case CsvRecord::QuoteDefect::QuoteInUnquotedField:
        case CsvRecord::QuoteDefect::None:
            message = AssociationCsvValidator::tr("a field has a quote inside but does not start with one; quote the "
                                                  "whole field and double the quotes inside it");
            break;
        }
        const auto column = std::find(m_columnIndex.begin(), m_columnIndex.end(), field);
        if (column == m_columnIndex.end())
            addLine(fieldLine, message);
        else
            add(fieldLine, Column(column - m_columnIndex.begin()), message);
        return {};
    }
    if (record.fields.size() != m_fieldCount) {
        //: %1 is the number of fields found on the line, %2 the number the header has
        addLine(line,
                AssociationCsvValidator::tr("%1 fields, expected %2").arg(record.fields.size()).arg(m_fieldCount));
        if (m_options.keepRows) {
            // The preview shows the line too (with the fields it has), so the problem list can point at it.
            auto fieldOrEmpty = [&record, this](Column column) {
                const int index = m_columnIndex.at(static_cast<int>(column));
                return index >= 0 && index < record.fields.size() ? record.fields.at(index) : QString();
            };
            m_report.rows.append(AssociationRow {line, fieldOrEmpty(Column::ProductKey),
                                                 fieldOrEmpty(Column::DeviceName), fieldOrEmpty(Column::CertSN)});
        }
        return {};
    }

    auto fieldOf = [&record, this](Column column) -> const QString& {
        return record.fields.at(m_columnIndex.at(static_cast<int>(column)));
    };
    auto lineOf = [&record, this](Column column) { return record.fieldLines.at(m_columnIndex.at(int(column))); };

    AssociationRow row {line, fieldOf(Column::ProductKey), fieldOf(Column::DeviceName), fieldOf(Column::CertSN)};
    checkProductKey(row.productKey, lineOf(Column::ProductKey));
    const bool deviceNameValid = checkDeviceName(row.deviceName, lineOf(Column::DeviceName));
    // A leading '=', '+', tab or CR in a DeviceName is already refused by the name rule; '-' and '@' are allowed by
    // it (Alibaba: "letters, digits and - _ @ . :", ../shared/docs/platform-alibaba.md, S3 RegisterDevice).
    checkFormula(row.productKey, Column::ProductKey, lineOf(Column::ProductKey));
    if (deviceNameValid)
        checkFormula(row.deviceName, Column::DeviceName, lineOf(Column::DeviceName));

    const int certSnLine = lineOf(Column::CertSN);
    const CertSerialText::Problem problem = CertSerialText::parse(row.certSn, m_magnitude);
    if (problem != CertSerialText::Problem::None) {
        add(certSnLine, Column::CertSN, CertSerialText::describe(problem, row.certSn));
    } else {
        row.certSn = CertSerialText::toHex(m_magnitude);
        const quint64 fingerprint = m_fingerprint(m_magnitude.constData(), m_magnitude.size());
        if (const int first = m_serials.insert(fingerprint, m_magnitude, certSnLine); first > 0) {
            //: %1 is the serial number as written in the file, %2 the same number normalised
            add(certSnLine, Column::CertSN,
                AssociationCsvValidator::tr("CertSN '%1' (%2) is already listed on line %3")
                    .arg(fieldOf(Column::CertSN), row.certSn)
                    .arg(first));
        } else if (m_options.lookup != nullptr) {
            if (Status checked = crossCheck(row, certSnLine); !checked)
                return checked;
        }
    }
    if (m_options.rowSink)
        m_options.rowSink(row);
    if (m_options.keepRows)
        m_report.rows.append(std::move(row));
    return {};
}

void ValidationRun::finish()
{
    for (auto it = m_foreignProductKeys.cbegin(); it != m_foreignProductKeys.cend(); ++it) {
        if (it->diagnosticIndex < 0 || it->rows < 2)
            continue;
        CsvDiagnostic& diagnostic = m_report.diagnostics[it->diagnosticIndex];
        //: Appended to "ProductKey 'X' differs from 'Y' on line 2 (one product per file)"
        diagnostic.message = AssociationCsvValidator::tr("%1; '%2' is on %3 rows in all")
                                 .arg(diagnostic.message, it.key())
                                 .arg(it->rows);
    }

    if (m_report.rowCount == 0) {
        add(CsvDiagnostic {0,
                           {},
                           AssociationCsvValidator::tr("the file has no data rows; it needs 1 to %1")
                               .arg(QLocale().toString(m_options.maxRows))});
    } else if (m_report.rowCount > m_options.maxRows) {
        m_report.tooManyRows = true;
        // The problem of the whole file comes first, even when the cap is reached.
        m_report.diagnostics.prepend(
            {0,
             {},
             AssociationCsvValidator::tr("the file has %1 data rows; the platform accepts at most %2 per file")
                 .arg(QLocale().toString(m_report.rowCount), QLocale().toString(m_options.maxRows))});
        if (m_report.diagnostics.size() > m_options.maxDiagnostics) {
            m_report.diagnostics.removeLast();
            ++m_report.suppressedDiagnostics;
        }
    }
}

Result<AssociationCsvReport> ValidationRun::run(QIODevice* device)
{
    CsvReader reader(device);
    if (!device->isSequential()) {
        // Size the uniqueness indexes for the rows the file probably has, so that they need not grow (and briefly
        // double) on a large file. Typical rows are 50 to 70 bytes; the estimate is capped, the indexes grow past it.
        constexpr qint64 typicalRowBytes = 56;
        constexpr qint64 maxReservedRows = 2'000'000;
        const auto estimate = static_cast<qsizetype>(std::min(device->size() / typicalRowBytes, maxReservedRows));
        m_deviceNames.reserve(estimate);
        m_serials.reserve(estimate);
    }
    bool haveHeader = false;
    bool headerValid = false;
    int recordsSinceProgress = 0;
    for (;;) {
        Result<std::optional<CsvRecord>> next = reader.next();
        if (!next)
            return unreadable(reader, next.error());
        if (!next->has_value())
            break;
        const CsvRecord& record = next->value();
        if (m_options.progress && ++recordsSinceProgress >= progressInterval) {
            recordsSinceProgress = 0;
            if (!m_options.progress(reader.bytesRead()))
                return Error {
                    AssociationCsvValidator::tr("Checking the CSV file was canceled."), {}, QStringLiteral("Canceled")};
        }
        if (record.isBlank())
            continue;
        if (!haveHeader) {
            haveHeader = true;
            headerValid = readHeader(record);
            if (!headerValid)
                break; // without the columns, the rows cannot be checked
            continue;
        }
        if (Status checked = checkRow(record); !checked)
            return checked.error();
    }

    if (!haveHeader) {
        addLine(0,
                AssociationCsvValidator::tr("the file is empty; its first line must name the columns ProductKey, "
                                            "DeviceName and CertSN"));
    } else if (headerValid) {
        finish();
    }
    return std::move(m_report);
}

} // namespace

AssociationCsvValidator::AssociationCsvValidator() = default;

AssociationCsvValidator::AssociationCsvValidator(Options options)
    : m_options(std::move(options))
{ }

Result<AssociationCsvReport> AssociationCsvValidator::validate(QIODevice* device) const
{
    ValidationRun run(m_options);
    return run.run(device);
}

Result<AssociationCsvReport> AssociationCsvValidator::validateFile(const QString& path) const
{
    auto file = InputFile::openStream(path, InputKind::Csv);
    if (!file)
        return file.error();
    return validate(file->get());
}

} // namespace iotca::model
