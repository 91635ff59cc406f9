// The association CSV path of `csv validate` / `csv split` and the Alibaba Cloud IoT Platform bundle: CsvReader,
// AssociationCsvValidator and AliyunAssociationFiles on arbitrary bytes.
#include "FuzzEntries.h"

#include "model/csv/AssociationCsvValidator.h"
#include "model/csv/CsvReader.h"
#include "model/platform/AliyunAssociationFiles.h"

#include <QBuffer>

#include <cstdlib>

namespace iotca::fuzz {

namespace {

struct ReadOutcome
{
    QList<model::CsvRecord> records;
    QString errorCode;
    int errorLine = 0;
};

ReadOutcome readAll(const QByteArray& bytes, qsizetype chunkSize)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    model::CsvReader reader(&buffer, chunkSize);
    ReadOutcome outcome;
    for (;;) {
        auto next = reader.next();
        if (!next) {
            outcome.errorCode = next.error().code;
            outcome.errorLine = reader.currentLine();
            return outcome;
        }
        if (!next->has_value())
            return outcome;
        outcome.records.append(std::move(**next));
    }
}

bool sameRecords(const ReadOutcome& a, const ReadOutcome& b)
{
    // By design the reader decides "binary" or "UTF-16" from the whole first chunk, so with other chunk sizes such a
    // file may fail later, with the other of those codes, after some records: it must fail all the same. Files
    // that read without error must read the same.
    if (!a.errorCode.isEmpty() || !b.errorCode.isEmpty())
        return !a.errorCode.isEmpty() && !b.errorCode.isEmpty();
    if (a.records.size() != b.records.size())
        return false;
    for (qsizetype i = 0; i < a.records.size(); ++i) {
        const model::CsvRecord& x = a.records.at(i);
        const model::CsvRecord& y = b.records.at(i);
        if (x.line != y.line || x.fields != y.fields || x.fieldLines != y.fieldLines || x.quoteDefect != y.quoteDefect
            || x.quoteDefectField != y.quoteDefectField)
            return false;
    }
    return true;
}

} // namespace

void fuzzAssociationCsv(QByteArrayView data)
{
    ensureApplication();
    const QByteArray bytes = data.toByteArray();

    // The reader streams in chunks: how the file is cut must not change what is read (multi-byte UTF-8, CRLF and
    // quotes across a chunk boundary). A small chunk puts boundaries everywhere in a small input.
    const ReadOutcome whole = readAll(bytes, 64 * 1024);
    const qsizetype smallChunk = bytes.isEmpty() ? 1 : 1 + static_cast<unsigned char>(bytes.front()) % 13;
    if (!sameRecords(whole, readAll(bytes, smallChunk))) {
        qCritical("fuzz invariant broken: CsvReader reads differently with %lld-byte chunks",
                  static_cast<long long>(smallChunk));
        std::abort();
    }

    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    model::AssociationCsvValidator::Options options;
    options.keepRows = true;
    options.maxDiagnostics = 50;
    options.maxRows = 200; // low, so that the too-many-rows path is reachable from small inputs
    qint64 rowsSeen = 0;
    options.rowSink = [&rowsSeen](const model::AssociationRow&) { ++rowsSeen; };
    const auto report = model::AssociationCsvValidator(options).validate(&buffer);
    if (!report)
        return;
    for (const model::CsvDiagnostic& diagnostic : report->diagnostics)
        (void)diagnostic.text();
    if (report->isValid() && !report->rows.isEmpty()) {
        // What the validator accepts, the Alibaba Cloud IoT Platform bundle writer must plan without error.
        const auto files = model::AliyunAssociationFiles::plan(report->rows, 7);
        if (!files) {
            qCritical("fuzz invariant broken: a valid association CSV cannot be planned: %s",
                      qPrintable(files.error().message));
            std::abort();
        }
    }
}

} // namespace iotca::fuzz
